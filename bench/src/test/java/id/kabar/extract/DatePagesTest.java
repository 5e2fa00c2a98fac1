package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Article;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Whole templates after real layouts from the extraction bench's date pages ({@code date-pages/dev5} and {@code dev6}),
 * each showing a way their day or text was read wrong.
 */
class DatePagesTest {
    /** The bench's own copy of the pages, read from its classpath so the fixtures are not kept twice. */
    private static final String DEV5 = "/id/kabar/bench/date-pages/dev5/";
    private static final String DEV6 = "/id/kabar/bench/date-pages/dev6/";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article page(String folder, String name) throws IOException, ExtractionException {
        try (InputStream in = DatePagesTest.class.getResourceAsStream(folder + name + "/source.html")) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return extractor.extract(new SourceDocument(name, SourceFormat.HTML, html, null, null));
        }
    }

    @Test
    void aNuxt3PayloadDatesAPageThatShowsNoDay() throws Exception {
        assertThat(page(DEV6, "98-nuxt3-payload-id").published()).isEqualTo(LocalDate.of(2024, 3, 14));
    }

    @Test
    void joomlasArticleInfoIsTheHeaderAndDatesThePage() throws Exception {
        Article english = page(DEV6, "99-joomla3-created-hits-en");
        assertThat(english.published()).isEqualTo(LocalDate.of(2019, 10, 16));
        assertThat(english.modified()).isEqualTo(LocalDate.of(2019, 10, 21));
        assertThat(english.body()).startsWith("Eleven crews from the club")
                .doesNotContain("Details", "Written by", "Category:", "Hits: 412");
        Article polish = page(DEV5, "92-joomla-nominative-month-pl");
        assertThat(polish.published()).isEqualTo(LocalDate.of(2019, 10, 10));
        assertThat(polish.body()).startsWith("W czwartek uczniowie").doesNotContain("Szczegóły", "Kategoria:", "Odsłon");
    }

    @Test
    void folhasDottedMonthDatesABlogOfItsGroup() throws Exception {
        assertThat(page(DEV6, "107-uol-blog-dotted-month-pt").published()).isEqualTo(LocalDate.of(2020, 2, 14));
    }
}
