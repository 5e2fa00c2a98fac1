package id.kabar.annotate.entity;

import id.kabar.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An ordinary word capitalised because it opens the sentence is no part of the person named after it: "Makalah
 * Ghufron berjudul kewenangan pemberian surat perintah penghentian penyidikan" (sindonews.com, 11 September 2019)
 * names {@code Ghufron}, whom the article calls {@code Nurul Ghufron}, not a person {@code Makalah Ghufron}. Only
 * where the words after the ordinary one end as a person the article names elsewhere, so a name opening the
 * sentence whose first word is also a word ({@code Hari Nugroho}) stays whole.
 *
 * <p>A person of that one word alone is that word where the article writes it in lower case elsewhere and never
 * capitalises it inside a sentence: "Parasetamol langsung bekerja untuk membunuh virus" (merdeka.com, IndoSum) after
 * "obat yang mengandung parasetamol" names nobody. Across the CLICK-ID week 124 such persons in 119 articles
 * ({@code Ramalan}, {@code Asteroid}, {@code Lemari}), 2 of them names an article also wrote in lower case.
 */
final class OpeningCommonWordRule implements ArticleRule {
    private final NamedEntityTagger tagger;

    OpeningCommonWordRule(NamedEntityTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public void apply(List<String[]> sentences, List<String[]> lower, List<BioTag[]> tags) {
        Set<String> surnames = new HashSet<>();
        Set<String> writtenLower = new HashSet<>();
        Set<String> capitalisedInside = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] l = lower.get(s);
            for (int i = 0; i < words.length; i++) {
                if (words[i].equals(l[i])) {
                    writtenLower.add(l[i]);
                } else if (!CaseProfile.opensClause(words, i)) {
                    capitalisedInside.add(l[i]);
                }
            }
            BioTag[] t = tags.get(s);
            BioTag.forEachSpanOf(t, EntityType.PER, (start, end) -> {
                if (!opensSentence(words, start)) {
                    surnames.add(words[end - 1].toLowerCase(Locale.ROOT));
                }
            });
        }
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] l = lower.get(s);
            BioTag[] t = tags.get(s);
            BioTag.forEachSpanOf(t, EntityType.PER, (start, end) -> {
                if (end - start >= 2 && opensSentence(words, start)
                        && tagger.isCommonWord(words[start])
                        && surnames.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
                    t[start] = BioTag.O;
                    t[start + 1] = BioTag.begin(EntityType.PER);
                } else if (end - start == 1 && opensSentence(words, start)
                        && writtenLower.contains(l[start]) && !capitalisedInside.contains(l[start])) {
                    t[start] = BioTag.O;
                }
            });
        }
    }

    /** Whether the word at {@code i} opens its sentence, maybe after an opening quotation mark. */
    private static boolean opensSentence(String[] words, int i) {
        return i == 0 || i == 1 && !Character.isLetterOrDigit(words[0].charAt(0));
    }
}
