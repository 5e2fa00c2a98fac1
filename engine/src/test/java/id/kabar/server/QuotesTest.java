package id.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Event;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.MemberRef;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Quote;
import id.kabar.model.QuoteGroup;
import id.kabar.model.QuoteKind;
import id.kabar.model.Span;
import id.kabar.model.Story;
import id.kabar.server.TestHttp.Answer;
import id.kabar.store.SeedCorpus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quotes page and {@code /api/quotes}: search within what was said, by a speaker under any of their names,
 * by outlet and days, the same statement across outlets shown once with its wordings compared. On the seeds and
 * three reports of the e-KTP case in November 2017, two of them carrying one statement of Setya Novanto
 * ("Setnov") in different words, one quoting Joko Widodo.
 */
class QuotesTest {
    private static final String KOMPAS = "kompas/setnov-1.html";
    private static final String DETIK = "detik/setnov-2.html";
    private static final String ANTARA = "antara/jokowi-ektp.html";
    private static final String SAID_KOMPAS = "Saya akan mengikuti proses hukum yang berlaku di KPK";
    private static final String SAID_DETIK = "Saya akan ikuti proses hukum yang berlaku di KPK";
    private static final String SAID_JOKOWI = "Saya minta Pak Setya Novanto mengikuti proses hukum yang ada";

    @RegisterExtension
    static final ServedStore served = ServedStore.filledWith(store -> {
        SeedCorpus seeds = SeedCorpus.load();
        seeds.storeInto(store);
        store.put(article(KOMPAS, "Kompas.com", LocalDate.of(2017, 11, 16), "Setnov", SAID_KOMPAS, "Setya Novanto"), 1);
        store.put(article(DETIK, "detikNews", LocalDate.of(2017, 11, 17), "Setya Novanto", SAID_DETIK, "Setya Novanto"), 2);
        store.put(article(ANTARA, "Antara", LocalDate.of(2017, 11, 20), "Jokowi", SAID_JOKOWI, "Joko Widodo"), 3);
        Map<String, ArticleLinks> links = new HashMap<>(seeds.corpus().links());
        List<String> ids = List.of(KOMPAS, DETIK, ANTARA);
        ids.forEach(id -> links.put(id, new ArticleLinks(null, "E7", "S7")));
        List<Story> stories = new ArrayList<>(seeds.corpus().stories());
        stories.add(new Story("S7", "Setya Novanto dan kasus e-KTP", ids,
                List.of(new Event("E7", LocalDate.of(2017, 11, 16), "Setya Novanto diperiksa KPK", ids)),
                List.of(new QuoteGroup("Setya Novanto", List.of(new MemberRef(KOMPAS, 0), new MemberRef(DETIK, 0)))),
                List.of()));
        store.commit(new byte[0], new LinkedCorpus(links, stories));
    });
    static final TestHttp http = served.http();

    /** An article where {@code written} (a name or nickname) says {@code said}, read as {@code speaker}. */
    private static AnnotatedArticle article(String id, String outlet, LocalDate day, String written, String said,
                                            String speaker) {
        String body = written + " menanggapi pemeriksaan kasus e-KTP. \"" + said + ",\" kata " + written + " di Jakarta.";
        int start = body.indexOf(said);
        List<Span> spans = new ArrayList<>();
        for (int at = body.indexOf(written); at >= 0; at = body.indexOf(written, at + written.length())) {
            spans.add(new Span(at, at + written.length()));
        }
        return new AnnotatedArticle(new Article(id, null, "id", outlet, "Kasus e-KTP", day, PublishedBasis.STATED,
                List.of(), null, body), new Annotations(
                List.of(new Entity(speaker, EntityType.PER, List.of(written), List.of(), spans)),
                List.of(new Quote(said, QuoteKind.DIRECT, speaker, EntityType.PER, "kata", start, start + said.length())),
                List.of(), List.of()));
    }

