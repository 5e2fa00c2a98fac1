package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import id.kabar.lang.Honorifics;
import id.kabar.lang.RoleWords;
import id.kabar.model.EntityType;

/**
 * The last field of a long job title the model ran into its holder's name is the title's, not the person's:
 * "Menteri Lingkungan Hidup dan Kehutanan Siti Nurbaya" gave the person {@code Kehutanan Siti Nurbaya}, "Menteri
 * Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto" the person {@code Keamanan Wiranto}. A person's name
 * written right after {@code dan}, where a title runs up to it from its head over title words, capitalised words,
 * {@code dan} and commas, loses its first word, the field the {@code dan} adds. Elsewhere a title's word opening a
 * name is the person's own ({@code Direktur Utama Agung Wicaksono}, {@code Kepala Dinas Bina Marga DKI Hari
 * Nugroho}).
 */
final class TitleTailRule implements ContractRule {
    /**
     * The most words a title runs over from its head to its holder: "Menteri Koordinator Bidang Politik, Hukum, dan"
     * is eight, the longest in the CLICK-ID week; further back is another clause.
     */
    private static final int MAX_TITLE_WORDS = 10;

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        BioTag.forEachSpanOf(tags, EntityType.PER, (start, end) -> {
            if (end - start >= 2 && start > 0
                    && FunctionWords.isAnd(s.lower()[start - 1]) && isField(s.lower()[start]) && followsTitle(s, start)) {
                tags[start] = BioTag.O;
                s.setSpan(start + 1, end, EntityType.PER);
            }
        });
    }

    /** A title's field ({@code Keamanan}); a rank or an honorific opens the holder's name ({@code Jenderal}). */
    private static boolean isField(String lower) {
        String plain = lower.replace(".", "");
        return plain.length() > 1 && !Honorifics.isHonorific(plain);
    }

    /** Whether a job title's head stands before {@code start}, only a title's words between. */
    private static boolean followsTitle(ContractSentence s, int start) {
        for (int j = start - 1; j >= 0 && start - j <= MAX_TITLE_WORDS; j--) {
            String w = s.lower()[j];
            if (s.tags()[j].type() == EntityType.PER) {
                return false;
            }
            if (RoleWords.isHead(w)) {
                // a title's head is capitalised; lower case it is the word's other sense ("di bagian kepala")
                return s.capitalised(j);
            }
            if (!(s.capitalised(j) || FunctionWords.isAnd(w) || w.equals(",") || RoleWords.continuesTitle(w))) {
                return false;
            }
        }
        return false;
    }
}
