package id.kabar.lang;

import java.util.Set;

/**
 * Nouns a number written in words does not count in news text ({@code uncounted-nouns.txt}): {@code dua hal},
 * {@code satu sisi}, {@code dua arah} say how a thing is put, not how many of something there are.
 */
public final class CountNouns {
    private static final Set<String> UNCOUNTED = WordLists.set(CountNouns.class, "uncounted-nouns.txt");

    private CountNouns() {
    }

    /** Whether a lower-case noun after a number in words makes no count: {@code hal}, {@code sisi}. */
    public static boolean isUncounted(String lowerCase) {
        return UNCOUNTED.contains(lowerCase);
    }
}
