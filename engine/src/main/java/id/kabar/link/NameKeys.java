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
        String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
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

    private static String lastToken(String folded) {
        int space = folded.lastIndexOf(' ');
        return space < 0 ? folded : folded.substring(space + 1);
    }
}
