package id.kabar.link;

import id.kabar.model.EntityType;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparable keys for names written differently across outlets: {@code Volodymyr Zelensky},
 * {@code Zelenskyy} and {@code Presiden Zelensky} all become {@code zelensky}.
 */
final class NameKeys {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** The first character beyond ASCII, which alone has neither accents nor marks to drop. */
    private static final char ASCII_END = 0x80;

    private NameKeys() {
    }

    /** A person is known by surname across articles; organisations and places by their whole name. */
    static String entityKey(String name, EntityType type) {
        String folded = fold(name);
        if (folded.isEmpty()) {
            return "";
        }
        return type == EntityType.PER ? lastToken(folded) : folded;
    }

    /**
     * Lower case, accents dropped, punctuation to spaces, doubled letters collapsed: transliteration
     * variants such as {@code Zelenskyy}/{@code Zelensky} or {@code Donbass}/{@code Donbas} meet.
     */
    static String fold(String name) {
        // a name in plain ASCII, most of them, has no accents to decompose: the decomposition and the pattern that
        // drops the marks were half the folding, which linking does for every word of every quote
        String ascii = isAscii(name) ? name
                : COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(ascii.length());
        char last = 0;
        for (char c : ascii.toLowerCase(Locale.ROOT).toCharArray()) {
            char k = Character.isLetterOrDigit(c) ? c : ' ';
            if (k == ' ' && (last == ' ' || out.length() == 0)) {
                continue;
            }
            if (k != ' ' && k == last) {
                continue;
            }
            out.append(k);
            last = k;
        }
        return out.toString().strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= ASCII_END) {
                return false;
            }
        }
        return true;
    }

    private static String lastToken(String folded) {
        int space = folded.lastIndexOf(' ');
        return space < 0 ? folded : folded.substring(space + 1);
    }
}
