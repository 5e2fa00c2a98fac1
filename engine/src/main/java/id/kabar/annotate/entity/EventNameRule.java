package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name holding a capitalised word that names an event ({@code event-heads.txt}: "Franchise & License Expo
 * Indonesia", "Yamaha Endurance Festival") is an event's, which the contract counts as no entity, however the
 * tagger typed it; so is the short form written in brackets right after it ("(FLEI)"), wherever the article writes
 * it again. The head may close the name just outside the tagged words ("Balkonjazz Festival").
 */
final class EventNameRule implements ArticleRule {
    private static final Set<String> EVENT_HEADS = WordLists.set(WordLists.class, "event-heads.txt");

    @Override
    public void apply(List<String[]> sentences, List<String[]> lower, List<BioTag[]> tags) {
        Set<String> shortForms = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            BioTag[] t = tags.get(s);
            for (int start = 0; start < t.length; ) {
                if (!t[start].isBegin()) {
                    start++;
                    continue;
                }
                int end = BioTag.spanEnd(t, start);
                if (namesEvent(words, start, end)) {
                    BioTag.clearSpan(t, start, end);
                    end = untagShortForm(words, t, end, shortForms);
                }
                start = end;
            }
        }
        if (shortForms.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            BioTag[] t = tags.get(s);
            for (int start = 0; start < t.length; start++) {
                if (t[start].isBegin() && BioTag.spanEnd(t, start) == start + 1 && shortForms.contains(words[start])) {
                    BioTag.clearSpan(t, start, start + 1);
                }
            }
        }
    }

    /** Whether the words from {@code start} to {@code end}, or the word right after them, hold an event's head. */
    private static boolean namesEvent(String[] words, int start, int end) {
        for (int i = start; i <= end && i < words.length; i++) {
            if (isEventHead(words[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEventHead(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && EVENT_HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Untags the one-word name in brackets right after an event's name at {@code end} ("( FLEI )"), remembering it
     * in {@code shortForms}; the index to go on from.
     */
    private static int untagShortForm(String[] words, BioTag[] t, int end, Set<String> shortForms) {
        int form = end + 1;
        if (form + 1 < words.length && words[end].equals("(") && t[form].isBegin() && BioTag.spanEnd(t, form) == form + 1
                && words[form + 1].equals(")")) {
            shortForms.add(words[form]);
            BioTag.clearSpan(t, form, form + 1);
            return form + 1;
        }
        return end;
    }
}
