package id.kabar.annotate.claim;

import id.kabar.lang.IndonesianNumber;
import id.kabar.lang.WordLists;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * What a sum of money or a share measures, read backwards from its figure: {@code harga emas Antam}
 * in {@code harga emas Antam hari ini dijual Rp 754.000}, {@code penjualan eceran} in
 * {@code penjualan eceran tumbuh 2,4 persen}. Money and shares name what they measure before the
 * figure, where counts name it after ({@link CountedPhrase}).
 */
final class MeasuredPhrase {
    /** Words read past between the measured phrase and its figure (verbs, hedges, "at the level of"). */
    private static final Set<String> LINKS = WordLists.set(WordLists.class, "measure-links.txt");
    /** Linking words read past at most: {@code tercatat sebesar}, {@code hari ini dijual}, {@code naik menjadi}. */
    private static final int MAX_LINKS = 4;
    /** A measured noun phrase is short: {@code harga buyback emas Antam}. */
    private static final int MAX_WORDS = 4;

    private MeasuredPhrase() {
    }

    /**
     * The measured phrase ending before token {@code figure}, or null when none is found. It never runs back into a
     * scale word, which ends a figure before it ({@code ekspor migas mencapai USD880 juta yang berarti menyusut
     * 45,48%}, sindonews.com, 16 September 2019: the share measures no "juta").
     */
    static String before(Words words, int figure) {
        int i = figure - 1;
        int links = 0;
        while (i >= 0 && links < MAX_LINKS && isLink(words.lower(i))) {
            i--;
            links++;
        }
        Deque<String> phrase = new ArrayDeque<>();
        while (i >= 0 && phrase.size() < MAX_WORDS && isNoun(words.lower(i)) && !isScale(words.lower(i))) {
            phrase.addFirst(words.token(i).text());
            i--;
        }
        // "anggaran untuk penghasilan anggota , Jakarta mencapai Rp 166,91 miliar" (CLICK-ID, 14 September 2019):
        // the words after a stripped link are the tail of a name, not what the sum measures
        return phrase.isEmpty() || afterStrippedLink(words, i) ? null : String.join(" ", phrase);
    }

    /** Whether token {@code i} is a comma standing apart from the word before it, where scraping removed a link. */
    private static boolean afterStrippedLink(Words words, int i) {
        return i > 0 && words.lower(i).equals(",") && words.token(i).start() > words.token(i - 1).end();
    }

    /** A word of the measured phrase: letters only ({@code Rp4.000} is another figure), no link. */
    private static boolean isNoun(String w) {
        return w.chars().allMatch(Character::isLetter) && CountedPhrase.isNounWord(w) && !LINKS.contains(w);
    }

    /** A word that multiplies the number before it ({@code juta}, {@code miliar}). */
    private static boolean isScale(String w) {
        return !Double.isNaN(IndonesianNumber.scale(w));
    }

    private static boolean isLink(String w) {
        return LINKS.contains(w) || Character.isLetter(w.charAt(0)) && CountedPhrase.isVerb(w);
    }
}
