package id.kabar.annotate.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern searched by trying it only where one of its matches can begin. {@link Matcher#find()} tries a
 * pattern at every offset of the text; a pattern that opens with a lookbehind and a long alternation (a
 * number, a weekday, a month) spends most of a sentence failing there. The first two characters a match
 * can begin with are read off the pattern itself once (pairs for a first letter; after any other character
 * every second one is tried): a pair is left out only when the pattern, tried on
 * those two characters alone, fails without asking for more text, so it could fail no differently with any
 * text after them (and a first character alone likewise, for the last offset). Characters outside ASCII
 * are always tried. The matches found are exactly those of {@code find()} over the same region with
 * transparent bounds.
 *
 * <p>The reading holds for patterns that match at least one character, have no {@code ^} or {@code \A} (a scan
 * tries the pattern on a region that starts where the match would) and whose matches do not all need a positive
 * lookbehind at their start: tried alone, a character has nothing before it, where a negative lookbehind passes
 * and a positive one fails.
 */
public final class ScannedPattern {
    private static final int ASCII = 128;

    private final Pattern pattern;
    /** Whether a match may begin with the character alone. */
    private final boolean[] mayBegin = new boolean[ASCII];
    /** Whether a match may begin with the pair: {@code [first * ASCII + second]}. */
    private final boolean[] mayBeginPair = new boolean[ASCII * ASCII];

    public ScannedPattern(Pattern pattern) {
        this.pattern = pattern;
        Matcher m = pattern.matcher("");
        for (char c = 0; c < ASCII; c++) {
            mayBegin[c] = mayBegin(m, String.valueOf(c));
            // a pair is read only after a letter, where it pays (the day and number words); it costs start-up
            for (char d = 0; mayBegin[c] && d < ASCII; d++) {
                mayBeginPair[c * ASCII + d] = !Character.isLetter(c) || mayBegin(m, new String(new char[] {c, d}));
            }
        }
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
        if (c >= ASCII || !mayBegin[c]) {
            return c >= ASCII;
        }
        if (i + 1 >= to) {
            return true;
        }
        char d = text.charAt(i + 1);
        return d >= ASCII || mayBeginPair[c * ASCII + d];
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
