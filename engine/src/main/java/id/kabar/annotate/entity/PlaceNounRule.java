package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A lower-case place noun followed by capitalised words the model left untagged names a place there:
 * "desa Sukamaju", "kota Berdyansk dan Enerhodar". In such a list a one-word name the model typed otherwise is
 * a place too, and so is a person's name right after the noun, the place named after the person. Words that are
 * usually ordinary words are not taken.
 */
final class PlaceNounRule implements ContractRule {

    private static final Set<String> PLACE_NOUNS = WordLists.set(WordLists.class, "place-nouns.txt");

    private final Predicate<String> commonWord;

    /** {@code commonWord} tells an ordinary word even when capitalised ({@code Kota}, {@code Senin}). */
    PlaceNounRule(Predicate<String> commonWord) {
        this.commonWord = commonWord;
    }

    @Override
    public void apply(ContractSentence s) {
        String[] tokens = s.tokens();
        BioTag[] tags = s.tags();
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (!PLACE_NOUNS.contains(tokens[i])) {
                continue;
            }
            int at = i + 1;
            if (tags[at] == BioTag.B_PER) {
                // a place named after a person is the place: "di kawasan Pangeran Antasari, Kebayoran Baru"
                // (kompas.com, 10 September 2019)
                s.setSpan(at, BioTag.spanEnd(tags, at), EntityType.LOC);
                continue;
            }
            boolean listed = false;
            while (at < tokens.length) {
                int end = at;
                if (listed && tags[at].isBegin() && (at + 1 == tags.length || !tags[at + 1].isInside())) {
                    end = at + 1;
                } else {
                    while (end < tokens.length && tags[end] == BioTag.O && s.capitalised(end)
                            && !commonWord.test(tokens[end])) {
                        end++;
                    }
                }
                if (end == at || (end < tokens.length && tags[end].isInside())) {
                    break;
                }
                s.setSpan(at, end, EntityType.LOC);
                if (end + 1 >= tokens.length || !(FunctionWords.isAnd(s.lower()[end]) || s.lower()[end].equals(","))) {
                    break;
                }
                at = end + 1;
                listed = true;
            }
        }
    }
}
