package id.kabar.lang;

import java.util.Set;

/**
 * Words written with a period that does not end a sentence ({@code Dr.}, {@code Jl.}, {@code Kec.}, {@code PT.}),
 * read once from {@code abbreviations.txt}.
 */
public final class Abbreviations {

    private static final Set<String> WORDS = WordLists.set(Abbreviations.class, "abbreviations.txt");

    private Abbreviations() {
    }

    /** Whether a lower-case word, without its last period, is written as an abbreviation: {@code jl}, {@code a.n}. */
    public static boolean isAbbreviation(String lowerCase) {
        return WORDS.contains(lowerCase);
    }
}
