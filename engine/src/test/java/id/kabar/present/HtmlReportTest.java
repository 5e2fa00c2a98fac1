package id.kabar.present;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import id.kabar.model.Event;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.Rejection;
import id.kabar.model.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    @TempDir
    Path dir;

    @Test
    void theReportUsesTheStoryAndArticleViewsAndEscapesPageText() throws Exception {
        String body = "Banjir merendam <script>alert(1)</script> 12 desa di Demak.\n\nWarga mengungsi ke \"balai desa\" & masjid.";
        AnnotatedArticle a = new AnnotatedArticle(new Article("demak/banjir.html", null, "id", "Antara",
                "Banjir <b>Demak</b>", LocalDate.of(2024, 3, 18), null, List.of(), "Demak", body), Annotations.EMPTY);
        Event e = new Event("e1", LocalDate.of(2024, 3, 18), "Banjir Demak", List.of(a.id()));
        LinkedCorpus corpus = new LinkedCorpus(Map.of(a.id(), new ArticleLinks(null, "e1", "s1")),
                List.of(new Story("s1", "Banjir di Jawa Tengah", List.of(a.id()), List.of(e), List.of(), List.of())));
        Path file = dir.resolve("report.html");

        new HtmlReport().write(file, List.of(a), corpus, List.of(new Rejection("kosong.html", "no text <empty>")));

        String html = Files.readString(file);
        assertThat(html).contains("id=\"story-s1\"").contains("<svg class=\"timeline\"").contains("href=\"#article-1\"")
                .contains("id=\"article-1\"");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .contains("Banjir &lt;b&gt;Demak&lt;/b&gt;").contains("no text &lt;empty&gt;");
        assertThat(Files.exists(dir.resolve("report.html.tmp"))).isFalse();
    }

    @Test
    void aScriptAddressIsShownAsTextAndThePageCarriesItsOwnPolicy() throws Exception {
        String url = "javascript\n:alert(document.domain)";
        AnnotatedArticle a = new AnnotatedArticle(new Article("jsonl:1", url, "id", "Antara", "Banjir Demak",
                LocalDate.of(2024, 3, 18), null, List.of(), null, "Banjir merendam 12 desa di Demak."), Annotations.EMPTY);
        Path file = dir.resolve("report.html");

        new HtmlReport().write(file, List.of(a), new LinkedCorpus(Map.of(), List.of()), List.of());

        Document page = Jsoup.parse(Files.readString(file));
        assertThat(page.select("a[href]")).extracting(link -> link.attr("href")).allMatch(href -> href.startsWith("#"));
        assertThat(page.select("p.meta").text()).contains("javascript :alert(document.domain)");
        String policy = page.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(policy).startsWith("default-src 'none';").contains("script-src 'sha256-").doesNotContain("unsafe-inline");
    }
}
