package id.kabar.lang;

import java.util.Set;

/**
 * Nouns a number written in words does not count in news text ({@code uncounted-nouns.txt}): {@code dua hal},
 * {@code satu sisi}, {@code dua arah} say how a thing is put, not how many of something there are.
 */
public final class CountNouns {
    private static final Set<String> UNCOUNTED = WordLists.set(CountNouns.class, "uncounted-nouns.txt");
    private static final Set<String> KINDS = WordLists.set(CountNouns.class, "kind-nouns.txt");

    private CountNouns() {
    }

    /** Whether a lower-case noun after a number in words makes no count: {@code hal}, {@code sisi}. */
    public static boolean isUncounted(String lowerCase) {
        return UNCOUNTED.contains(lowerCase);
    }

    /**
     * Whether a lower-case noun names kinds of the noun written after it ({@code kind-nouns.txt}): {@code sembilan
     * jenis pajak} counts taxes' kinds, where {@code dua jenis} alone is a way of putting a thing.
     */
    public static boolean namesKinds(String lowerCase) {
        return KINDS.contains(lowerCase);
    }
}
