package id.kabar.extract;

import id.kabar.lang.Whitespace;
import java.util.List;

/**
 * Words a case-insensitive pattern cannot match without, looked for before the pattern is asked: most lines
 * of a page hold none of them, and a plain comparison costs less than a matcher tried at one offset or many.
 * Letters are compared the way a {@code (?iu)} pattern compares them (each character upper-cased, then
 * lower-cased), so a gate never turns away a line its pattern would match.
 */
final class LiteralGate {
    private final String[] words;
    /** The first character of each word. */
    private final String firsts;

    private LiteralGate(List<String> words) {
        this.words = words.stream().map(LiteralGate::folded).distinct().toArray(String[]::new);
        StringBuilder first = new StringBuilder();
        for (String w : this.words) {
            first.append(w.charAt(0));
        }
        this.firsts = first.toString();
    }

    /** A gate on any of {@code words}. */
    static LiteralGate of(String... words) {
        return new LiteralGate(List.of(words));
    }

    /** A gate on the first words of listed phrases, each of which a pattern's alternation opens with. */
    static LiteralGate firstWords(List<String> phrases) {
        return new LiteralGate(phrases.stream().map(p -> Whitespace.split(p.strip())[0]).toList());
    }

    /** Whether one of the words stands at {@code from} in {@code line}. */
    boolean opens(String line, int from) {
        for (String w : words) {
            if (regionEquals(line, from, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words stands anywhere in {@code line}. */
    boolean within(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = fold(line.charAt(i));
            if (firsts.indexOf(c) < 0) {
                continue;  // one pass over the line, each character folded once
            }
            for (String w : words) {
                if (w.charAt(0) == c && regionEquals(line, i, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean regionEquals(String line, int from, String word) {
        if (from < 0 || from + word.length() > line.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (fold(line.charAt(from + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A character as a case-insensitive Unicode pattern compares it; ASCII without the tables. */
    static char fold(char c) {
        if (c < '\u0080') {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static String folded(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.append(fold(word.charAt(i)));
        }
        String f = out.toString();
        if (f.isEmpty()) {
            throw new IllegalArgumentException("empty gate word");
        }
        return f;
    }
}
