package id.kabar.present;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.ClaimGroup;
import id.kabar.model.ClaimGroupKind;
import id.kabar.model.Event;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.MemberRef;
import id.kabar.model.Qualifier;
import id.kabar.model.Rejection;
import id.kabar.model.Story;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

        new HtmlReport(HtmlReport.Scope.ALL, null).write(file, List.of(a), corpus, List.of(new Rejection("kosong.html", "no text <empty>")));

        String html = Files.readString(file);
        assertThat(html).contains("id=\"story-s1\"").contains("<li id=\"event-e1\"").contains("href=\"#article-1\"")
                .contains("id=\"article-1\"").doesNotContain("charts.js");
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

        new HtmlReport(HtmlReport.Scope.ALL, null).write(file, List.of(a), new LinkedCorpus(Map.of(), List.of()), List.of());

        Document page = Jsoup.parse(Files.readString(file));
        assertThat(page.select("a[href]")).extracting(link -> link.attr("href")).allMatch(href -> href.startsWith("#"));
        assertThat(page.select("p.meta").text()).contains("javascript :alert(document.domain)");
        String policy = page.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(policy).startsWith("default-src 'none';").contains("script-src 'sha256-").doesNotContain("unsafe-inline");
    }

    @Test
    void theSummaryShowsTheTopStoriesTheFiguresInConflictAndTheRejectedInputsButNoArticle() throws Exception {
        Path file = dir.resolve("report.html");
        List<Rejection> rejected = new ArrayList<>();
        for (int i = 0; i <= HtmlReport.MAX_REJECTED_LISTED; i++) {
            rejected.add(new Rejection("halaman-" + i + ".html", "no running text found"));
        }

        new HtmlReport(HtmlReport.Scope.SUMMARY, null).write(file, floodReports(), floodStory(), rejected);

        Document page = Jsoup.parse(Files.readString(file));
        assertThat(page.select("#story-s1 h1").text()).isEqualTo("Banjir di Jawa Tengah");
        assertThat(page.select(".claim-group .kind.disagreement")).isNotEmpty();
        assertThat(page.select(".claim-group").first().select("td strong")).extracting(e -> e.text())
                .containsExactly("2", "3");
        assertThat(page.text()).contains("no running text found: " + (HtmlReport.MAX_REJECTED_LISTED + 1))
                .contains("1 lainnya di rejected.jsonl").doesNotContain("Warga mengungsi");
        assertThat(page.select("[id^=article-]")).isEmpty();
        assertThat(page.select("a[href]")).extracting(link -> link.attr("href")).allMatch(href -> href.startsWith("#"));
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none';").doesNotContain("unsafe-inline");
    }

    @Test
    void withAStoreTheSummaryLinksArticlesToTheStoresPages() throws Exception {
        Path file = dir.resolve("report.html");

        new HtmlReport(HtmlReport.Scope.SUMMARY, URI.create("http://127.0.0.1:7070/"))
                .write(file, floodReports(), floodStory(), List.of());

        Document page = Jsoup.parse(Files.readString(file));
        assertThat(page.select(".claim-group").first().select("a[href]")).extracting(link -> link.attr("href"))
                .as("each outlet's page, and the sentence of its figure on it")
                .containsExactly("http://127.0.0.1:7070/article?id=antara%2Fbanjir-demak.html",
                        "http://127.0.0.1:7070/article?id=antara%2Fbanjir-demak.html#claim-0",
                        "http://127.0.0.1:7070/article?id=kompas%2Fbanjir-demak.html",
                        "http://127.0.0.1:7070/article?id=kompas%2Fbanjir-demak.html#claim-0");
        assertThat(page.select("a.brand").attr("href")).isEqualTo("http://127.0.0.1:7070/");
    }

    /** Two outlets' reports of one flood that count its dead differently. */
    private static List<AnnotatedArticle> floodReports() {
        return List.of(floodReport("antara/banjir-demak.html", "Antara", 2), floodReport("kompas/banjir-demak.html", "Kompas", 3));
    }

    private static AnnotatedArticle floodReport(String id, String outlet, int dead) {
        String body = "Banjir merendam 12 desa di Demak. Sebanyak " + dead + " orang meninggal dunia.\n\nWarga mengungsi ke balai desa.";
        int start = body.indexOf("Sebanyak");
        Claim killed = new Claim("Sebanyak " + dead + " orang meninggal dunia", ClaimCategory.KILLED, dead,
                Qualifier.EXACT, "orang", null, null, LocalDate.of(2024, 3, 18), start, body.indexOf('\n'));
        return new AnnotatedArticle(new Article(id, null, "id", outlet, "Banjir Demak", LocalDate.of(2024, 3, 18), null,
                List.of(), "Demak", body), new Annotations(List.of(), List.of(), List.of(), List.of(killed)));
    }

    private static LinkedCorpus floodStory() {
        List<String> ids = floodReports().stream().map(AnnotatedArticle::id).toList();
        Event e = new Event("e1", LocalDate.of(2024, 3, 18), "Banjir Demak", ids);
        ClaimGroup dead = new ClaimGroup(ClaimCategory.KILLED, null, ClaimGroupKind.DISAGREEMENT,
                ids.stream().map(id -> new MemberRef(id, 0)).toList());
        return new LinkedCorpus(Map.of(ids.get(0), new ArticleLinks(null, "e1", "s1"), ids.get(1), new ArticleLinks(null, "e1", "s1")),
                List.of(new Story("s1", "Banjir di Jawa Tengah", ids, List.of(e), List.of(), List.of(dead))));
    }
}
