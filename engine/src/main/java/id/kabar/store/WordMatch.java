package id.kabar.store;

import id.kabar.lang.Whitespace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Whether a short text (a quote) holds a reader's words, compared as the index compares them (Indonesian stems,
 * stop words dropped), so {@code menyiapkan} finds {@code disiapkan}. Words written {@code -like this} must be
 * absent; quotation marks and the search syntax's operators are read as plain words.
 */
public final class WordMatch {
    private static final Analyzer ANALYZER = new IndonesianAnalyzer();

    private final Set<String> wanted;
    private final Set<String> unwanted;

    private WordMatch(Set<String> wanted, Set<String> unwanted) {
        this.wanted = wanted;
        this.unwanted = unwanted;
    }

    public static WordMatch of(String words) {
        Set<String> wanted = new HashSet<>();
        Set<String> unwanted = new HashSet<>();
        for (String word : Whitespace.split(words)) {
            boolean not = word.startsWith("-") && word.length() > 1;
            (not ? unwanted : wanted).addAll(terms(not ? word.substring(1) : word));
        }
        return new WordMatch(wanted, unwanted);
    }

    public boolean in(String text) {
        Set<String> terms = terms(text);
        return terms.containsAll(wanted) && unwanted.stream().noneMatch(terms::contains);
    }

    private static Set<String> terms(String text) {
        Set<String> terms = new HashSet<>();
        try (TokenStream ts = ANALYZER.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
