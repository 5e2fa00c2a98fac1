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
 * <p>A word alone the model read as a person where it opens a sentence, which the article writes in lower case
 * elsewhere and never capitalised inside a sentence, is that ordinary word: "Parasetamol langsung bekerja untuk
 * membunuh virus" after "obat yang mengandung parasetamol" (merdeka.com, IndoSum), "Bawahan seperti ini". Across
 * the CLICK-ID week 124 such persons in 119 articles, nearly all words ({@code Ramalan}, {@code Asteroid},
 * {@code Lemari}); not places and organisations, which are as often names that are also words ({@code Medan},
 * {@code Batu}, {@code Antara}).
 */
final class OpeningCommonWordRule implements ArticleRule {
    private final NamedEntityTagger tagger;

    OpeningCommonWordRule(NamedEntityTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public void apply(List<String[]> sentences, List<String[]> lower, List<BioTag[]> tags) {
        Set<String> surnames = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            BioTag[] t = tags.get(s);
            BioTag.forEachSpanOf(t, EntityType.PER, (start, end) -> {
                if (!opensSentence(words, start)) {
                    surnames.add(words[end - 1].toLowerCase(Locale.ROOT));
                }
            });
        }
        Set<String> writtenLowerCase = new HashSet<>();
        Set<String> capitalisedInside = new HashSet<>();
        for (String[] words : sentences) {
            for (int i = 0; i < words.length; i++) {
                String lowerCase = words[i].toLowerCase(Locale.ROOT);
                if (words[i].equals(lowerCase)) {
                    writtenLowerCase.add(lowerCase);
                } else if (!opensSentence(words, i)) {
                    capitalisedInside.add(lowerCase);
                }
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            BioTag[] t = tags.get(s);
            BioTag.forEachSpanOf(t, EntityType.PER, (start, end) -> {
                String lowerCase = words[start].toLowerCase(Locale.ROOT);
                if (end - start == 1 && opensSentence(words, start) && writtenLowerCase.contains(lowerCase)
                        && !capitalisedInside.contains(lowerCase)) {
                    t[start] = BioTag.O;
                    return;
                }
                if (end - start >= 2 && opensSentence(words, start)
                        && tagger.isCommonWord(words[start])
                        && surnames.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
                    t[start] = BioTag.O;
                    t[start + 1] = BioTag.begin(EntityType.PER);
                }
            });
        }
    }

    /** Whether the word at {@code i} opens its sentence, maybe after an opening quotation mark. */
    private static boolean opensSentence(String[] words, int i) {
        return i == 0 || i == 1 && !Character.isLetterOrDigit(words[0].charAt(0));
    }
}
