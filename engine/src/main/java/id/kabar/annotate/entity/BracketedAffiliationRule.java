package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A list of people each followed by their club or party in brackets, {@code Virgil Van Dijk (Liverpool), Mohamed
 * Salah (Liverpool), Luka Modric (Real Madrid) dan Marc-Andre ter Stegen (Barcelona)} (okezone.com), is read item
 * by item as its surest item is: where the model found one item as a person with an organisation in its brackets,
 * every item of the list is a person with an organisation, though its words are also ordinary words ({@code Salah},
 * {@code Luka}) or a city ({@code Barcelona}). Items are joined by a comma or {@code dan}; a list of places with
 * their province in brackets has no such item and is left alone.
 */
final class BracketedAffiliationRule implements ContractRule {
    private static final Set<String> NAME_PARTICLES = WordLists.set(WordLists.class, "name-particles.txt");

    /** One item: the name {@code [nameStart, nameEnd)} and the bracketed words {@code [innerStart, innerEnd)}. */
    private record Item(int nameStart, int nameEnd, int innerStart, int innerEnd) {
    }

    @Override
    public void apply(ContractSentence s) {
        List<Item> list = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Item item = itemAt(s, i);
            if (item == null) {
                settle(s, list);
                i++;
                continue;
            }
            list.add(item);
            int next = item.innerEnd() + 1;
            if (next < s.size() && s.lower()[next].equals(",")) {
                next++;
            }
            if (next < s.size() && FunctionWords.isAnd(s.lower()[next])) {
                next++;
            }
            if (next == item.innerEnd() + 1) {
                settle(s, list);
            }
            i = next;
        }
        settle(s, list);
    }

    /** The item starting at {@code start}: capitalised words (name particles between them), then {@code ( Words )}. */
    private static Item itemAt(ContractSentence s, int start) {
        if (!s.capitalised(start)) {
            return null;
        }
        int end = start + 1;
        while (end < s.size() && (s.capitalised(end)
                || NAME_PARTICLES.contains(s.lower()[end]) && end + 1 < s.size() && s.capitalised(end + 1))) {
            end++;
        }
        if (end >= s.size() || !s.tokens()[end].equals("(")) {
            return null;
        }
        int innerEnd = end + 1;
        while (innerEnd < s.size() && s.capitalised(innerEnd)) {
            innerEnd++;
        }
        if (innerEnd == end + 1 || innerEnd >= s.size() || !s.tokens()[innerEnd].equals(")")) {
            return null;
        }
        return new Item(start, end, end + 1, innerEnd);
    }

    private static void settle(ContractSentence s, List<Item> list) {
        if (list.size() > 1 && list.stream().anyMatch(item -> isPersonOfOrganisation(s.tags(), item))) {
            for (Item item : list) {
                s.setSpan(personStart(s.tags(), item), item.nameEnd(), EntityType.PER);
                s.setSpan(item.innerStart(), item.innerEnd(), EntityType.ORG);
            }
        }
        list.clear();
    }

    /** Where the item's person starts: where a person the model found ending the name starts, so a word before it stays out. */
    private static int personStart(BioTag[] tags, Item item) {
        int last = item.nameEnd() - 1;
        if (tags[last].type() != EntityType.PER) {
            return item.nameStart();
        }
        int start = last;
        while (start > item.nameStart() && tags[start].isInside()) {
            start--;
        }
        return start;
    }

    private static boolean isPersonOfOrganisation(BioTag[] tags, Item item) {
        return isSpan(tags, item.nameStart(), item.nameEnd(), EntityType.PER)
                && isSpan(tags, item.innerStart(), item.innerEnd(), EntityType.ORG);
    }

    private static boolean isSpan(BioTag[] tags, int start, int end, EntityType type) {
        return tags[start] == BioTag.begin(type) && BioTag.spanEnd(tags, start) == end;
    }
}
