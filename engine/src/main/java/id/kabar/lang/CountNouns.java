package id.kabar.lang;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Nouns a number written in words does not count in news text ({@code uncounted-nouns.txt}): {@code dua hal},
 * {@code satu sisi}, {@code dua arah} say how a thing is put, not how many of something there are; and the units a
 * figure is given in when the text names none ({@code count-units.txt}): {@code persen}, {@code orang}; and the
 * classifiers, counting words that number the noun after them ({@code classifiers.txt}, {@code noun-classifiers.txt}).
 */
public final class CountNouns {
    private static final Set<String> UNCOUNTED = WordLists.set(CountNouns.class, "uncounted-nouns.txt");
    private static final Set<String> KINDS = WordLists.set(CountNouns.class, "kind-nouns.txt");
    private static final Set<String> CLASSIFIERS = WordLists.set(CountNouns.class, "classifiers.txt");
    private static final Set<String> NOUN_CLASSIFIERS = Stream.concat(CLASSIFIERS.stream(),
            WordLists.set(CountNouns.class, "noun-classifiers.txt").stream()).collect(Collectors.toUnmodifiableSet());
    private static final Map<String, String> UNITS = WordLists.roles(CountNouns.class, "count-units.txt");
    /** {@code persen}: the unit of a figure written with {@code %}. */
    public static final String PERCENT = WordLists.ofRole(UNITS, "count-units.txt", "percent");
    /** {@code anggota}: the unit of a group's count listed with no counting word ({@code PDIP 6, Golkar 5}). */
    public static final String MEMBERS = WordLists.ofRole(UNITS, "count-units.txt", "members");
    /** {@code orang}: the one unit of a count of people. */
    public static final String PEOPLE = WordLists.ofRole(UNITS, "count-units.txt", "people");
    /** {@code poin}: the unit of the bare figure closing a row of a ranking's table. */
    public static final String POINTS = WordLists.ofRole(UNITS, "count-units.txt", "points");

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

    /** Whether a lower-case word counts without saying what: {@code orang} of {@code 5 orang warga} counts warga. */
    public static boolean isClassifier(String lowerCase) {
        return CLASSIFIERS.contains(lowerCase);
    }

    /**
     * Whether a lower-case word numbers the noun after it: a classifier, or a counting word the claims stage keeps as
     * the unit ({@code nama} of {@code dua nama calon Wagub DKI}, {@code pucuk} of {@code empat pucuk senjata api}).
     */
    public static boolean numbersTheNounAfter(String lowerCase) {
        return NOUN_CLASSIFIERS.contains(lowerCase);
    }
}
