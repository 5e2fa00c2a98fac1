package id.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.EntityType;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import id.kabar.present.ArticleView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A long article's page shows its body a part at a time, with the facts of the whole article beside each part. */
class LongArticleTest {
    /** A paragraph of IndoSum (dev.01, "mustahil-transportasi-tradisional-dan-online-bersa"). */
    private static final String PARAGRAPH = "Ketua MPR Zulkifli Hasan mengatakan transportasi tradisional dan online "
            + "harus bisa hidup berdampingan, dan pemerintah harus hadir mengatur agar keduanya adil.";
    private static final String SAID = "Pemerintah harus hadir mengatur agar keduanya adil";
    private static final String LONG = "laporan/panjang.html";
    private static final String SHORT = "laporan/pendek.html";

    static int paragraphs;

    @RegisterExtension
    static final ServedStore served = ServedStore.filledWith(store -> {
        List<String> body = new ArrayList<>();
        for (int i = 1; body.size() * PARAGRAPH.length() < 2 * ArticleView.PART_CHARS + PARAGRAPH.length(); i++) {
            body.add("(" + i + ") " + PARAGRAPH);
        }
        paragraphs = body.size();
        body.add("\"" + SAID + ",\" kata Zulkifli di Jakarta.");
        store.put(article(LONG, String.join("\n\n", body)), 1);
        store.put(article(SHORT, body.get(0) + "\n\n" + body.get(paragraphs)), 2);
        store.commit(new byte[0], null);
    });
    static final TestHttp http = served.http();

    private static AnnotatedArticle article(String id, String body) {
        int start = body.indexOf(SAID);
        return new AnnotatedArticle(new Article(id, null, "id", "Antara", "Transportasi online", LocalDate.of(2017, 3, 28),
                PublishedBasis.STATED, List.of(), null, body), new Annotations(List.of(),
                List.of(new Quote(SAID, QuoteKind.DIRECT, "Zulkifli Hasan", EntityType.PER, "kata", start, start + SAID.length())),
                List.of(), List.of()));
    }

    @Test
    void aLongArticleIsShownAPartAtATimeWithItsFactsOnEveryPart() throws Exception {
        String first = http.get("/article?id=" + TestHttp.enc(LONG)).raw().body();
        assertThat(first).contains("(1) Ketua MPR").doesNotContain("(" + paragraphs + ") Ketua MPR")
                .contains("Bagian 1 dari 3").contains("part=2").contains(SAID);
        String last = http.get("/article?id=" + TestHttp.enc(LONG) + "&part=3").raw().body();
        assertThat(last).contains("(" + paragraphs + ") Ketua MPR").doesNotContain("(1) Ketua MPR")
                .contains("Bagian 3 dari 3").contains("part=2").doesNotContain("part=4");
        assertThat(http.get("/article?id=" + TestHttp.enc(LONG) + "&part=9").raw().body())
                .as("a part past the end shows the last").contains("Bagian 3 dari 3");
    }

    @Test
    void aShortArticleIsOnePageAndABadPartIsRefused() throws Exception {
        assertThat(http.get("/article?id=" + TestHttp.enc(SHORT)).raw().body()).doesNotContain("Bagian 1");
        assertThat(http.get("/article?id=" + TestHttp.enc(SHORT) + "&part=0").status()).isEqualTo(400);
        assertThat(http.get("/article?id=" + TestHttp.enc(SHORT) + "&part=dua").status()).isEqualTo(400);
    }
}
