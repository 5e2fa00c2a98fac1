package id.kabar.lang;

import java.util.Set;

/**
 * The words that open and close the names of organisations ({@code Kementerian Luar Negeri},
 * {@code Monash University}), read once from {@code organisation-heads.txt} and {@code organisation-tails.txt}
 * for every stage that tells organisations by them.
 */
public final class OrganisationWords {

    private static final Set<String> HEADS = WordLists.set(OrganisationWords.class, "organisation-heads.txt");
    private static final Set<String> TAILS = WordLists.set(OrganisationWords.class, "organisation-tails.txt");

    private OrganisationWords() {
    }

    /** Whether a lower-case word opens an organisation's name when a capitalised word follows: {@code badan}. */
    public static boolean isHead(String lowerCase) {
        return HEADS.contains(lowerCase);
    }

    /** Whether a lower-case word closes an organisation's name: {@code university}, {@code group}. */
    public static boolean isTail(String lowerCase) {
        return TAILS.contains(lowerCase);
    }
}
