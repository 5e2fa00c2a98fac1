package id.kabar.server;

import id.kabar.lang.Whitespace;
import java.util.Locale;

/**
 * Whether a short form is made of the starts of a name's words, in order, as Indonesian news shortens public
 * names: {@code Setnov} is SETya NOVanto, {@code Jokowi} JOKO WIdodo, {@code Zulhas} ZULkifli HASan, {@code SBY}
 * Susilo Bambang Yudhoyono. Every word of the name gives at least its first letter.
 */
final class NameContraction {
    /** Shorter forms (two letters) are initials of too many names to point at one. */
    static final int MIN_LETTERS = 3;

    private NameContraction() {
    }

    static boolean shortens(String form, String name) {
        String letters = form.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        String[] words = Whitespace.split(name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s]", "").strip());
        return letters.length() >= MIN_LETTERS && words.length >= 2 && !letters.equals(String.join("", words))
                && startsFrom(letters, 0, words, 0);
    }

    /** Whether {@code letters} from {@code at} is a start of each word from {@code word} on, one after another. */
    private static boolean startsFrom(String letters, int at, String[] words, int word) {
        if (word == words.length) {
            return at == letters.length();
        }
        String w = words[word];
        for (int k = Math.min(w.length(), letters.length() - at); k >= 1; k--) {
            if (letters.startsWith(w.substring(0, k), at) && startsFrom(letters, at + k, words, word + 1)) {
                return true;
            }
        }
        return false;
    }
}
