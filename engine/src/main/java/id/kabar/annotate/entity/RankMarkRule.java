package id.kabar.annotate.entity;

import id.kabar.lang.Calendar;
import id.kabar.lang.RoleWords;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The capitalised words after a rank's mark in brackets are one person's name: in {@code Kolonel Laut (P) Wahyu
 * Dili Yudha Hadianto} (okezone.com) the model reads {@code Dili} as the town and leaves {@code Wahyu} out, but
 * the mark ({@code (P)}, {@code (Purn)}; {@code rank-marks.txt}) stands only between a rank and its holder. The
 * name ends before an ordinary word the model left out of names, a title's word or an acronym ({@code Irjen (Purn)
 * Ronny Sompie Jabat Dirjen Imigrasi}, a headline; {@code Kolonel Laut (P) Didong Rio DPK}).
 */
final class RankMarkRule implements ContractRule {
    private static final Set<String> MARKS = WordLists.set(WordLists.class, "rank-marks.txt");
    /** Initials may open a name ({@code MS Fadhilah}); capitals of three letters or more after it are a unit. */
    private static final int MIN_ACRONYM = 3;

    private final Predicate<String> isCommonWord;

    RankMarkRule(Predicate<String> isCommonWord) {
        this.isCommonWord = isCommonWord;
    }

    @Override
    public void apply(ContractSentence s) {
        String[] tokens = s.tokens();
        for (int i = 1; i + 3 < tokens.length; i++) {
            if (!tokens[i].equals("(") || !tokens[i + 2].equals(")") || !s.capitalised(i - 1) || !s.capitalised(i + 1)
                    || !MARKS.contains(s.lower()[i + 1])) {
                continue;
            }
            int start = i + 3;
            int end = start;
            while (end < tokens.length && continuesName(s, end, end == start)) {
                end++;
            }
            if (end > start) {
                s.setSpan(start, end, EntityType.PER);
            }
        }
    }

    private boolean continuesName(ContractSentence s, int i, boolean first) {
        String word = s.tokens()[i];
        String lower = s.lower()[i];
        return s.capitalised(i) && Character.isLetter(word.charAt(0)) && !Calendar.isIndonesianDayOrMonth(lower)
                && (s.tags()[i].type() == EntityType.PER || !isCommonWord.test(word)) && !RoleWords.isTitleWord(lower)
                && (first || word.length() < MIN_ACRONYM || !word.equals(word.toUpperCase(Locale.ROOT)));
    }
}
