package id.kabar.annotate.text;

import id.kabar.lang.Abbreviations;
import id.kabar.lang.Calendar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an Indonesian news body into paragraphs, sentences and tokens.
 *
 * <p>A period ends a sentence only when it is not part of a number ({@code 3.016}, {@code 14.00}),
 * an abbreviation ({@code Dr.}, {@code Jl.}, {@code Kec.}) or an initial ({@code H.}, {@code M.}), and
 * the next word starts a new sentence (a capital, a digit or an opening quote).
 */
public final class TextSegmenter {

    /**
     * The sentences of a body, paragraph by paragraph. A paragraph is the text between two line feeds: the white
     * space of a blank line between them holds no token, so it is no paragraph and numbers none. Found by
     * {@link String#indexOf(int, int)}: the pattern {@code \n\s*\n|\n} this split at before, tried at every offset
     * of every body, was 0.6 % of a CLICK-ID week's Java samples.
     */
    public Text segment(String body) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int from = 0;
        while (true) {
            int lineFeed = body.indexOf('\n', from);
            int to = lineFeed < 0 ? body.length() : lineFeed;
            if (splitParagraph(body, from, to, paragraph, sentences)) {
                paragraph++;
            }
            if (lineFeed < 0) {
                break;
            }
            from = lineFeed + 1;
        }
        return new Text(body, sentences, QuotationMarks.pair(body));
    }

    /** Adds the sentences of {@code body[from, to)}; returns whether the paragraph held any text. */
    private boolean splitParagraph(String body, int from, int to, int paragraph, List<Sentence> out) {
        List<Token> tokens = tokens(body, from, to);
        if (tokens.isEmpty()) {
            return false;
        }
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (endsSentence(body, tokens, i)) {
                int last = i;
                // closing quotes and brackets right after the mark belong to the sentence, and so do the commas a
                // stripped link leaves after it; a mark opening a quote after them is the sentence's last
                while (last + 1 < tokens.size() && !opensQuote(body, tokens.get(last))
                        && (closes(tokens, last + 1) || isLeftOverComma(tokens, i, last + 1))) {
                    last++;
                }
                out.add(sentence(tokens.subList(first, last + 1), paragraph));
                first = last + 1;
                i = last;
            }
        }
        if (first < tokens.size()) {
            out.add(sentence(tokens.subList(first, tokens.size()), paragraph));
        }
        return true;
    }

    private static Sentence sentence(List<Token> tokens, int paragraph) {
        return new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), paragraph, tokens);
    }

    private static boolean endsSentence(String body, List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        if (!(t.equals(".") || t.equals("!") || t.equals("?"))) {
            return false;
        }
        int next = i + 1;
        while (next < tokens.size() && (closes(tokens, next) || isLeftOverComma(tokens, i, next))) {
            if (opensQuote(body, tokens.get(next))) {
                return true;
            }
            next++;
        }
        if (next >= tokens.size()) {
            return true;
        }
        if (t.equals(".") && next == i + 1 && attached(tokens, i) && attached(tokens, next)
                && isAllCapsWord(tokens.get(next))) {
            return false; // a domain written in capitals: "SERAMBINEWS.COM, MOSKOW"
        }
        if (t.equals(".") && i > 0) {
            Token prev = tokens.get(i - 1);
            boolean attached = prev.end() == tokens.get(i).start();
            String abbreviation = prev.text().toLowerCase(Locale.ROOT);
            if (attached && (Abbreviations.isAbbreviation(abbreviation)
                    || Calendar.monthAbbreviations().contains(abbreviation))) {
                return false;
            }
            if (attached && prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0))) {
                return false; // an initial such as "H." or "M."
            }
        }
        String following = tokens.get(next).text();
        char c = following.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || isOpener(following);
    }

    /**
     * Whether token {@code i} closes what comes before it. A straight quote is ambiguous: after a space it
     * opens the next sentence ({@code baik. "Tidak ...}), attached to the mark it closes this one.
     */
    private static boolean closes(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        if (t.equals("\"") || t.equals("'")) {
            return attached(tokens, i);
        }
        return isCloser(t);
    }

    /**
     * Whether token {@code k} is a comma standing right after the full stop at {@code stop}, past closing marks and
     * other such commas: a paragraph break or a link the scrape took out leaves {@code Utara., "Ini nanti ...} and
     * {@code sama. , Menurut dia, ...} (Kompas.com, CLICK-ID), and the next sentence still begins after it.
     */
    private static boolean isLeftOverComma(List<Token> tokens, int stop, int k) {
        if (!tokens.get(k).text().equals(",") || !tokens.get(stop).text().equals(".")) {
            return false;
        }
        for (int j = stop + 1; j < k; j++) {
            if (!tokens.get(j).text().equals(",") && !closes(tokens, j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a token is a quotation mark that opens a quote whose first word the page lost, after a stop and a comma
     * ({@link QuotationMarks#opensAfterLostWord}): the sentence before ends at the stop though the words after the mark
     * open in lower case ({@code ... (Sumsel).," , di Riau sebenarnya ...," sebut Fachri}, Kompas.com), so the clause a
     * cue reports before it stays a sentence apart from the quote.
     */
    private static boolean opensQuote(String body, Token token) {
        return token.end() - token.start() == 1 && QuotationMarks.opensAfterLostWord(body, token.start());
    }

    private static boolean attached(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).start() == tokens.get(i - 1).end();
    }

    private static boolean isAllCapsWord(Token token) {
        String t = token.text();
        return t.length() > 1 && Character.isLetter(t.charAt(0)) && t.equals(t.toUpperCase(Locale.ROOT));
    }

    private static boolean isCloser(String t) {
        return t.equals("\"") || t.equals("”") || t.equals("’") || t.equals(")") || t.equals("'") || t.equals("»");
    }

    private static boolean isOpener(String t) {
        return t.equals("\"") || t.equals("“") || t.equals("‘") || t.equals("(") || t.equals("'") || t.equals("«");
    }

    /**
     * Tokens of {@code body[from, to)} with offsets into the whole body: numbers with Indonesian separators
     * ({@code 3.016}, {@code 5,95}, {@code 50%}), words with inner hyphens and apostrophes ({@code area-area},
     * {@code Jum'at}), and every other mark on its own. Scanned by hand: this runs on every article.
     */
    public static List<Token> tokens(String body, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = body.codePointAt(i);
            if (isSpace(c)) {
                i += Character.charCount(c);
                continue;
            }
            int end;
            if (Character.isDigit(c)) {
                end = number(body, i, to);
            } else if (isWordChar(c)) {
                end = word(body, i, to);
            } else {
                end = i + Character.charCount(c);
            }
            out.add(new Token(body.substring(i, end), i, end));
            i = end;
        }
        return out;
    }

    private static int number(String body, int i, int to) {
        int j = digits(body, i, to);
        while (j + 1 < to && (body.charAt(j) == '.' || body.charAt(j) == ',') && Character.isDigit(body.charAt(j + 1))) {
            j = digits(body, j + 1, to);
        }
        return j < to && body.charAt(j) == '%' ? j + 1 : j;
    }

    private static int digits(String body, int i, int to) {
        int j = i;
        while (j < to && Character.isDigit(body.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int word(String body, int i, int to) {
        int j = wordChars(body, i, to);
        while (j + 1 < to && ("-'’".indexOf(body.charAt(j)) >= 0 && isWordChar(body.codePointAt(j + 1))
                || capitalsJoined(body, j))) {
            j = wordChars(body, j + 1, to);
        }
        // an amount written against its currency ("Rp754.000", "USD1.511,1") keeps its separators
        return Character.isDigit(body.charAt(j - 1)) ? number(body, j - 1, to) : j;
    }

    /**
     * Whether an ampersand at {@code j} joins two capital letters with no space, as in a short form of words joined by
     * "and" ({@code R&D}, {@code P&G}): split at the mark, {@code Senior Manager R&D Nissan Motor Indonesia, Jauhari
     * Adzannis} (tempo.co, 10 September 2019) put its quotes to a speaker {@code R}.
     */
    private static boolean capitalsJoined(String body, int j) {
        return body.charAt(j) == '&' && j > 0 && j + 1 < body.length() && Character.isUpperCase(body.charAt(j - 1))
                && Character.isUpperCase(body.charAt(j + 1));
    }

    private static int wordChars(String body, int i, int to) {
        int j = i;
        while (j < to) {
            int c = body.codePointAt(j);
            if (!isWordChar(c)) {
                break;
            }
            j += Character.charCount(c);
        }
        return j;
    }

    private static boolean isWordChar(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Whitespace including the no-break spaces scraped pages are full of. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
