package id.kabar.extract;

import com.ibm.icu.lang.UCharacter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A text as a bag of word tokens (NFKC, case-folded, runs of letters, digits and underscore).
 * Extraction uses it to tell a teaser that merely copies the lead from real text; the extraction
 * benchmark uses the same overlap as its body accuracy, so both speak of one measure.
 */
public final class TokenBag {
    /**
     * Characters beyond ASCII that are separators before and after NFKC and case folding, and that compose with
     * nothing: the no-break space, typographic quotes and dashes, bullets, the ellipsis and the copyright sign.
     */
    private static final String PLAIN_SEPARATORS = "\u00a0\u00a9\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026";
    private final Map<String, Integer> counts;
    private final int size;

    private TokenBag(Map<String, Integer> counts, int size) {
        this.counts = counts;
        this.size = size;
    }

    public static TokenBag of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> tokens = tokens(text);
        tokens.forEach(t -> counts.merge(t, 1, Integer::sum));
        return new TokenBag(counts, tokens.size());
    }

    /** The text's word tokens in order, normalised as the bag counts them. */
    public static List<String> tokens(String text) {
        return tokens(text, Integer.MAX_VALUE);
    }

    /** The text's first {@code limit} word tokens: a sample is tokenised no further than it reads. */
    static List<String> tokens(String text, int limit) {
        String raw = text == null ? "" : text;
        if (isPlain(raw)) {
            return plainTokens(raw, limit);
        }
        String folded = UCharacter.foldCase(Normalizer.normalize(raw, Normalizer.Form.NFKC), true);
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n && tokens.size() < limit) {
            int cp = folded.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWordChar(cp = folded.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            tokens.add(folded.substring(start, i));
        }
        return tokens;
    }

    /**
     * Whether the text is ASCII but for the separators {@link #PLAIN_SEPARATORS}: most news text is, and
     * normalising and case-folding it (the dearer half of the work) changes no token, which are then runs of
     * ASCII letters, digits and underscore, lowered.
     */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0080' && PLAIN_SEPARATORS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static List<String> plainTokens(String text, int limit) {
        List<String> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n && tokens.size() < limit) {
            if (!isAsciiWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isAsciiWordChar(text.charAt(i))) {
                i++;
            }
            tokens.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return tokens;
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Letters, numbers and underscore: the characters a Unicode {@code \w} accepts. */
    private static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || isNumber(cp) || cp == '_';
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    public int size() {
        return size;
    }

    /** How many tokens the two bags share, counting repeats. */
    public int common(TokenBag other) {
        Map<String, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
        Map<String, Integer> large = small == counts ? other.counts : counts;
        int shared = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            shared += Math.min(e.getValue(), large.getOrDefault(e.getKey(), 0));
        }
        return shared;
    }

    /** Share of this bag's tokens also found in {@code other}: near 1 when this text is a copy of part of it. */
    public double containedIn(TokenBag other) {
        return size == 0 ? 0 : (double) common(other) / size;
    }

    /** Precision, recall and F1 of {@code predicted} against {@code gold}; two empty texts agree fully. */
    public static Overlap overlap(String predicted, String gold) {
        TokenBag p = of(predicted);
        TokenBag g = of(gold);
        if (p.size == 0 && g.size == 0) {
            return new Overlap(1, 1, 1);
        }
        int shared = p.common(g);
        if (shared == 0) {
            return new Overlap(0, 0, 0);
        }
        double precision = (double) shared / p.size;
        double recall = (double) shared / g.size;
        return new Overlap(precision, recall, 2 * precision * recall / (precision + recall));
    }

    public record Overlap(double precision, double recall, double f1) {
    }
}
