package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.lang.RoleWords;
import id.kabar.lang.WordLists;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A make and model after a kind of vehicle ("motor Honda Vario", "mobil Suzuki Futura Box") is a product, which
 * the contract does not count: neither the maker nor the model is an entity there, nor where the article writes
 * the make and model again without the vehicle ("pengemudi Suzuki Ertiga", "Honda Vario serta Yamaha Mio"). The
 * make alone ("motor Honda") is left as it was, and so is a name holding an organisation's head or a title
 * ("mobil Polda Metro Jaya", "mobil Presiden Joko Widodo"): the owner, not the model. So is a listed make and
 * its model written before a licence plate ("dengan Toyota Innova nopol AE 567 SC"), wherever the article writes
 * them ("para korban merupakan penumpang Toyota Innova").
 */
final class ProductRule implements ArticleRule {
    private static final Set<String> VEHICLE_NOUNS = WordLists.set(WordLists.class, "vehicle-nouns.txt");
    private static final Set<String> VEHICLE_MAKES = WordLists.set(WordLists.class, "vehicle-makes.txt");
    /** The words before a licence plate ({@code nopol}, {@code bernomor polisi}), each as its words. */
    private static final List<String[]> PLATE_MARKS = WordLists.read(WordLists.class, "plate-marks.txt").stream()
            .map(m -> m.split(" ")).toList();
    /** A make and its model: two capitalised words at least. */
    private static final int MIN_MODEL_WORDS = 2;

    @Override
    public void apply(List<String[]> sentences, List<String[]> lower, List<BioTag[]> tags) {
        Set<String> makes = new HashSet<>();
        Set<String> products = new HashSet<>();
        for (String[] words : sentences) {
            for (int i = 0; i + MIN_MODEL_WORDS < words.length; i++) {
                int make = i + 1;
                int end = productEnd(words, i);
                if (end < 0) {
                    make = i;
                    end = platedProductEnd(words, i);
                }
                if (end > 0) {
                    makes.add(lower(words[make]));
                    for (int j = make + 1; j < end; j++) {
                        products.add(lower(words[make]) + " " + lower(words[j]));
                    }
                    i = end - 1;
                }
            }
        }
        if (products.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            BioTag[] t = tags.get(s);
            for (int i = 0; i + 1 < words.length; i++) {
                if (!makes.contains(lower(words[i])) || !products.contains(lower(words[i]) + " " + lower(words[i + 1]))) {
                    continue;
                }
                int end = i + 1;
                while (end < words.length && isModelWord(words[end])) {
                    end++;
                }
                BioTag.clearSpan(t, i, end);
                i = end - 1;
            }
        }
    }

    /**
     * The end of the make and model written after a kind of vehicle at {@code at}, or -1: capitalised words, none
     * an organisation's head or a title, and no other capitalised word after them.
     */
    private static int productEnd(String[] words, int at) {
        if (!VEHICLE_NOUNS.contains(lower(words[at])) || RoleWords.isHead(lower(words[at + 1]))) {
            return -1;
        }
        int end = at + 1;
        while (end < words.length && isModelWord(words[end])) {
            end++;
        }
        boolean owner = end < words.length && capitalised(words[end]);
        return end - (at + 1) >= MIN_MODEL_WORDS && !owner ? end : -1;
    }

    /**
     * The end of a listed make and its model written before a licence plate at {@code at} ("dengan Toyota Innova
     * nopol AE 567 SC"), or -1.
     */
    private static int platedProductEnd(String[] words, int at) {
        if (!capitalised(words[at]) || !VEHICLE_MAKES.contains(lower(words[at]))) {
            return -1;
        }
        int end = at + 1;
        while (end < words.length && isModelWord(words[end])) {
            end++;
        }
        return end > at + 1 && platesAt(words, end) ? end : -1;
    }

    private static boolean platesAt(String[] words, int at) {
        for (String[] mark : PLATE_MARKS) {
            if (at + mark.length <= words.length && IntStream.range(0, mark.length)
                    .allMatch(k -> lower(words[at + k]).equals(mark[k]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isModelWord(String word) {
        String w = lower(word);
        return capitalised(word) && !OrganisationWords.isHead(w) && !NameFinder.isRole(w);
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