    @ParameterizedTest
    @CsvSource({"Setnov", "setya novanto", "SETYA NOVANTO", "Setya Novanto"})
    void aSpeakerIsFoundUnderAnyOfTheirNames(String typed) throws Exception {
        Answer r = http.get("/api/quotes?speaker=" + TestHttp.enc(typed));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("total").asInt()).isEqualTo(2);
        assertThat(r.body().get("items").findValuesAsText("article")).containsExactly(KOMPAS, DETIK);
    }

    @Test
    void aPersonPageIsFoundInAnyCaseAndUnderAListedNickname() throws Exception {
        String lower = http.get("/person?name=" + TestHttp.enc("setya novanto")).raw().body();
        assertThat(lower).contains("Setya Novanto").contains(SAID_KOMPAS);
        String nickname = http.get("/person?name=Jokowi").raw().body();
        assertThat(nickname).contains("Joko Widodo").contains(SAID_JOKOWI);
        assertThat(http.get("/person?name=" + TestHttp.enc("nama yang tak ada")).status()).isEqualTo(404);
    }

    @Test
    void aListedNicknameFindsItsName() throws Exception {
        Answer r = http.get("/api/quotes?speaker=Jokowi");
        assertThat(r.body().get("items").findValuesAsText("article")).containsExactly(ANTARA);
    }

    @Test
    void searchWithinWhatWasSaid() throws Exception {
        Answer r = http.get("/api/quotes?q=" + TestHttp.enc("proses hukum"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("total").isNull()).isTrue();
        assertThat(r.body().get("items").findValuesAsText("article")).containsExactly(KOMPAS, DETIK, ANTARA);
        // Stems: "mengikuti" and "ikuti" are one word; a word excluded drops the quotes that hold it.
        assertThat(http.get("/api/quotes?q=ikuti%20-KPK").body().get("items").findValuesAsText("article"))
                .containsExactly(ANTARA);
        // Words the article has but the quote does not: "pemeriksaan" is in every body, in no quote.
        assertThat(http.get("/api/quotes?q=pemeriksaan").body().get("items")).isEmpty();
        assertThat(http.get("/api/quotes?q=hukum&speaker=Setnov&outlet=DETIKNEWS").body().get("items")
                .findValuesAsText("article")).containsExactly(DETIK);
        assertThat(http.get("/api/quotes?q=hukum&from=2017-11-17&to=2017-11-19").body().get("items")
                .findValuesAsText("article")).containsExactly(DETIK);
    }

    @Test
    void wordsPageByCursor() throws Exception {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Answer page = http.get("/api/quotes?q=hukum&limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
            page.body().get("items").forEach(i -> seen.add(i.get("article").asText()));
            cursor = page.body().get("next_cursor").isNull() ? null : page.body().get("next_cursor").asText();
        } while (cursor != null);
        assertThat(seen).containsExactly(KOMPAS, DETIK, ANTARA);
        Answer offset = http.get("/api/quotes?q=hukum&offset=1");
        assertThat(offset.status()).isEqualTo(400);
        assertThat(offset.body().get("parameter").asText()).isEqualTo("offset");
    }

    @Test
    void theSameStatementAcrossOutletsIsOneGroup() throws Exception {
        List<JsonNode> items = new ArrayList<>();
        http.get("/api/quotes?speaker=Setnov").body().get("items").forEach(items::add);
        assertThat(items).extracting(i -> i.get("group").asText()).containsOnly("S7/q0");
        List<JsonNode> rows = TestHttp.lines(http.get("/api/quotes?speaker=Setnov&format=jsonl").raw().body());
        assertThat(rows).extracting(row -> row.get("group").asText()).containsExactly("S7/q0", "S7/q0");
    }

    @Test
    void theQuotesPageShowsAStatementOnceWithItsWordingsComparedAndNamesTheAliases() throws Exception {
        Answer page = http.get("/quotes?speaker=Setnov&fbclid=x");
        assertThat(page.status()).isEqualTo(200);
        String html = page.raw().body();
        assertThat(html.split("class=\"card quote-group\"", -1)).hasSize(2);
        assertThat(html).contains("<span class=\"diff\">mengikuti</span>").contains("<span class=\"diff\">ikuti</span>")
                .contains("Juga dikutip sebagai: Setya Novanto")
                .contains("href=\"/api/quotes?speaker=Setnov&amp;format=csv\"");
        String words = http.get("/quotes?q=proses%20hukum&speaker=jokowi").raw().body();
        assertThat(words).contains("href=\"/article?id=antara%2Fjokowi-ektp.html#quote-0\"").contains(SAID_JOKOWI);
        assertThat(http.get("/article?id=antara%2Fjokowi-ektp.html").raw().body()).contains("id=\"quote-0\"");
    }

    @Test
    void aBadDateOnTheQuotesPageKeepsTheWords() throws Exception {
        Answer r = http.get("/quotes?q=hukum&to=2017-13-01&lang=en");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.raw().body()).contains("class=\"problem\"").contains("2017-13-01").contains("value=\"hukum\"");
    }
}
