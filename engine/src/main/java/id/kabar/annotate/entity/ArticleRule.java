package id.kabar.annotate.entity;

import java.util.List;
import java.util.Locale;

/**
 * A rule put on the contract tags of a whole article once every sentence is tagged ({@link EntityRecognizer}
 * runs them in their listed order): what one sentence names tells how to read another. Rewrites the tags in place.
 */
interface ArticleRule {
    /**
     * Rewrites {@code tags}, those of {@code sentences}, whose words {@code lower} gives in lower case
     * ({@link #lowerCase}): read once for every rule, where each rule lower-casing the article for itself, some twice,
     * was 1 % of a run's samples.
     */
    void apply(List<String[]> sentences, List<String[]> lower, List<BioTag[]> tags);

    /** A sentence's words in lower case, as the word lists hold them. */
    static String[] lowerCase(String[] words) {
        String[] lower = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            lower[i] = words[i].toLowerCase(Locale.ROOT);
        }
        return lower;
    }
}
