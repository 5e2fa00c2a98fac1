package id.kabar.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Words of a text split at runs of whitespace, as {@code text.split("\\s+")} splits them, without a regular
 * expression: {@code String.split} compiles its pattern again at every call, and 43 calls across the stages asked it
 * of every name, phrase and word-list line.
 */
public final class Whitespace {
    private Whitespace() {
    }

    /**
     * The parts between runs of the characters {@code \s} matches ({@code [ \t\n\x0B\f\r]}): an empty first part when
     * the text opens with whitespace, no empty parts at the end, the text itself when it holds none.
     */
    public static String[] split(String text) {
        List<String> parts = null;
        int from = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!isSpace(text.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(text.charAt(end))) {
                end++;
            }
            if (parts == null) {
                parts = new ArrayList<>();
            }
            parts.add(text.substring(from, i));
            from = end;
            i = end - 1;
        }
        if (parts == null) {
            return new String[] {text};
        }
        parts.add(text.substring(from));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    /** Whether {@code \s} matches the character, no Unicode flag set. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
