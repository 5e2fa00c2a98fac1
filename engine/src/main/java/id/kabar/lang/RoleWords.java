package id.kabar.lang;

import java.util.Locale;
import java.util.Set;

/**
 * The role lexicon: the words of job titles attached to people ({@code juru bicara Kremlin},
 * {@code Kasubdit Penmas Polda Metro Jaya}), read once from {@code role-heads.txt} (the words that open a title)
 * and {@code role-words.txt} (the lower-case words that may continue one) for every stage that reads titles.
 */
public final class RoleWords {

    private static final Set<String> HEADS = WordLists.set(RoleWords.class, "role-heads.txt");
    private static final Set<String> TITLE_WORDS = WordLists.set(RoleWords.class, "role-words.txt");
    private static final Set<String> GIVEN_NAME_HEADS = WordLists.set(RoleWords.class, "given-name-heads.txt");

    private RoleWords() {
    }

    /** Whether a lower-case word opens a job title: {@code presiden}, {@code jubir}, {@code kasubdit}. */
    public static boolean isHead(String lowerCase) {
        return HEADS.contains(lowerCase);
    }

    /** Whether a lower-case word may continue a job title after its head: {@code bicara}, {@code luar}. */
    public static boolean continuesTitle(String lowerCase) {
        return TITLE_WORDS.contains(lowerCase);
    }

    /** Whether a lower-case word belongs to a job title at all, opening or continuing it. */
    public static boolean isTitleWord(String lowerCase) {
        return isHead(lowerCase) || continuesTitle(lowerCase);
    }

    /**
     * Whether the head at {@code at} is a person's given name, not a title: a head that is as often a given name
     * ({@code given-name-heads.txt}: {@code Imam}), capitalised, before a capitalised word of no title ("Imam
     * Nahrawi", not "Imam Besar").
     */
    public static boolean opensGivenName(String[] words, int at) {
        return at + 1 < words.length && !words[at].isEmpty() && Character.isUpperCase(words[at].charAt(0))
                && GIVEN_NAME_HEADS.contains(words[at].toLowerCase(Locale.ROOT))
                && !words[at + 1].isEmpty() && Character.isUpperCase(words[at + 1].charAt(0))
                && !isTitleWord(words[at + 1].toLowerCase(Locale.ROOT));
    }

    /** The words that open a job title, lower-case. */
    public static Set<String> heads() {
        return HEADS;
    }
}
