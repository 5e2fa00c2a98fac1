package id.kabar.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns Indonesian text into stemmed content words (stopwords dropped), so that {@code membicarakan}
 * and {@code pembicaraan} meet on the same stem when articles and quotes are compared.
 */
final class TermAnalyzer {
    private static final Analyzer ANALYZER = new IndonesianAnalyzer();

    private TermAnalyzer() {
    }

    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        try (TokenStream ts = ANALYZER.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 1 && !isNumber(term)) {
                    out.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    // Bare numbers say little about what a story is about, and figures differ between outlets anyway.
    private static boolean isNumber(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }
}
