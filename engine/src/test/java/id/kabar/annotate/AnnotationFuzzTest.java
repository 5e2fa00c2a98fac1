package id.kabar.annotate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.kabar.annotate.time.DateContext;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.PublishedBasis;
import java.time.LocalDate;
import java.util.List;

/**
 * Hostile article text for annotation, the number, date and quote readers among it: any text within the
 * annotation budget is annotated, and annotated again in a batch's years, without an exception. Inputs under
 * {@code AnnotationFuzzTestInputs/}; docs/hardening.md tells how to fuzz.
 */
class AnnotationFuzzTest {
    private static final Annotator ANNOTATOR = new Annotator();
    /** Days from the first of 1990 to the last of 2030: the span of news a date can be read in. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
    private static final int DAYS = 14_975;

    @FuzzTest
    void article(FuzzedDataProvider data) {
        LocalDate published = data.consumeBoolean() ? FIRST_DAY.plusDays(data.consumeInt(0, DAYS)) : null;
        int firstYear = data.consumeInt(1990, 2030);
        int lastYear = data.consumeInt(firstYear, 2030);
        String title = data.consumeString(200);
        String body = data.consumeRemainingAsString();
        if (body.length() > Annotator.MAX_BODY_CHARS) {
            return;
        }
        Article article = new Article("berita", null, "id", null, title, published,
                published == null ? null : PublishedBasis.STATED, List.of(), null, body);
        AnnotatedArticle annotated = ANNOTATOR.annotate(article);
        ANNOTATOR.annotateIn(annotated, DateContext.years(firstYear, lastYear));
    }
}
