package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;

/**
 * A place's name after a word for a language is the language, no entity: "lagu pop menjadi bahasa Jawa" (CNN
 * Indonesia, 9 May 2017), where the tagger read the island; "Bahasa Indonesia" as a name of its own is cleared
 * whole. The country stays a place where the article names it elsewhere.
 */
final class LanguageNameRule implements ContractRule {
    /** Words after which a name is a language ({@code bahasa}, {@code berbahasa}). */
    private static final Set<String> LANGUAGE_NOUNS = WordLists.set(WordLists.class, "language-nouns.txt");

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        BioTag.forEachSpan(tags, (start, end) -> {
            if (LANGUAGE_NOUNS.contains(s.lower()[start]) && end > start + 1) {
                BioTag.clearSpan(tags, start, end); // "Bahasa Indonesia"
            } else if (start > 0 && LANGUAGE_NOUNS.contains(s.lower()[start - 1]) && tags[start].type() == EntityType.LOC) {
                BioTag.clearSpan(tags, start, end);
            }
        });
    }
}
