package id.kabar.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Measures of how a line of text looks: how many words, whether it closes like a sentence, its casing. */
final class LineShape {
    /**
     * The writer's code after the last sentence, in parentheses ({@code (Ade/cnn)}) or in square brackets as Merdeka.com
     * writes it ({@code [ lia]}, {@code [ bim]}).
     */
    private static final String TRAILING_CREDIT = "\\([^()]{0,40}\\)|\\[[^\\[\\]]{0,40}\\]";
    /**
     * Closing punctuation, perhaps a credit in brackets after it, or a bracket left open where the scrape cut the
     * credit's link out ({@code ..., " tandasnya. (}).
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’'»)\\]]*\\s*(" + TRAILING_CREDIT + "|[(\\[])?\\s*$");
    private static final Pattern PERIOD_END = Pattern.compile("[.…][\"”’'»)\\]]*\\s*(" + TRAILING_CREDIT + ")?\\s*$");
    /** The bullets {@link #LIST_MARKER} reads, and the white space of its {@code \s} that may stand before them. */
    private static final String LIST_MARKER_CHARS = "-–—•·*»›▪►●◦ \t\n\u000b\f\r";
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-–—•·*»›▪►●◦]|\\d{1,2}[.)])\\s+");
    private static final Pattern NUMBERED_ITEM = Pattern.compile("\\d{1,2}[.)]\\s+");
    private static final Pattern BARE_ITEM_NUMBER = Pattern.compile("\\d{1,2}[.)]");

    /** Enough of a line's end for its closing punctuation and a trailing credit in brackets (40 characters). */
    private static final int ENDING_CHARS = 60;

    private LineShape() {
    }

    /** Tokens holding at least one letter or digit. */
    static int words(String line) {
        int count = 0;
        boolean inWord = false;
        boolean hasAlnum = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c > ' ' && c < '\u007f') {
                // printable ASCII, most of any line, told apart without the character tables
                inWord = true;
                hasAlnum |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (inWord && hasAlnum) {
                    count++;
                }
                inWord = false;
                hasAlnum = false;
            } else {
                inWord = true;
                hasAlnum |= Character.isLetterOrDigit(c);
            }
        }
        return inWord && hasAlnum ? count + 1 : count;
    }

    static boolean endsLikeSentence(String line) {
        return SENTENCE_END.matcher(ending(line)).find();
    }

    static boolean endsWithPeriod(String line) {
        return PERIOD_END.matcher(ending(line)).find();
    }

    /** The end of a line, long enough for closing punctuation and a trailing credit. */
    private static String ending(String line) {
        return line.length() <= ENDING_CHARS ? line : line.substring(line.length() - ENDING_CHARS);
    }

    /**
     * Share of the longer words (four letters or more) that start with a capital: headlines are
     * written in title case ("Rusia Bantah Minta Bantuan Militer"), running text is not.
     */
    static double capitalizedShare(String line) {
        int longWords = 0;
        int capitalized = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            // the word starts at its first letter or digit; punctuation before it ("(Rusia", "“Kami") is skipped
            while (i < n && !isSpace(line.charAt(i)) && !Character.isLetterOrDigit(line.charAt(i))) {
                i++;
            }
            if (i >= n || isSpace(line.charAt(i))) {
                continue;
            }
            char first = line.charAt(i);
            int letters = 0;
            for (; i < n && !isSpace(line.charAt(i)); i++) {
                letters += Character.isLetter(line.charAt(i)) ? 1 : 0;
            }
            if (letters >= 4) {
                longWords++;
                capitalized += Character.isUpperCase(first) || Character.isDigit(first) ? 1 : 0;
            }
        }
        return longWords == 0 ? 0 : (double) capitalized / longWords;
    }

    static boolean hasLetters(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Letters present and none of them lower case: a shouted label such as "SCROLL TO CONTINUE". */
    static boolean isShouted(String line) {
        boolean upper = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper |= Character.isUpperCase(c);
        }
        return upper;
    }

    /**
     * Words of a list's item at most: a schedule's match ({@code Inter Milan vs Slavia Praha | 23:55 WIB (SCTV)}) or
     * a place with its count is short; a line of this length is also the longest a text page's subheading is.
     */
    private static final int LIST_ITEM_MAX_WORDS = 15;

    /**
     * Whether a list the text announced is still open after the kept line: the line announces one (it ends in a
     * colon, {@code Simak jadwal pekan pertama:}), or a list was open and the line is a short item of it, opens
     * with the list's bullet or number, or holds cells set apart by bars however many the scrape glued into it
     * ({@code Napoli vs Liverpool | 02:00 WIB ,Salzburg vs Genk | 02:00 WIB ,...}).
     */
    static boolean listGoesOn(boolean open, String keptLine) {
        return keptLine.endsWith(":") || open && (words(keptLine) <= LIST_ITEM_MAX_WORDS || opensListItem(keptLine)
                || keptLine.contains(" | "));
    }

    /** Whether the line opens with a list's bullet or number: an item however long ({@code 5. Pengelolaan Air, ...}). */
    static boolean opensListItem(String line) {
        return withoutListMarker(line).length() < line.length();
    }

    /** Whether the line is a list's item number alone ({@code 1.}, {@code 2)}), its item's text on the next line. */
    static boolean isBareItemNumber(String line) {
        return BARE_ITEM_NUMBER.matcher(line).matches();
    }

    /** Whether the line opens as an item of a numbered list: {@code 1. Rabu (11/9/2019)}. */
    static boolean opensNumberedItem(String line) {
        return !line.isEmpty() && line.charAt(0) >= '0' && line.charAt(0) <= '9' && NUMBERED_ITEM.matcher(line).lookingAt();
    }

    static String withoutListMarker(String line) {
        if (line.isEmpty() || !mayOpenList(line.charAt(0))) {
            return line;  // most lines open with a letter: no marker to look for
        }
        Matcher m = LIST_MARKER.matcher(line);
        return m.lookingAt() ? line.substring(m.end()) : line;
    }

    /** Whether a list marker ({@link #LIST_MARKER}, white space before it allowed) may open with this character. */
    private static boolean mayOpenList(char c) {
        return c >= '0' && c <= '9' || LIST_MARKER_CHARS.indexOf(c) >= 0;
    }

    /** Collapses runs of white space into one space and trims the ends; a no-break space inside text is kept. */
    static String tidy(String line) {
        if (isTidy(line)) {
            return line;  // most lines are tidied more than once on their way through the stage
        }
        TidyLine out = new TidyLine(line.length());
        out.append(line);
        return out.take();
    }

    /** No white space at either end, no run of it, none but plain spaces between words. */
    private static boolean isTidy(String line) {
        int n = line.length();
        if (n == 0) {
            return true;
        }
        if (isSpace(line.charAt(0)) || isSpace(line.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = line.charAt(i);
            if (c > ' ' && c < '\u007f') {
                continue;  // printable ASCII, most of any line, is neither white space nor a no-break space
            }
            if (c == ' ' ? line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\u00a0' : c != '\u00a0' && Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == '\u00a0' || Character.isWhitespace(c);
    }

    /**
     * A line tidied as its text is appended, the way {@link #tidy} reads a whole line: the page's flattener
     * appends text node after text node and would otherwise build the raw line, scan it and copy it again.
     */
    static final class TidyLine {
        private final StringBuilder out;
        private boolean pendingSpace;

        TidyLine(int capacity) {
            out = new StringBuilder(capacity);
        }

        void append(String text) {
            int n = text.length();
            int i = 0;
            while (i < n) {
                int start = i;
                while (i < n && isShown(text.charAt(i))) {
                    i++;
                    // a single space between shown characters stays as it is
                    if (i + 1 < n && text.charAt(i) == ' ' && isShown(text.charAt(i + 1))) {
                        i++;
                    }
                }
                if (i > start) {
                    // a run of shown characters and single spaces, most of any page, is copied whole
                    if (pendingSpace) {
                        out.append(' ');
                        pendingSpace = false;
                    }
                    out.append(text, start, i);
                } else {
                    append(text.charAt(i++));
                }
            }
        }

        void append(char c) {
            if (!isShown(c) && (c == '\u00a0' || Character.isWhitespace(c))) {
                if (c == '\u00a0' && !out.isEmpty() && !pendingSpace) {
                    out.append(c);
                } else {
                    pendingSpace = !out.isEmpty();
                }
                return;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }

        /** Whether the line holds no shown character yet. */
        boolean isEmpty() {
            return out.isEmpty();
        }

        /**
         * A character the line keeps as it stands: above the space, neither white space nor a no-break space.
         * Printable ASCII, most of any page, is told so without asking the character tables.
         */
        private static boolean isShown(char c) {
            return c > ' ' && (c < '\u007f' || c != '\u00a0' && !Character.isWhitespace(c));
        }

        /** The tidy line, no-break spaces at its end dropped; the builder starts a new line. */
        String take() {
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == '\u00a0') {
                end--;
            }
            String line = out.substring(0, end);
            out.setLength(0);
            pendingSpace = false;
            return line;
        }
    }
}
