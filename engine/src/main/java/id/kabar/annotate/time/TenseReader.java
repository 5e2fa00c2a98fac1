package id.kabar.annotate.time;

import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.time.DayMention.Tense;
import id.kabar.lang.FunctionWords;
import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads whether the clause before a day mention plans it ({@code akan dilanjutkan pada Selasa}, {@code nanti mulai
 * hari Senin}, {@code Kami jadwalkan penyelarasan selama dua hari Senin dan Selasa}, or
 * {@code Senin (3/4) mendatang} after it),
 * counts from it ({@code sejak Kamis}) or reports it. The clause starts after the last comma, colon,
 * quotation mark or reporting verb, or at {@code sementara} where a subject follows it ({@code sementara itu}, not
 * {@code klasemen sementara Bali United}), so {@code "Kami akan datang," kata Peskov, Jumat} is reported; a
 * planning word far from the day ({@code Rumor akan keberadaan Weinstein ... mengunggah ... pada Kamis})
 * does not plan it.
 */
public final class TenseReader {
    /** How far back, in characters, the clause of a mention is read; run-on text is not read whole. */
    private static final int REACH = 200;
    /**
     * How many words a planning word may stand before the day it plans: ten reach {@code akan menjamu Thailand di Stadion
     * Utama Gelora Bung Karno (SUGBK) pada Selasa} (CLICK-ID week), while {@code Rumor akan keberadaan Weinstein ...
     * pada Kamis}, seventeen words back, is no plan.
     */
    private static final int PLANNING_REACH = 10;
    private static final Pattern BOUNDARY = Pattern.compile(
            "[,;:“”\"]|(?<![\\p{L}])(?:" + WordLists.alternation("clause-boundaries.txt")
            + ")(?:" + FunctionWords.ENCLITIC + ")?(?![\\p{L}])"
            + "|(?<![\\p{L}])(?:" + WordLists.alternation("clause-boundaries-before-a-subject.txt")
            + ")(?=\\s+(?:" + WordLists.alternation("clause-subjects.txt") + ")(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLANNING = Pattern.compile(
            "(?<![\\p{L}])(?:" + WordLists.alternation("planning-words.txt") + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /** {@code Senin (3/4) mendatang}: the word after a date can put it ahead too. */
    private static final List<String> AHEAD_MARKS = WordLists.read(WordLists.class, "ahead-marks.txt");
    private static final Pattern AHEAD_AFTER = Pattern.compile("\\s+(?:" + WordLists.alternation(Stream.concat(
            AHEAD_MARKS.stream(), WordLists.read(WordLists.class, "ahead-after-a-day.txt").stream()).toList()) + ")(?![\\p{L}])");
    private static final Pattern AHEAD_WITHIN = Pattern.compile("\\s(?:" + WordLists.alternation(AHEAD_MARKS) + ")$");
    /** {@code sejak Kamis}, {@code sejak pada Kamis}, {@code sejak tanggal 9}: a preposition or the word for date may follow. */
    private static final Pattern SINCE = Pattern.compile(
            "(?<![\\p{L}])(?:" + WordLists.alternation("since-words.txt")
            + ")(?:\\s+(?:pada|tanggal))?\\s*$", Pattern.CASE_INSENSITIVE);

    public Tense tense(String body, Sentence sentence, int start, int end) {
        if (AHEAD_AFTER.matcher(body).region(end, sentence.end()).lookingAt()
                || AHEAD_WITHIN.matcher(body).region(start, end).find()) {
            return Tense.PLANNED;
        }
        String before = body.substring(Math.max(sentence.start(), start - REACH), start);
        if (SINCE.matcher(before).find()) {
            return Tense.EARLIER;
        }
        int clause = 0;
        Matcher b = BOUNDARY.matcher(before);
        while (b.find()) {
            clause = b.end();
        }
        Matcher planning = PLANNING.matcher(before.substring(clause));
        while (planning.find()) {
            String between = before.substring(clause + planning.end());
            if (between.isBlank() || Whitespace.split(between.strip()).length <= PLANNING_REACH) {
                return Tense.PLANNED;
            }
        }
        return Tense.REPORTED;
    }
}
