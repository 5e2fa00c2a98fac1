package id.kabar.annotate.time;

import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.text.Text;
import id.kabar.annotate.time.DayExpression.CalendarDate;
import id.kabar.model.Article;
import id.kabar.model.PublishedBasis;
import java.time.Clock;
import java.time.LocalDate;
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
            years = CalendarYears.of(dates, writtenYears(text, prose), LocalDate.now(clock));
            published = inference.infer(mentions, years);
            basis = published == null ? null : PublishedBasis.INFERRED;
        }
        return new TimeAnnotation(published, basis, normaliser.normalise(mentions, published, years));
    }

    /** Years the prose writes on their own ({@code Pilkada 2017}, {@code pada 2016}). */
    private static List<Integer> writtenYears(Text text, ProseParagraphs prose) {
        List<Integer> years = new ArrayList<>();
        for (Sentence s : prose.sentences(text)) {
            Matcher m = WRITTEN_YEAR.matcher(text.body()).region(s.start(), s.end());
            while (m.find()) {
                years.add(Integer.parseInt(m.group()));
            }
        }
        return years;
    }
}
