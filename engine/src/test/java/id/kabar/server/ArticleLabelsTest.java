package id.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import id.kabar.model.Event;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How articles are named in lists when their headline is missing or will not break: IndoSum's articles come
 * without titles (a kumparan report from Biak and a Poskota report of the 2017 Clasico, their text as IndoSum
 * gives it), and one of them is titled with its address, a line with no space in it.
 */
class ArticleLabelsTest {
    private static final String BIAK = "1504382380-seorang-pemuda-di-papua-ditangkap-karena-bawa-gran";
    private static final String BIAK_OPENING = "Kejadian menegangkan terjadi di Bandara Frans Kaisiepo, Biak Numfor, Papua.";
    private static final String BIAK_BODY = BIAK_OPENING
            + " Seorang pemuda didapati membawa satu granat nanas aktif di tas punggungnya.";
    private static final String CLASICO = "1514026800-kalahkan-real-madrid-3-0-kini-siapa-yang-bisa-hentikan-barcelona";
    private static final String CLASICO_BODY = "SPANYOL – Barcelona berhasil memboyong kemenangan besar di laga Clasico"
            + " 2017 dengan skor 3-0 atas Real Madrid, Sabtu (23/12/2017). Gol yang diciptakan di laga yang digelar di"
            + " kandang Madrid, Santiago Bernabeu, diciptakan Luis Suarez, Lionel Messi dan Aleix Vidal di babak kedua.";
    private static final String ADDRESS_TITLED = "poskota/clasico.html";
    private static final String ADDRESS =
            "http://poskotanews.com/2017/12/23/kalahkan-real-madrid-3-0-kini-siapa-yang-bisa-hentikan-barcelona/";
    /** A rule of the style sheet: its selectors and its declarations (no nested braces once @media is opened). */
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");

    @RegisterExtension
    static final ServedStore served = ServedStore.filledWith(store -> {
        LocalDate day = LocalDate.of(2017, 12, 23);
        store.put(article(BIAK, "kumparan", null, day, BIAK_BODY), 1);
        store.put(article(CLASICO, "poskotanews", null, day, CLASICO_BODY), 2);
        store.put(article(ADDRESS_TITLED, "poskotanews", ADDRESS, day, CLASICO_BODY), 3);
        List<String> ids = List.of(BIAK, CLASICO, ADDRESS_TITLED);
        store.commit(new byte[0], new LinkedCorpus(Map.of(BIAK, new ArticleLinks(null, "E1", "S1"),
                CLASICO, new ArticleLinks(null, "E1", "S1"), ADDRESS_TITLED, new ArticleLinks(null, "E1", "S1")),
                List.of(new Story("S1", "Berita 23 Desember 2017", ids,
                        List.of(new Event("E1", day, "Berita 23 Desember 2017", ids)), List.of(), List.of()))));
    });

    private static AnnotatedArticle article(String id, String outlet, String title, LocalDate day, String body) {
        return new AnnotatedArticle(new Article(id, null, "id", outlet, title, day, null, List.of(), null, body),
                Annotations.EMPTY);
    }

    private static Document story() throws Exception {
        return Jsoup.parse(served.http().get("/story?id=S1").raw().body());
    }

    private static Element link(Document page, String id) {
        return page.selectFirst("a[href=/article?id=" + id.replace("/", "%2F") + "]");
    }

    @Test
    void anUntitledArticleIsListedByItsOpeningSentenceShortened() throws Exception {
        Document page = story();
        assertThat(link(page, BIAK).text()).isEqualTo(BIAK_OPENING);
        String clasico = link(page, CLASICO).text();
        assertThat(clasico).startsWith("SPANYOL – Barcelona berhasil memboyong kemenangan besar").endsWith("…")
                .doesNotContain(CLASICO).doesNotContain("Gol yang diciptakan");
        assertThat(CLASICO_BODY).startsWith(clasico.substring(0, clasico.length() - 1));
    }

    @Test
    void aHeadlineWithNoSpaceWrapsInsteadOfWideningThePage() throws Exception {
        Document page = story();
        Element address = link(page, ADDRESS_TITLED);
        assertThat(address.text()).isEqualTo(ADDRESS);
        List<String> wrapping = new ArrayList<>();
        Matcher rule = RULE.matcher(page.selectFirst("style").data().replaceAll("(?s)/\\*.*?\\*/", ""));
        while (rule.find()) {
            if (rule.group(2).replace(" ", "").contains("overflow-wrap:anywhere")) {
                wrapping.add(rule.group(1).strip());
            }
        }
        assertThat(wrapping).isNotEmpty();
        for (Element e : List.of(address, page.selectFirst("h1"))) {
            // overflow-wrap is inherited: the element or one of its ancestors must be selected.
            assertThat(wrapping.stream().anyMatch(s -> page.select(s).stream()
                    .anyMatch(w -> w == e || e.parents().contains(w)))).as(e.outerHtml()).isTrue();
        }
    }
}
