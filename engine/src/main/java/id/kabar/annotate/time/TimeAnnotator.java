package id.kabar.annotate.time;

import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.text.Text;
import id.kabar.annotate.time.DayExpression.CalendarDate;
import id.kabar.model.Article;
import id.kabar.model.PublishedBasis;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mentions of days and normalises them against the article's own time: the stated publication
 * date when the page has one, else the day inferred from the dates the text reports. Only running prose
 * is read; headings and page furniture such as a page clock are not part of the report.
 */
public final class TimeAnnotator {
    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?<![\\p{L}\\d.,/])(?:19[5-9]\\d|20\\d\\d)(?![\\d.,/]\\d|\\d)");
    private static final Pattern URL_YEAR = Pattern.compile("[/_-]((?:19|20)\\d\\d)(?:[/_-]|$)");
    private final Clock clock;
    private final DayMentionMatcher matcher = new DayMentionMatcher();
    private final PublicationDateInference inference = new PublicationDateInference();
    private final DayNormaliser normaliser = new DayNormaliser();

    public TimeAnnotator() {
        this(Clock.systemUTC());
    }

    /** @param clock the present, which bounds the years a date without one can fall in */
    public TimeAnnotator(Clock clock) {
        this.clock = clock;
    }

    public TimeAnnotation annotate(Text text, Article article) {
        List<DayMention> mentions = new ArrayList<>();
        ProseParagraphs prose = ProseParagraphs.of(text);
        for (Sentence sentence : prose.sentences(text)) {
            mentions.addAll(matcher.find(text.body(), sentence));
        }
        List<CalendarDate> dates = mentions.stream()
                .map(PublicationDateInference::calendarDate).filter(Objects::nonNull).toList();
        LocalDate published = article.published();
        PublishedBasis basis = article.publishedBasis();
        CalendarYears years;
        if (published != null) {
            years = CalendarYears.around(published);
        } else {
            years = CalendarYears.of(dates, writtenYears(text, prose, article.url()), LocalDate.now(clock));
            published = inference.infer(mentions, years);
            basis = published == null ? null : PublishedBasis.INFERRED;
        }
        return new TimeAnnotation(published, basis, normaliser.normalise(mentions, published, years));
    }

    /**
     * The day of writing of an article that dates nothing but weekdays ({@code pada hari Senin}), read
     * near {@code contextDay}: the day the articles it reports with were written. Each reported weekday
     * is taken in the week around that day, and the latest of them is the day of writing, as it is for
     * dated mentions. Null when the text names no reported weekday.
     */
    public LocalDate dayOfWritingNear(Text text, LocalDate contextDay) {
        LocalDate latest = null;
        ProseParagraphs prose = ProseParagraphs.of(text);
        for (Sentence sentence : prose.sentences(text)) {
            for (DayMention m : matcher.find(text.body(), sentence)) {
                if (m.tense() == DayMention.Tense.REPORTED && m.expression() instanceof DayExpression.NamedWeekday w
                        && w.shift() == DayExpression.WeekShift.NEAREST) {
                    LocalDate day = nearest(contextDay, w.weekday());
                    latest = latest == null || day.isAfter(latest) ? day : latest;
                }
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
     * page's address ({@code /read/2022/02/25/...}), which news sites write when they publish.
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
