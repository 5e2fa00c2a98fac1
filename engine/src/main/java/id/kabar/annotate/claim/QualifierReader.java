package id.kabar.annotate.claim;

import id.kabar.annotate.text.Token;
import id.kabar.model.Qualifier;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads how a number is hedged from the words right before it: {@code setidaknya 137} is at least,
 * {@code lebih dari 350} more than, {@code sekitar 50} about, {@code hingga 20} at most. Words that
 * only introduce a number ({@code sebanyak}, {@code mencapai}) may stand between.
 */
public final class QualifierReader {

    private static final Map<String, Qualifier> PHRASES = Map.ofEntries(
            Map.entry("setidaknya", Qualifier.AT_LEAST), Map.entry("sedikitnya", Qualifier.AT_LEAST),
            Map.entry("minimal", Qualifier.AT_LEAST), Map.entry("minimum", Qualifier.AT_LEAST),
            Map.entry("paling sedikit", Qualifier.AT_LEAST), Map.entry("sekurang-kurangnya", Qualifier.AT_LEAST),
            Map.entry("sekurangnya", Qualifier.AT_LEAST), Map.entry("tak kurang dari", Qualifier.AT_LEAST),
            Map.entry("tidak kurang dari", Qualifier.AT_LEAST),
            Map.entry("lebih dari", Qualifier.MORE_THAN), Map.entry("di atas", Qualifier.MORE_THAN),
            Map.entry("melebihi", Qualifier.MORE_THAN), Map.entry("lebih", Qualifier.MORE_THAN),
            Map.entry("sekitar", Qualifier.ABOUT), Map.entry("kurang lebih", Qualifier.ABOUT),
            Map.entry("lebih kurang", Qualifier.ABOUT), Map.entry("hampir", Qualifier.ABOUT),
            Map.entry("kira-kira", Qualifier.ABOUT), Map.entry("sekira", Qualifier.ABOUT),
            Map.entry("nyaris", Qualifier.ABOUT), Map.entry("mendekati", Qualifier.ABOUT),
            Map.entry("kisaran", Qualifier.ABOUT), Map.entry("diperkirakan", Qualifier.ABOUT),
            Map.entry("hingga", Qualifier.AT_MOST), Map.entry("sampai", Qualifier.AT_MOST),
            Map.entry("maksimal", Qualifier.AT_MOST), Map.entry("maksimum", Qualifier.AT_MOST),
            Map.entry("paling banyak", Qualifier.AT_MOST), Map.entry("sebanyak-banyaknya", Qualifier.AT_MOST),
            Map.entry("tak lebih dari", Qualifier.AT_MOST), Map.entry("tidak lebih dari", Qualifier.AT_MOST),
            Map.entry("kurang dari", Qualifier.AT_MOST), Map.entry("di bawah", Qualifier.AT_MOST));

    /** Words that introduce a number without hedging it. */
    private static final Set<String> INTRODUCERS = Set.of("sebanyak", "sejumlah", "mencapai", "berjumlah",
            "tercatat", "yakni", "yaitu", "total");

    private static final int LONGEST = 3;

    /** The hedge of the number that starts at token {@code at}, and where the hedge starts. */
    public Hedge read(List<Token> tokens, int at) {
        int end = at;
        while (end > 0 && INTRODUCERS.contains(lower(tokens.get(end - 1)))) {
            end--;
        }
        for (int length = LONGEST; length >= 1; length--) {
            int from = end - length;
            if (from < 0) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (int i = from; i < end; i++) {
                phrase.append(i > from ? " " : "").append(lower(tokens.get(i)));
            }
            Qualifier q = PHRASES.get(phrase.toString());
            if (q != null) {
                return new Hedge(q, tokens.get(from).start());
            }
        }
        return null;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    /** A hedge and where its words start in the body. */
    public record Hedge(Qualifier qualifier, int start) {
    }
}
