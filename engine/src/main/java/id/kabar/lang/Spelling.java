package id.kabar.lang;

import java.util.List;

/**
 * One spelling for the letters Indonesian names write two ways ({@code spelling-variants.txt}): the old
 * {@code oe}, {@code dj} and {@code tj}, and {@code y} for {@code i}, so that {@code Irra Susianty} and
 * {@code Irra Susiyanti}, one spokeswoman in two outlets' reports (15 September 2019), can be compared.
 */
public final class Spelling {
    private static final List<String[]> VARIANTS = read();

    private Spelling() {
    }

    /** A lower-case name with each variant replaced by the letters it is compared as. */
    public static String unified(String lowerCase) {
        String out = lowerCase;
        for (String[] v : VARIANTS) {
            out = out.replace(v[0], v[1]);
        }
        return out;
    }

    private static List<String[]> read() {
        return WordLists.pairs(Spelling.class, "spelling-variants.txt", "variant and letters");
    }
}
