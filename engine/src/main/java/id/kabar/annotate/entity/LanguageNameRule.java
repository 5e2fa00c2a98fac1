package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A place's name after a word for a language is the language, no entity: "lagu pop menjadi bahasa Jawa" (CNN
 * Indonesia, 9 May 2017), where the tagger read the island; "Bahasa Indonesia" as a name of its own is cleared
 * whole. The names listed after such a language, one word each between commas and a closing "dan", are languages
 * too, of whatever type the model gave them: "Twitter berbahasa Jepang, Korea, dan Mandarin" (suara.com, 8 November
 * 2017), where it read a place and a person. The country stays a place where the article names it elsewhere.
 */
final class LanguageNameRule implements ContractRule {
    /** Words after which a name is a language ({@code bahasa}, {@code berbahasa}). */
    private static final Set<String> LANGUAGE_NOUNS = WordLists.set(WordLists.class, "language-nouns.txt");

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        int[] listEnd = {-1};
        List<Integer> listed = new ArrayList<>();
        BioTag.forEachSpan(tags, (start, end) -> {
            if (LANGUAGE_NOUNS.contains(s.lower()[start]) && end > start + 1) {
                BioTag.clearSpan(tags, start, end); // "Bahasa Indonesia"
                listEnd[0] = -1;
            } else if (start > 0 && LANGUAGE_NOUNS.contains(s.lower()[start - 1]) && tags[start].type() == EntityType.LOC) {
                BioTag.clearSpan(tags, start, end);
                listEnd[0] = end;
                listed.clear();
            } else if (end == start + 1 && listEnd[0] >= 0 && onlyJoinsBetween(s, listEnd[0], start)) {
                listed.add(start);
                listEnd[0] = end;
                if (FunctionWords.isAnd(s.lower()[start - 1])) {
                    // the list closes with "dan": each name of it is a language ("..., guru bahasa Inggris, Siti"
                    // names a person after the comma, no list)
                    listed.forEach(i -> tags[i] = BioTag.O);
                    listed.clear();
                    listEnd[0] = -1;
                }
            } else {
                listEnd[0] = -1;
                listed.clear();
            }
        });
    }

    /** Whether only a comma, "dan", or a comma and "dan" lie between a name ending at {@code from} and the next at {@code to}. */
    private static boolean onlyJoinsBetween(ContractSentence s, int from, int to) {
        if (to == from || to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String w = s.lower()[i];
            if (!w.equals(",") && !FunctionWords.isAnd(w)) {
                return false;
            }
        }
        return true;
    }
}
