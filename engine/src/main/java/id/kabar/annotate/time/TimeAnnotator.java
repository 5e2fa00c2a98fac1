package id.kabar.annotate.time;

import id.kabar.annotate.text.QuotedSpan;
import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.text.Text;
import id.kabar.annotate.time.DayExpression.CalendarDate;
import id.kabar.model.Article;
import id.kabar.model.PublishedBasis;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mentions of days and normalises them against the article's own time: the stated publication
 * date when the page has one, else the day inferred from the dates the text reports, in the years its
 * own text and address, or else the articles read with it, allow. Only running prose is read, the sentences a scrape
 * left without their stop, and the lines with which the article announces a list of its own ({@code Berikut jadwal
 * ... Jumat (13/9):}); headings
 * and page furniture such as a page clock are not part of the report.
 */
public final class TimeAnnotator {
    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?<![\\p{L}\\d.,/])(?:19[5-9]\\d|20\\d\\d)(?![\\d.,/]\\d|\\d)");
    private static final Pattern URL_YEAR = Pattern.compile("[/_-]((?:19|20)\\d\\d)(?:[/_-]|$)");
    /**
     * Characters from a quote's closing mark to the day of its attribution at most: the verb, the speaker's role
     * and name and the place ({@code kata Kepala BPBD Bali I Made Rentin pada}, 41 characters) fit in well under it.
     */
    private static final int ATTRIBUTION_CHARS = 120;
    private final DayMentionMatcher matcher = new DayMentionMatcher();
    private final PublicationDateInference inference = new PublicationDateInference();
    private final DayNormaliser normaliser = new DayNormaliser();

    /**
     * The days of an article: its stated date, else the day its own text and address fix; read alone,
     * {@code context} is {@link DateContext#NONE}. An article that states no date and whose own text and
     * address fix none, or fix one outside the years its batch covers (a year the text writes is often
     * history: {@code lahir tahun 1994}, {@code 4 Mei 1988}), is dated from {@code context} (basis
     * {@link PublishedBasis#CONTEXT}): its dates read in the years the context allows, else its reported
     * weekdays ({@code pada hari Senin}) taken in the week around the day its linked articles were written;
     * a day the context cannot place in its years is no date.
     */
    public TimeAnnotation annotate(Text text, Article article, DateContext context) {
        List<DayMention> all = new ArrayList<>();
        BitSet dateLines = new BitSet();
        ProseParagraphs prose = ProseParagraphs.of(text);
        for (Sentence sentence : text.sentences()) {
            if (prose.isProse(sentence) || prose.isUnfinishedSentence(sentence)) {
                all.addAll(matcher.find(text.body(), sentence));
                continue;
            }
            DayMention heading = prose.isInsideLine(sentence) ? matcher.dateLine(text.body(), sentence) : null;
            if (heading != null) {
                dateLines.set(all.size());
                all.add(heading);
            } else if (prose.announcesList(sentence)) {
                all.addAll(matcher.find(text.body(), sentence));
            }
        }
        List<DayMention> mentions = markQuoted(text.body(), all, text.quotations());
        LocalDate published = article.published();
        if (published != null) {
            return new TimeAnnotation(published, article.publishedBasis(),
                    normaliser.normalise(mentions, published, CalendarYears.around(published)));
        }
        // a schedule's days lie ahead of the report: only the prose tells the day of writing
        List<DayMention> prosaic = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            if (!dateLines.get(i)) {
                prosaic.add(mentions.get(i));
            }
        }
        List<CalendarDate> dates = prosaic.stream()
                .map(PublicationDateInference::calendarDate).filter(Objects::nonNull).toList();
        List<Integer> written = writtenYears(text, prose, article.url());
        CalendarYears own = CalendarYears.of(dates, written, DateContext.NONE);
        LocalDate ownDay = inference.infer(prosaic, own);
        if (context.isEmpty() || ownDay != null && (context.admits(ownDay) || writesInFull(prosaic, ownDay))) {
            return dated(mentions, ownDay, PublishedBasis.INFERRED, own);
        }
        CalendarYears years = CalendarYears.of(dates, written, context);
        LocalDate day = inference.infer(prosaic, years);
        if (day == null && context.near() != null) {
            day = dayOfWritingNear(prosaic, context.near());
        }
        return dated(mentions, day != null && context.admits(day) ? day : null, PublishedBasis.CONTEXT, years);
    }

    /**
     * Whether the day of writing comes from a date the text writes in full in the reporting style, weekday, day,
     * month and year that agree ({@code akan dilanjutkan pada Selasa (15/3/2022)}). Such a date is the report's
     * own time, not history, so it stands even when the batch was written in other years: a store of 2017 news
     * that takes in a 2022 report must not move it to 2017, nor a store of past years the first report of a
     * new year.
     */
    private static boolean writesInFull(List<DayMention> mentions, LocalDate dayOfWriting) {
        for (DayMention m : mentions) {
            CalendarDate d = PublicationDateInference.calendarDate(m);
            if (d == null || d.year() == null || d.weekday() == null) {
                continue;
            }
            LocalDate written = CalendarYears.day(d.year(), d.month(), d.day());
            if (written != null && written.getDayOfWeek() == d.weekday()
                    && Math.abs(written.toEpochDay() - dayOfWriting.toEpochDay()) <= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mentions with those inside quoted words marked, and the statement days that attribute the quote just
     * before them; both lists run in body order, so one walk does.
     */
    private static List<DayMention> markQuoted(String body, List<DayMention> mentions, List<QuotedSpan> quotes) {
        List<DayMention> marked = new ArrayList<>(mentions.size());
        int q = 0;
        for (DayMention m : mentions) {
            while (q < quotes.size() && quotes.get(q).innerEnd() <= m.start()) {
                q++;
            }
            boolean inside = q < quotes.size() && quotes.get(q).innerStart() <= m.start()
                    && m.end() <= quotes.get(q).innerEnd();
            marked.add(inside ? m.inQuote() : attributesQuote(body, m, q > 0 ? quotes.get(q - 1) : null)
                    ? m.attributingQuote() : m);
        }
        return marked;
    }

    /**
     * Whether a statement's day follows the quote it attributes within its paragraph and {@link #ATTRIBUTION_CHARS}
     * ({@code ...," kata Kepala BPBD Bali I Made Rentin pada Senin (9/9/2019)}).
     */
    private static boolean attributesQuote(String body, DayMention m, QuotedSpan quote) {
        return m.voice() == DayMention.Voice.ATTRIBUTION && quote != null && quote.closed()
                && m.start() - quote.after() <= ATTRIBUTION_CHARS
                && body.substring(quote.after(), m.start()).indexOf('\n') < 0;
    }

    private TimeAnnotation dated(List<DayMention> mentions, LocalDate published, PublishedBasis basis, CalendarYears years) {
        return new TimeAnnotation(published, published == null ? null : basis, normaliser.normalise(mentions, published, years));
    }

    /**
     * The day of writing of an article that dates nothing but weekdays, read near {@code contextDay}: each
     * reported weekday is taken in the week around that day, and the latest of them is the day of writing,
     * as it is for dated mentions. Null when the text names no reported weekday.
     */
    private static LocalDate dayOfWritingNear(List<DayMention> mentions, LocalDate contextDay) {
        LocalDate latest = null;
        for (DayMention m : mentions) {
            if (m.tense() == DayMention.Tense.REPORTED && m.expression() instanceof DayExpression.NamedWeekday w
                    && w.shift() == DayExpression.WeekShift.NEAREST) {
                LocalDate day = nearest(contextDay, w.weekday());
                latest = latest == null || day.isAfter(latest) ? day : latest;
            }
        }
        return latest;
    }

    private static LocalDate nearest(LocalDate around, DayOfWeek weekday) {
        LocalDate before = around.with(TemporalAdjusters.previousOrSame(weekday));
        LocalDate after = around.with(TemporalAdjusters.nextOrSame(weekday));
        return around.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - around.toEpochDay() ? before : after;
    }

    /**
     * Years the prose writes on their own ({@code Pilkada 2017}, {@code pada 2016}), and the year in the
     * page's address ({@code /2017/05/...}; an address with the full day is a stated date), which news
     * sites write when they publish.
     */
    private static List<Integer> writtenYears(Text text, ProseParagraphs prose, String url) {
        List<Integer> years = new ArrayList<>();
        if (url != null) {
            Matcher m = URL_YEAR.matcher(url);
            if (m.find()) {
                years.add(Integer.parseInt(m.group(1)));
            }
        }
        for (Sentence s : prose.sentences(text)) {
            Matcher m = WRITTEN_YEAR.matcher(text.body()).region(s.start(), s.end());
            while (m.find()) {
                years.add(Integer.parseInt(m.group()));
            }
        }
        return years;
    }
}
