package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A place of origin written right before the person it describes is two names: "Gelandang asal Jepang Keisuke
 * Honda mengkonfirmasikan" (IndoSum, merdeka.com, 23 May 2017), which the model read as one place. A place span
 * right after a word of origin ({@code asal}, {@code kelahiran}) that opens with a listed place and runs on over
 * two capitalised words or more that hold no listed place, the first of them no common word, is the listed place
 * and then a person (a person's name may be a listed company's too: Honda).
 */
final class OriginPlaceRule implements ContractRule {
    /** Words saying where someone comes from ({@code asal}). */
    private static final Set<String> ORIGIN_WORDS = WordLists.set(WordLists.class, "origin-words.txt");

    /**
     * The fewest words of the person after the place: a given name and a family name. One word after a place was,
     * across the CLICK-ID week, as often a company or a part of the place ("asal Jerman BMW", "Paris Gameloft",
     * "Lombok Timur") as a person.
     */
    private static final int MIN_PERSON_WORDS = 2;

    private final Predicate<String> commonWord;

    OriginPlaceRule(Predicate<String> commonWord) {
        this.commonWord = commonWord;
    }

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        BioTag.forEachSpanOf(tags, EntityType.LOC, (start, end) -> {
            if (start == 0 || !ORIGIN_WORDS.contains(s.lower()[start - 1])) {
                return;
            }
            int place = listedPlaceEnd(s, start);
            if (place <= start || end - place < MIN_PERSON_WORDS || !s.capitalised(place)
                    || commonWord.test(s.tokens()[place])) {
                return;
            }
            for (int j = place; j < end; j++) {
                if (!s.capitalised(j) || s.listedAt(j, EntityType.LOC)) {
                    return;
                }
            }
            s.setSpan(start, place, EntityType.LOC);
            s.setSpan(place, end, EntityType.PER);
        });
    }

    /** Where the longest listed place opening at {@code start} ends, or {@code start} when none opens there. */
    private static int listedPlaceEnd(ContractSentence s, int start) {
        int end = start;
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() == start && m.name().type() == EntityType.LOC) {
                end = Math.max(end, m.end());
            }
        }
        return end;
    }
}
