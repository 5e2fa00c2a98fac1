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

/**
 * Finds mentions of days and normalises them against the article's own time: the stated publication
 * date when the page has one, else the day inferred from the dates the text reports. Only running prose
 * is read; headings and page furniture such as a page clock are not part of the report.
 */
public final class TimeAnnotator {
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
            years = CalendarYears.of(dates, LocalDate.now(clock));
            published = inference.infer(mentions, years);
            basis = published == null ? null : PublishedBasis.INFERRED;
        }
        return new TimeAnnotation(published, basis, normaliser.normalise(mentions, published, years));
    }
}
