package id.kabar.link;

import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.text.TextSegmenter;
import id.kabar.lang.Calendar;
import id.kabar.model.Claim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence a claim stands in, as much of it as tells one sentence retold by another outlet: two reports that
 * retell one sentence with another figure ({@code Kemudian, David Wira melalui perantara bernama Susanto hanya
 * memberikan uang senilai Rp 3 miliar} and {@code Melalui orang bernama Susanto, David Wira memberikan uang sebesar
 * Rp5 miliar}, kompas.com and okezone.com, 16 September 2019) disagree on one figure, which nothing the claims carry
 * tells apart from two figures of one story.
 *
 * @param start   where the sentence starts in the body, so that the claims of one sentence are known
 * @param stems   hashes of the sentence's stems outside the claim's own words, ascending, distinct
 *                ({@link ArticleProfiler#wordHash})
 * @param names   hashes of the words the sentence writes capitalised after its first word, days and months left
 *                out, folded, ascending, distinct: the names and places a retelling keeps
 * @param figures hashes of the sentence's other figures (a year, a date's parts and a single digit left out), their
 *                separators dropped, ascending, distinct: a retelling keeps them too
 * @param times   the times the sentence names, ascending, distinct: each year as itself ({@code 2019}), each month as
 *                {@link #MONTH_TIME} and its number, each day of a date as {@link #DAY_TIME}, its day and month
 *                ({@code 16/9}); sentences naming different times of one kind tell different figures
 */
record ClaimSentence(int start, int[] stems, int[] names, int[] figures, int[] times) {
    /**
     * Characters of the sentence read on each side of a claim: CLICK-ID sentences run 150 to 300 characters, and a
     * longer run is a body whose stops the scrape lost, whose far words are no part of the claim's sentence.
     */
    static final int REACH = 300;
    /**
     * A figure of this many digits or more, or with a decimal part, is one a retelling keeps: a share beside the claim
     * tells two sentences apart ({@code 45,5 juta jiwa atau 97 persen} of Jawa Barat's Muslims, {@code 48,683 juta jiwa
     * atau sekira 20 persen} of its people, sindonews.com and tribunnews.com, 10 September 2019).
     */
    static final int FIGURE_DIGITS = 2;
    /** A run of digits, not one of a date's parts ({@code 10/9/2019}). */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d/])\\d+(?:[.,]\\d+)*(?![\\d/])");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** A year written on its own or closing a date ({@code Agustus 2018}, {@code 16/9/2019}). */
    private static final Pattern YEAR_NAMED = Pattern.compile("(?<![\\d.,])(?:19|20)\\d\\d(?![\\d.,])");
    /** The years {@link #YEAR_NAMED} reads. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;
    /** A day and month written as a date ({@code Senin (16/9)}, {@code 16/9/2019}). */
    private static final Pattern DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?![\\d])");
    private static final Pattern MONTH = Pattern.compile("(?<![\\p{L}])" + Calendar.MONTH + "(?![\\p{L}])");
    /** Months are kept as this plus their number, apart from years (four digits). */
    static final int MONTH_TIME = 100;
    /** The days of dates are kept as this plus a hundred times their day plus their month, apart from months. */
    static final int DAY_TIME = 10_000;
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*");
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    /** No sentence known: a profile saved before sentences were kept, or a claim outside the body. */
    static final ClaimSentence NONE = new ClaimSentence(-1, new int[0], new int[0], new int[0], new int[0]);

    /** The sentence of each claim of a body, in the claims' order; the body is segmented once. */
    static List<ClaimSentence> of(String body, List<Claim> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        List<Sentence> sentences = SEGMENTER.segment(body).sentences();
        int[] starts = sentences.stream().mapToInt(Sentence::start).toArray();
        List<ClaimSentence> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            int at = Arrays.binarySearch(starts, c.start());
            int index = at >= 0 ? at : -at - 2;
            if (index < 0 || c.end() > body.length() || sentences.get(index).end() < c.end()) {
                out.add(NONE);
                continue;
            }
            Sentence s = sentences.get(index);
            int from = Math.max(s.start(), c.start() - REACH);
            String before = body.substring(from, c.start());
            String after = body.substring(c.end(), Math.min(s.end(), c.end() + REACH));
            out.add(new ClaimSentence(s.start(), stems(before, after), names(before, from == s.start(), after),
                    figures(before, after), times(before + " " + after)));
        }
        return out;
    }

    /** Whether the sentence is known. */
    boolean known() {
        return start >= 0;
    }

    /**
     * The stems of words without digits: a figure glued to its currency ({@code Rp14.057}) is one of the sentence's
     * figures, which {@link #figures} keeps, and as a stem it made two rupiah ranges of one day ({@code Rupiah bergerak
     * di kisaran Rp14.040-Rp14.057 per USD pada hari ini}, {@code Hari ini rupiah diperdagangkan di Rp13.980-Rp14.057
     * per USD}, okezone.com and sindonews.com, 12 September 2019) one sentence.
     */
    private static int[] stems(String before, String after) {
        List<String> stems = new ArrayList<>(TermAnalyzer.stems(before));
        stems.addAll(TermAnalyzer.stems(after));
        stems.removeIf(stem -> stem.chars().anyMatch(Character::isDigit));
        return hashes(stems);
    }

    /**
     * The capitalised words, the sentence's first word left out where {@code before} opens the sentence (any word
     * opens a sentence capitalised).
     */
    private static int[] names(String before, boolean opensSentence, String after) {
        List<String> names = new ArrayList<>();
        capitalised(before, opensSentence, names);
        capitalised(after, false, names);
        return hashes(names);
    }

    private static void capitalised(String text, boolean opensSentence, List<String> out) {
        Matcher m = CAPITALISED.matcher(text);
        boolean first = opensSentence;
        while (m.find()) {
            // the sentence's first word, if it is the first word written
            // a day or month names no one thing ("Senin" of any two reports that week)
            if (!(first && text.substring(0, m.start()).codePoints().noneMatch(Character::isLetterOrDigit))
                    && !Calendar.isIndonesianDayOrMonth(m.group().toLowerCase(Locale.ROOT))) {
                out.add(NameKeys.fold(m.group()));
            }
            first = false;
        }
    }

    private static int[] figures(String before, String after) {
        List<String> figures = new ArrayList<>();
        for (String part : new String[] {before, after}) {
            Matcher m = FIGURE.matcher(part);
            while (m.find()) {
                String digits = m.group().replace(".", "").replace(",", "");
                if ((digits.length() >= FIGURE_DIGITS || digits.length() < m.group().length())
                        && !YEAR.matcher(m.group()).matches()) {
                    figures.add(digits);
                }
            }
        }
        return hashes(figures);
    }

    /**
     * The times a sentence names, each of a kind ({@link #times}). KEIN's {@code surplus neraca perdagangan pada Agustus
     * 2018 yang sebesar 0,085 miliar dollar AS} (kompas.com, 16 September 2019) names a year BPS's {@code neraca
     * perdagangan Indonesia pada Agustus 2019 mengalami surplus hanya USD0,08 miliar} (sindonews.com) does not.
     */
    private static int[] times(String text) {
        List<Integer> times = new ArrayList<>();
        Matcher year = YEAR_NAMED.matcher(text);
        while (year.find()) {
            times.add(Integer.parseInt(year.group()));
        }
        Matcher month = MONTH.matcher(text);
        while (month.find()) {
            times.add(MONTH_TIME + Calendar.month(month.group()));
        }
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            times.add(DAY_TIME + 100 * Integer.parseInt(date.group(1)) + Integer.parseInt(date.group(2)));
        }
        return times.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    /**
     * Whether two sentences name different times of one kind, each naming some (years, months, days of dates) and none
     * of them the same: then their figures are of different times, however alike the words.
     */
    boolean namesOtherTimes(ClaimSentence other) {
        for (int[] kind : new int[][] {{FIRST_YEAR, LAST_YEAR + 1}, {MONTH_TIME + 1, MONTH_TIME + 13},
                {DAY_TIME, 2 * DAY_TIME}}) {
            int[] mine = ofKind(times, kind);
            int[] theirs = ofKind(other.times, kind);
            if (mine.length > 0 && theirs.length > 0 && sharedCount(mine, theirs) == 0) {
                return true;
            }
        }
        return false;
    }

    private static int[] ofKind(int[] times, int[] range) {
        return Arrays.stream(times).filter(t -> t >= range[0] && t < range[1]).toArray();
    }

    /** How many values two ascending, distinct arrays share, in one pass. */
    static int sharedCount(int[] a, int[] b) {
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    private static int[] hashes(List<String> words) {
        return words.stream().mapToInt(ArticleProfiler::wordHash).sorted().distinct().toArray();
    }
}
