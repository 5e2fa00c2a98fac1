package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;

/**
 * A name read as a person with a small whole number right after it, the phrase ending there, is a numbered work or
 * product, a sequel or an edition, which the contract does not count: "Forza Horizon 3, yang menjadi No 1",
 * "Titanfall 2, dan Watch Dogs 2 dalam beberapa bulan mendatang" (Antara, 17 October 2016), "Black Shark 2 dan
 * Black Shark 2 Pro". A person's name and a number are followed by what is counted ({@code Novanto 15 tahun}); a
 * player's minute is marked ({@code Cikalleshi 82'}) or bracketed ({@code (Javi Manquillo 67)}).
 */
final class NumberedWorkRule implements ContractRule {
    /** The words that may follow the number ({@code numbered-work-followers.txt}). */
    private static final Set<String> FOLLOWERS = WordLists.set(WordLists.class, "numbered-work-followers.txt");
    /**
     * The highest number read as a sequel or an edition: the week's numbered products and works run to 17 ("Meizu
     * 17", "Galaxy Note 10"), while a minute of a match, up to 90, is one of a player's.
     */
    private static final int MAX_EDITION = 20;
    /** The marks a number never closes a title before: a minute's apostrophe and a bracket of a substitution. */
    private static final String MINUTE_MARKS = "'’)";

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 0; i < s.size(); i++) {
            if (!tags[i].isBegin() || tags[i].type() != EntityType.PER) {
                continue;
            }
            int end = BioTag.spanEnd(tags, i);
            if (end < s.size() && isEdition(s.tokens()[end]) && closesPhrase(s, end + 1)) {
                BioTag.clearSpan(tags, i, end);
            }
            i = end - 1;
        }
    }

    private static boolean isEdition(String token) {
        if (token.isEmpty() || token.length() > 2 || !token.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int n = Integer.parseInt(token);
        return n > 0 && n <= MAX_EDITION;
    }

    /** Whether the phrase ends at {@code at}: the sentence's end, a mark that is no minute's, or a listed word. */
    private static boolean closesPhrase(ContractSentence s, int at) {
        if (at >= s.size()) {
            return true;
        }
        String next = s.tokens()[at];
        boolean mark = !next.isEmpty() && !Character.isLetterOrDigit(next.charAt(0));
        return mark ? MINUTE_MARKS.indexOf(next.charAt(0)) < 0 : FOLLOWERS.contains(s.lower()[at]);
    }
}
