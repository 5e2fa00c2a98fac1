package id.kabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.time.DateContext;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import id.kabar.model.Event;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Story;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextDatingTest {

    private static AnnotatedArticle article(String id, LocalDate published) {
        return new AnnotatedArticle(new Article(id, null, "id", null, null, published,
                published == null ? null : PublishedBasis.STATED, List.of(), null, "Teks berita."), Annotations.EMPTY);
    }

    private static Map<String, LocalDate> contextDays(List<AnnotatedArticle> articles, LinkedCorpus corpus) {
        Map<String, LocalDate> published = new HashMap<>();
        articles.forEach(a -> published.put(a.id(), a.article().published()));
        return ContextDating.contextDays(articles, corpus, published::get);
    }

    @Test
    void anUndatedArticleTakesTheMedianDayOfItsEventAndElseOfItsStory() {
        List<AnnotatedArticle> articles = List.of(
                article("a", LocalDate.of(2022, 2, 25)), article("b", null),
                article("c", LocalDate.of(2022, 3, 1)), article("d", LocalDate.of(2022, 3, 14)),
                article("e", null));
        Event e1 = new Event("e1", null, "t", List.of("a", "b"));
        Event e2 = new Event("e2", null, "t", List.of("c", "d"));
        Event e3 = new Event("e3", null, "t", List.of("e"));
        LinkedCorpus corpus = new LinkedCorpus(Map.of(
                "a", new ArticleLinks(null, "e1", "s1"), "b", new ArticleLinks(null, "e1", "s1"),
                "c", new ArticleLinks(null, "e2", "s1"), "d", new ArticleLinks(null, "e2", "s1"),
                "e", new ArticleLinks(null, "e3", "s1")),
                List.of(new Story("s1", "t", List.of("a", "b", "c", "d", "e"), List.of(e1, e2, e3), List.of(), List.of())));

        assertThat(contextDays(articles, corpus)).containsExactly(
                Map.entry("b", LocalDate.of(2022, 2, 25)), Map.entry("e", LocalDate.of(2022, 3, 1)));
    }

    @Test
    void anArticleWithNoDatedFellowGetsNoDay() {
        List<AnnotatedArticle> articles = List.of(article("x", null));
        LinkedCorpus corpus = new LinkedCorpus(Map.of("x", new ArticleLinks(null, "e1", "s1")),
                List.of(new Story("s1", "t", List.of("x"), List.of(new Event("e1", null, "t", List.of("x"))),
                        List.of(), List.of())));
        assertThat(contextDays(articles, corpus)).isEmpty();
    }

    private static AnnotatedArticle inferred(String id, LocalDate day) {
        return new AnnotatedArticle(new Article(id, null, "id", null, null, day, PublishedBasis.INFERRED, List.of(), null,
                "Teks berita."), Annotations.EMPTY);
    }

    @Test
    void datesTheBatchYearsFixComeFirstAndTheirDaysPlaceTheWeekdaysOfLinkedReports() {
        DateContext batch = DateContext.years(2022, 2022);
        List<AnnotatedArticle> articles = List.of(
                inferred("own", LocalDate.of(2022, 3, 14)), article("weekdays", null), article("yearless", null),
                inferred("history", LocalDate.of(1995, 5, 24)));
        LinkedCorpus corpus = new LinkedCorpus(Map.of(
                "own", new ArticleLinks(null, "e1", "s1"), "weekdays", new ArticleLinks(null, "e2", "s1"),
                "yearless", new ArticleLinks(null, "e3", "s1"), "history", new ArticleLinks(null, "e4", "s2")),
                List.of(new Story("s1", "t", List.of("own", "weekdays", "yearless"), List.of(
                                new Event("e1", null, "t", List.of("own")), new Event("e2", null, "t", List.of("weekdays")),
                                new Event("e3", null, "t", List.of("yearless"))), List.of(), List.of()),
                        new Story("s2", "t", List.of("history"), List.of(new Event("e4", null, "t", List.of("history"))),
                                List.of(), List.of())));
        Map<String, DateContext> asked = new HashMap<>();
        Map<String, LocalDate> published = new HashMap<>();
        articles.forEach(a -> published.put(a.id(), a.article().published()));
        Map<String, AnnotatedArticle> dated = ContextDating.redate(articles, corpus, published::get, batch, (a, context) -> {
            asked.put(a.id() + (context.near() == null ? "" : "@near"), context);
            LocalDate day = switch (a.id()) {
                case "yearless" -> LocalDate.of(2022, 2, 25); // Jumat (25/2) read in 2022
                case "history" -> LocalDate.of(2022, 5, 24);
                case "weekdays" -> context.near(); // hari Senin, taken near its fellows
                default -> null;
            };
            return day == null ? a : article(a.id(), day);
        });
        assertThat(asked).doesNotContainKey("own").containsEntry("yearless", batch).containsEntry("history", batch);
        // the weekday report is read near the median of its story as the first round dated it: 25 Feb and 14 March
        assertThat(asked).containsEntry("weekdays@near", batch.withNear(LocalDate.of(2022, 3, 5)));
        assertThat(dated).containsOnlyKeys("yearless", "history", "weekdays");
    }
}
