package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.lang.RoleWords;
import id.kabar.lang.WordLists;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A make and model after a kind of vehicle ("motor Honda Vario", "mobil Suzuki Futura Box") is a product, which
 * the contract does not count: neither the maker nor the model is an entity there, nor where the article writes
 * the make and model again without the vehicle ("pengemudi Suzuki Ertiga", "Honda Vario serta Yamaha Mio"). The
 * make alone ("motor Honda") is left as it was, and so is a name holding an organisation's head or a title
 * ("mobil Polda Metro Jaya", "mobil Presiden Joko Widodo"): the owner, not the model.
 */
final class ProductRule implements ArticleRule {
    private static final Set<String> VEHICLE_NOUNS = WordLists.set(WordLists.class, "vehicle-nouns.txt");
    /** A make and its model: two capitalised words at least. */
    private static final int MIN_MODEL_WORDS = 2;

    @Override
    public void apply(List<String[]> sentences, List<BioTag[]> tags) {
        Set<String> makes = new HashSet<>();
        Set<String> products = new HashSet<>();
        for (String[] words : sentences) {
            for (int i = 0; i + MIN_MODEL_WORDS < words.length; i++) {
                int end = productEnd(words, i);
                if (end > 0) {
                    makes.add(lower(words[i + 1]));
                    for (int j = i + 2; j < end; j++) {
                        products.add(lower(words[i + 1]) + " " + lower(words[j]));
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
                untag(t, i, end);
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

    private static boolean isModelWord(String word) {
        String w = lower(word);
        return capitalised(word) && !OrganisationWords.isHead(w) && !NameFinder.isRole(w);
    }

    /** Clears {@code [from, to)}; a span going on after it starts anew. */
    private static void untag(BioTag[] t, int from, int to) {
        for (int j = from; j < to; j++) {
            t[j] = BioTag.O;
        }
        if (to < t.length && t[to].isInside()) {
            t[to] = BioTag.begin(t[to].type());
        }
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
