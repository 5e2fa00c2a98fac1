package id.kabar.link;

import id.kabar.lang.WordLists;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The law or bill a headline names by its short name ({@code bill-words.txt} and a name in capitals: {@code Revisi UU KPK},
 * {@code RUU PKS}, {@code UU MD3}). A bill's saga runs for weeks, told in hearings, protests, petitions and each side's
 * statements, whose words and names differ from piece to piece while their headlines name the bill. Only a short name in
 * capitals counts: headlines capitalise every word, so {@code Revisi UU Dinilai Penting} names no bill.
 */
final class HeadlineBills {
    private static final Pattern BILL = Pattern.compile("(?<![\\p{L}\\p{N}-])(?iu:" + WordLists.alternation("bill-words.txt")
            + ") +(\\p{Lu}{2,}\\p{N}*)(?![\\p{L}\\p{N}-])");

    private HeadlineBills() {
    }

    /** The short name of the bill the headline names ({@code KPK}); null for none or no headline. */
    static String of(String headline) {
        if (headline == null) {
            return null;
        }
        Matcher m = BILL.matcher(headline);
        return m.find() ? m.group(1) : null;
    }
}
