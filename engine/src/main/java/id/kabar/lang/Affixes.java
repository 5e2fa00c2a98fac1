package id.kabar.lang;

import java.util.Map;

/**
 * The affixes a word is told a verb or a derived noun by where no list knows it ({@code affixes.txt}): the active
 * {@code me-}, the passive {@code di-}, {@code ber-} and {@code ter-}, the abstract noun's {@code ke-...-an}, the verb
 * endings {@code -kan} and {@code -i}. Each is asked for by its role; callers add their own length limits.
 */
public final class Affixes {
    private static final Map<String, String> BY_ROLE = WordLists.roles(Affixes.class, "affixes.txt");
    /** {@code me-}: the active voice ({@code mengatakan}). */
    public static final String ACTIVE = affix("active");
    private static final String INTRANSITIVE = affix("intransitive");
    private static final String PASSIVE = affix("passive");
    private static final String STATIVE = affix("stative");
    private static final String ABSTRACT_PREFIX = affix("abstract_prefix");
    private static final String ABSTRACT_SUFFIX = affix("abstract_suffix");
    private static final String CAUSATIVE_SUFFIX = affix("causative_suffix");
    private static final String LOCATIVE_SUFFIX = affix("locative_suffix");

    private Affixes() {
    }

    /** Whether a lower-case word opens with the active {@code me-}: {@code mengatakan}. */
    public static boolean hasActivePrefix(String lowerCase) {
        return lowerCase.startsWith(ACTIVE);
    }

    /** Whether a lower-case word opens with {@code ber-}: {@code berhasil}. */
    public static boolean hasIntransitivePrefix(String lowerCase) {
        return lowerCase.startsWith(INTRANSITIVE);
    }

    /**
     * A {@code ber-} verb's stem with its {@code -kan} off ({@code istri} of {@code beristrikan}); an empty string for
     * a word without {@code ber-}.
     */
    public static String intransitiveStem(String lowerCase) {
        if (!hasIntransitivePrefix(lowerCase)) {
            return "";
        }
        String stem = lowerCase.substring(INTRANSITIVE.length());
        return stem.endsWith(CAUSATIVE_SUFFIX) ? stem.substring(0, stem.length() - CAUSATIVE_SUFFIX.length()) : stem;
    }

    /** Whether a lower-case word opens with the passive {@code di-}: {@code ditemukan}. */
    public static boolean hasPassivePrefix(String lowerCase) {
        return lowerCase.startsWith(PASSIVE);
    }

    /** Whether a lower-case word opens with {@code ter-}: {@code tercatat}. */
    public static boolean hasStativePrefix(String lowerCase) {
        return lowerCase.startsWith(STATIVE);
    }

    /** Whether a lower-case word is wrapped in the abstract noun's {@code ke-...-an}: {@code kesedihan}. */
    public static boolean hasAbstractNounAffixes(String lowerCase) {
        return lowerCase.startsWith(ABSTRACT_PREFIX) && lowerCase.endsWith(ABSTRACT_SUFFIX);
    }

    /** Whether a lower-case stem ends with a verb's {@code -kan} or {@code -i}: {@code disampaikan}, {@code disetujui}. */
    public static boolean hasVerbSuffix(String lowerCase) {
        return lowerCase.endsWith(CAUSATIVE_SUFFIX) || lowerCase.endsWith(LOCATIVE_SUFFIX);
    }

    private static String affix(String role) {
        return WordLists.ofRole(BY_ROLE, "affixes.txt", role);
    }
}
