package id.kabar.annotate.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern searched by trying it only where one of its matches can begin. {@link Matcher#find()} tries a
 * pattern at every offset of the text; a pattern that opens with a lookbehind and a long alternation (a
 * number, a weekday, a month) spends most of a sentence failing there. The first two characters a match
 * can begin with are read off the pattern itself once (pairs for a first letter; after any other character
 * every second one is tried; after a pair of letters, the third letter as well): a pair is left out only when
 * the pattern, tried on those two characters alone, fails without asking for more text, so it could fail no
 * differently with any text after them (and a first character alone likewise, for the last offset; three letters
 * alike). Characters outside ASCII are always tried. The matches found are exactly those of {@code find()} over the
 * same region with transparent bounds.
 *
 * <p>The reading holds for patterns that match at least one character, have no {@code ^} or {@code \A} (a scan
 * tries the pattern on a region that starts where the match would) and whose matches do not all need a positive
 * lookbehind at their start: tried alone, a character has nothing before it, where a negative lookbehind passes
 * and a positive one fails.
 *
 * <p>A pattern that opens with {@link #OPENS_WORD}, no alternative of it without, begins no match right after a letter
 * or a digit: those offsets, most of a sentence's, are passed over without trying the pattern.
 */
public final class ScannedPattern {
    private static final int ASCII = 128;
    private static final int LATIN_1 = 256;
    /** The opening of a pattern that matches only at the start of a word: no letter or digit before it. */
    static final String OPENS_WORD = "(?<![\\p{L}\\d])";

    /** Whether every match needs no letter or digit before it ({@link #OPENS_WORD}). */
    private final boolean opensWord;

    private final Pattern pattern;
    /** Whether a match may begin with the character alone. */
    private final boolean[] mayBegin = new boolean[ASCII];
    /** Whether a match may begin with the pair: {@code [first * ASCII + second]}. */
    private final boolean[] mayBeginPair = new boolean[ASCII * ASCII];
    /**
     * Whether a match may begin with a pair of letters and a third letter: {@code [first * ASCII + second][third]},
     * read for the pairs of letters that may begin one (null for the rest). Most words the day and number patterns
     * are tried at open as one of their words does ({@code se} of {@code semalam}, {@code ke} of {@code kemarin},
     * {@code pa} of {@code pagi}, {@code ti} of {@code tiga}): over the sentences of 2,000 of the CLICK-ID week's bodies
     * the pattern of the days named from today ({@code kemarin}, {@code besok}, {@code pagi ini}) took 120 to 179 ms a
     * pass with pairs alone and 64 to 89 with the third letter, where the pattern of the counted days, tried at
     * {@code ha} alone, took 19 to 30.
     */
    private final boolean[][] mayBeginTriple = new boolean[ASCII * ASCII][];

    public ScannedPattern(Pattern pattern) {
        this.pattern = pattern;
        this.opensWord = pattern.pattern().startsWith(OPENS_WORD)
                && (pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) == 0
                && !alternatesOutsideGroups(pattern.pattern());
        Matcher m = pattern.matcher("");
        for (char c = 0; c < ASCII; c++) {
            mayBegin[c] = mayBegin(m, String.valueOf(c));
            // a pair is read only after a letter, where it pays (the day and number words); it costs start-up
            for (char d = 0; mayBegin[c] && d < ASCII; d++) {
                mayBeginPair[c * ASCII + d] = !Character.isLetter(c) || mayBegin(m, new String(new char[] {c, d}));
                if (mayBeginPair[c * ASCII + d] && Character.isLetter(c) && Character.isLetter(d)) {
                    mayBeginTriple[c * ASCII + d] = mayBeginWithLetter(m, c, d);
                }
            }
        }
    }

    /** Whether a match may begin with the two letters and each third character: any but a letter is tried. */
    private static boolean[] mayBeginWithLetter(Matcher m, char first, char second) {
        boolean[] third = new boolean[ASCII];
        for (char e = 0; e < ASCII; e++) {
            third[e] = !Character.isLetter(e) || mayBegin(m, new String(new char[] {first, second, e}));
        }
        return third;
    }

    /**
     * Whether the pattern has an alternative outside every group ({@code (?<![\p{L}\d])Senin|Senin}), so that its
     * opening need not hold for every match. A quoted part ({@code \Q}) or a class nested in a class is not read: it
     * counts as an alternative.
     */
    static boolean alternatesOutsideGroups(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    return true;
                }
                i++;
            } else if (inClass) {
                if (c == '[') {
                    return true;  // a class nested in a class ([a-z&&[^aeiou]]) is not read either
                }
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                // a closing bracket first in a class stands for itself
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayBegin(Matcher m, String opening) {
        m.reset(opening);
        return m.lookingAt() || m.hitEnd();
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether a match may begin at offset i of text whose region ends at {@code to}. */
    boolean mayBeginAt(CharSequence text, int i, int to) {
        char c = text.charAt(i);
        if (c < ASCII && !mayBegin[c]) {
            return false;
        }
        // the character before is read only where the table leaves a match possible, most offsets being settled there
        if (opensWord && i > 0 && isWordCharacter(text.charAt(i - 1))) {
            return false;
        }
        if (c >= ASCII || i + 1 >= to) {
            return true;
        }
        char d = text.charAt(i + 1);
        if (d >= ASCII) {
            return true;
        }
        int pair = c * ASCII + d;
        if (!mayBeginPair[pair]) {
            return false;
        }
        boolean[] third = mayBeginTriple[pair];
        if (third == null || i + 2 >= to) {
            return true;
        }
        char e = text.charAt(i + 2);
        return e >= ASCII || third[e];
    }

    /**
     * A letter or digit that {@code [\p{L}\d]} reads before an offset; half of a pair of surrogates is read as
     * neither, the lookbehind then reading the whole pair.
     */
    private static boolean isWordCharacter(char c) {
        return c < LATIN_1 ? LATIN_1_WORD_CHARACTERS[c] : readsAsWordCharacter(c);
    }

    private static boolean readsAsWordCharacter(char c) {
        return c >= '0' && c <= '9' || !Character.isSurrogate(c) && Character.isLetter(c);
    }

    /**
     * {@link #readsAsWordCharacter} of the characters below {@link #LATIN_1}, nearly all of a text's, read once: asked
     * for the character before most offsets the day and number patterns may begin at, the character class lookup was
     * 1.8 % of a CLICK-ID week's samples.
     */
    private static final boolean[] LATIN_1_WORD_CHARACTERS = new boolean[LATIN_1];

    static {
        for (char c = 0; c < LATIN_1; c++) {
            LATIN_1_WORD_CHARACTERS[c] = readsAsWordCharacter(c);
        }
    }

    /** The matches in {@code [from, to)} of the text, its lookarounds reading past both ends. */
    public Scan scan(CharSequence text, int from, int to) {
        return new Scan(text, from, to);
    }

    /** The matches one after another, as {@link Matcher#find()} gives them. */
    public final class Scan {
        private final CharSequence text;
        private final Matcher matcher;
        private final int to;
        private int next;

        private Scan(CharSequence text, int from, int to) {
            this.text = text;
            this.matcher = pattern.matcher(text);
            this.matcher.useTransparentBounds(true);
            this.to = to;
            this.next = from;
        }

        /** The matcher holding the last match found: its start, end and groups. */
        public Matcher matcher() {
            return matcher;
        }

        /** Finds the next match; false when there is none. */
        public boolean find() {
            for (int i = next; i < to; i++) {
                if (mayBeginAt(text, i, to) && matcher.region(i, to).lookingAt()) {
                    next = matcher.end();
                    return true;
                }
            }
            next = to;
            return false;
        }
    }
}
