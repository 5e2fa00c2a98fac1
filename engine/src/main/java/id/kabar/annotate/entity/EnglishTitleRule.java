package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;

/**
 * An English job title opening an organisation's name is no part of it: the organisation is what follows the
 * title ("Dian Safitri, Head of Communications Uber Indonesia" names Uber Indonesia, CNN Indonesia, 20 December 2016;
 * "General Manager Garuda Indonesia Denpasar"), and a title with nothing after it is no name, whatever the tagger
 * typed it ("Chief Strategy Officer", "Vice President"). A title holds one of its words ({@code english-title-words.txt})
 * with the words of its field ({@code english-title-fields.txt}); the words of a field alone are a name
 * ({@code General Electric}). A company officer's title opens a company's name even where the model typed the span
 * a person or a place ({@link #namesCompanyOfOfficer}). A person's name after a title is left to the title rules of
 * people.
 */
final class EnglishTitleRule implements ContractRule {
    private static final Set<String> TITLE_WORDS = WordLists.set(WordLists.class, "english-title-words.txt");
    private static final Set<String> FIELD_WORDS = WordLists.set(WordLists.class, "english-title-fields.txt");
    /** The titles of a company's officers, after which a company's name comes: {@code CEO}, {@code founder}. */
    private static final Set<String> COMPANY_OFFICER_TITLES = WordLists.set(WordLists.class, "company-officer-titles.txt");

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 0; i < s.size(); i++) {
            if (!tags[i].isBegin()) {
                continue;
            }
            int end = BioTag.spanEnd(tags, i);
            EntityType type = tags[i].type();
            int titleEnd = titleEnd(s.lower(), i, end);
            if (titleEnd == end && type != EntityType.LOC) {
                BioTag.clearSpan(tags, i, end);
            } else if (titleEnd > i && (type == EntityType.ORG || namesCompanyOfOfficer(s, i, titleEnd, end))) {
                BioTag.clearSpan(tags, i, titleEnd);
                BioTag.setSpan(tags, titleEnd, end, EntityType.ORG);
            }
            i = end - 1;
        }
    }

    /**
     * Whether the name after a company officer's title ({@code company-officer-titles.txt}) in a span the model
     * typed a person or a place is the company: the officer's own name follows after a comma ("CEO Starbucks,
     * Howard Schultz menjelaskan", kumparan, May 2017), or, for a place, the name is no listed one ("Co - Founder
     * Indomog", DailySocial, September 2017). Other titles are left: "President" may open a person's name.
     */
    private static boolean namesCompanyOfOfficer(ContractSentence s, int start, int titleEnd, int end) {
        boolean officer = false;
        for (int i = start; i < titleEnd; i++) {
            officer |= COMPANY_OFFICER_TITLES.contains(s.lower()[i]);
        }
        if (!officer || titleEnd == end) {
            return false;
        }
        BioTag[] tags = s.tags();
        if (tags[start].type() == EntityType.PER) {
            return end + 1 < s.size() && s.tokens()[end].equals(",") && tags[end + 1].isBegin()
                    && tags[end + 1].type() == EntityType.PER;
        }
        for (int i = titleEnd; i < end; i++) {
            if (s.listedAt(i)) {
                return false;
            }
        }
        return tags[start].type() == EntityType.LOC;
    }

    /** Where the English title opening the span {@code [start, end)} ends; {@code start} when none opens it. */
    private static int titleEnd(String[] lower, int start, int end) {
        int at = start;
        int lastTitleWord = -1;
        while (at < end && (TITLE_WORDS.contains(lower[at]) || FIELD_WORDS.contains(lower[at]))) {
            if (TITLE_WORDS.contains(lower[at])) {
                lastTitleWord = at;
            }
            at++;
        }
        return lastTitleWord < 0 ? start : at;
    }
}
