package id.kabar.bench.corpus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One IndoSum article as the corpus holds it: paragraphs of sentences of tokens, with its outlet and
 * address. The benchmarks read it back as running text in one of two ways, {@link #tokenText()} or
 * {@link #text()}.
 */
public record IndoSumArticle(String id, String source, String sourceUrl, List<List<List<String>>> paragraphs) {
    public IndoSumArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Tokens joined by single spaces and paragraphs by a blank line: the text exactly as the corpus splits it. */
    public String tokenText() {
        List<String> out = new ArrayList<>();
        for (List<List<String>> paragraph : paragraphs) {
            List<String> tokens = new ArrayList<>();
            paragraph.forEach(tokens::addAll);
            out.add(String.join(" ", tokens));
        }
        return String.join("\n\n", out);
    }

    /** Every sentence in reading order, its punctuation attached again as a news page prints it. */
    public List<String> sentences() {
        List<String> out = new ArrayList<>();
        paragraphs.forEach(paragraph -> paragraph.forEach(sentence -> out.add(detokenize(sentence))));
        return out;
    }

    /** Readable running text: {@link #sentences()} joined by spaces, paragraphs by a blank line. */
    public String text() {
        List<String> out = new ArrayList<>();
        for (List<List<String>> paragraph : paragraphs) {
            out.add(String.join(" ", paragraph.stream().map(IndoSumArticle::detokenize).toList()));
        }
        return String.join("\n\n", out);
    }

    /**
     * IndoSum ids start with the unix time of the crawl, a fair stand-in for the publication day (taken in UTC:
     * the crawl lags publication, so the later Jakarta date would be the less likely one); null without one.
     */
    public LocalDate crawlDay() {
        int dash = id.indexOf('-');
        try {
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(id.substring(0, dash))), ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The headline as the address spells it (last path segment, without numbers and extension); null if none. */
    public String headline() {
        String slug = sourceUrl == null ? "" : sourceUrl.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        slug = slug.substring(slug.lastIndexOf('/') + 1).replaceAll("\\.html?$", "").replaceAll("^\\d+-", "")
                .replaceAll("-\\d+$", "");
        String words = slug.replace('-', ' ').strip();
        return words.isEmpty() ? null : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Runs of closing punctuation and closing brackets join the word before; the word after '(' joins it. */
    static String detokenize(List<String> tokens) {
        StringBuilder b = new StringBuilder();
        for (String t : tokens) {
            boolean attach = t.matches("[.,;:!?)%\\]]+") || b.length() > 0 && b.charAt(b.length() - 1) == '(';
            if (b.length() > 0 && !attach) {
                b.append(' ');
            }
            b.append(t);
        }
        return b.toString();
    }
}
