package id.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.server.TestHttp.Answer;
import id.kabar.store.SeedCorpus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every API endpoint on the hand-annotated seeds, with good and bad parameters. */
class ApiTest {
    private static final String PESKOV_ARTICLE = "004_7ddc2eaf4f871cd2.txt";
    private static final String URL_ID = "https://www.suara.com/news/2022/02/28/delegasi.html?utm_source=rss&page=2";
    /** Ids the store may hold: one with a control character, kept by a run before ingest cleaned ids; a long URL. */
    private static final String CONTROL_ID = "antara/banjir\n-demak.html";
    private static final String LONG_ID = "https://www.cnnindonesia.com/nasional/20190911123456-20-429000/"
            + "banjir-merendam-dua-belas-desa-di-kabupaten-demak-warga-mengungsi-ke-balai-desa-dan-masjid-terdekat"
            + "?utm_source=twitter&utm_medium=oa&utm_content=cnnindonesia&utm_campaign=cmssocmed&utm_term=nasional";

    @RegisterExtension
    static final ServedStore served = ServedStore.filledWith(store -> {
        SeedCorpus.load().storeInto(store);
        store.put(new AnnotatedArticle(new Article(URL_ID, URL_ID, "id", "Suara.com", "Delegasi bertemu di Gomel",
                null, null, List.of(), null, "Delegasi Rusia dan Ukraina bertemu di Gomel, Belarus."), Annotations.EMPTY), 1);
        for (String id : List.of(CONTROL_ID, LONG_ID)) {
            store.put(new AnnotatedArticle(new Article(id, null, "id", "Antara", "Banjir Demak", null, null, List.of(),
                    null, "Banjir merendam 12 desa di Demak."), Annotations.EMPTY), 1);
        }
        store.commit(new byte[0], null);
    });

    static Answer get(String pathAndQuery) throws Exception {
        return served.http().get(pathAndQuery);
    }

    static Answer raw(String pathAndQuery, String extraHeaders) throws Exception {
        return served.http().raw("GET", pathAndQuery, extraHeaders);
    }

    static String enc(String s) {
        return TestHttp.enc(s);
    }

    @Test
    void articlesArePagedInStoreOrder() throws Exception {
        Answer all = get("/api/articles");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get("total").asInt()).isEqualTo(8);
        assertThat(all.body().get("items")).hasSize(8);
        Answer page = get("/api/articles?offset=1&limit=2");
        assertThat(page.body().get("items")).hasSize(2);
        assertThat(page.body().get("items").get(0).get("id").asText()).isEqualTo(all.body().get("items").get(1).get("id").asText());
        assertThat(page.body().get("items").get(0).get("story").asText()).isEqualTo("S1");
        assertThat(get("/api/articles?offset=10").body().get("items")).isEmpty();
    }

    @Test
    void anArticleIsTheContractObjectWithItsLinks() throws Exception {
        Answer a = get("/api/articles/" + PESKOV_ARTICLE);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("id").asText()).isEqualTo(PESKOV_ARTICLE);
        assertThat(a.body().get("event").asText()).isEqualTo("E3");
        JsonNode q = a.body().get("quotes").get(0);
        String body = a.body().get("body").asText();
        assertThat(body.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
    }

    @Test
    void articleIdsWithSlashesAndUrlCharactersArePathRemainders() throws Exception {
        // A WARC-style id: the rest of the path is the id, with '?', '#' and '%' percent-encoded.
        String id = "kompas/2024/03/banjir-demak.html";
        assertThat(get("/api/articles/" + id).status()).isEqualTo(404);
        assertThat(get("/api/articles/" + id).body().get("message").asText()).contains(id);
        String escaped = URL_ID.replace("?", "%3F").replace("&", "%26").replace("=", "%3D");
        Answer byUrl = get("/api/articles/" + escaped);
        assertThat(byUrl.status()).isEqualTo(200);
        assertThat(byUrl.body().get("id").asText()).isEqualTo(URL_ID);
        assertThat(get("/api/articles/" + enc(URL_ID)).body().get("id").asText()).isEqualTo(URL_ID);
    }

    @Test
    void everyIdTheStoreHoldsOpensAsAPage() throws Exception {
        assertThat(LONG_ID).hasSizeGreaterThan(Params.MAX_TEXT);
        for (String id : List.of(CONTROL_ID, LONG_ID)) {
            assertThat(get("/article?id=" + enc(id)).status()).isEqualTo(200);
        }
        assertThat(get("/article?id=" + enc("antara/tidak-ada.html")).status()).isEqualTo(404);
    }

    @Test
    void storiesAndEvents() throws Exception {
        Answer stories = get("/api/stories");
        assertThat(stories.body().get("total").asInt()).isEqualTo(1);
        assertThat(stories.body().get("items").get(0).get("articles").asInt()).isEqualTo(5);
        Answer story = get("/api/stories/S1");
        assertThat(story.body().get("quote_groups")).isNotEmpty();
        assertThat(story.body().get("claim_groups").get(0).get("kind").asText()).isEqualTo("disagreement");
        Answer event = get("/api/events/E1");
        assertThat(event.body().get("story").asText()).isEqualTo("S1");
        assertThat(event.body().get("articles")).hasSize(2);
    }

    @Test
    void searchReturnsHighlightedSnippetsAndFacets() throws Exception {
        Answer r = get("/api/search?q=Peskov&limit=2");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("total").asInt()).isEqualTo(4);
        assertThat(r.body().get("items")).hasSize(2);
        JsonNode parts = r.body().get("items").get(0).get("snippets").get(0);
        assertThat(parts.findValues("match")).anyMatch(JsonNode::asBoolean);
        assertThat(r.body().get("facets").get("speaker").findValuesAsText("value")).contains("Dmitry Peskov");
        Answer filtered = get("/api/search?q=Peskov&outlet=Gatra.com&from=2022-03-01&to=2022-03-31&language=id&speaker="
                + enc("Dmitry Peskov") + "&entity=Kremlin");
        assertThat(filtered.body().get("items").findValuesAsText("id")).containsExactly(PESKOV_ARTICLE);
        assertThat(get("/api/search?q=Peskov&offset=2&limit=2").body().get("items")).hasSize(2);
    }

    @Test
    void quotesBySpeakerAndClaimsByCategoryAndStory() throws Exception {
        Answer quotes = get("/api/quotes?speaker=" + enc("Dmitry Peskov") + "&limit=3");
        assertThat(quotes.body().get("items")).hasSize(3);
        assertThat(quotes.body().get("items").findValuesAsText("speaker")).containsOnly("Dmitry Peskov");
        assertThat(get("/api/quotes?speaker=Nobody").body().get("total").asInt()).isZero();
        Answer claims = get("/api/claims?category=killed&story=S1");
        assertThat(claims.body().get("total").asInt()).isPositive();
        assertThat(claims.body().get("items").findValuesAsText("category")).containsOnly("killed");
        assertThat(get("/api/claims?category=money").body().get("total").asInt()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/articles?limit=0|limit",
            "/api/articles?limit=101|limit",
            "/api/articles?limit=ten|limit",
            "/api/articles?offset=-1|offset",
            "/api/articles?offset=10001|offset",
            "/api/articles?page=2|page",
            "/api/articles?limit=5&limit=6|limit",
            "/api/search|q",
            "/api/search?q=%20%20|q",
            "/api/search?q=Peskov&from=25-02-2022|from",
            "/api/search?q=Peskov&from=2022-03-02&to=2022-03-01|from",
            "/api/search?q=Peskov&language=Indonesian|language",
            "/api/search?q=Peskov&offset=9990&limit=20|offset",
            "/api/search?q=Peskov&sort=date|sort",
            "/api/quotes?speaker=|speaker",
            "/api/claims?category=deaths|category",
            "/api/stories/S1?verbose=1|verbose",
            "/api/quotes?speaker=%|speaker",
            "/api/quotes?speaker=%zz&limit=3|speaker",
            "/api/search?q=%|q",
            "/api/search?q=Peskov&outlet=Gatra%2|outlet",
            "/api/claims?category=%zz|category",
            "/api/search?q=a~2%20b~2%20c~2%20d~2|q",
            "/api/search?q=p*|q",
    })
    void badParametersAreRefusedWithTheirName(String url, String parameter) throws Exception {
        Answer r = get(url);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("error").asText()).isEqualTo("bad_request");
        assertThat(r.body().get("parameter").asText()).isEqualTo(parameter);
        assertThat(r.body().get("message").asText()).startsWith(parameter + ":");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/search?q=%|q",
            "/search?q=%zz|q",
            "/person?name=%|name",
            "/article?id=%zz|id",
            "/story?id=%|id",
            "/event?id=%E|id",
            "/?lang=%|lang",
            "/search?q=Peskov&lang=%zz|lang",
    })
    void malformedPercentEncodingOnPagesIsA400NamingTheParameter(String url, String parameter) throws Exception {
        Answer r = get(url);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.raw().body()).contains(parameter + ": ");
    }

    /** Answers Jetty gives before any route runs: a path that cannot be decoded, an overlong address, overlong headers. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "400|/%zz|",
            "414|/search?q=LONG|",
            "431|/|X-Padding: LONG",
    })
    void theServersOwnErrorPagesCarryTheSecurityHeaders(int status, String path, String header) throws Exception {
        String filler = "a".repeat(20_000);
        Answer r = raw(path.replace("LONG", filler), header == null ? "" : header.replace("LONG", filler) + "\r\n");
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.raw().headers().firstValue("content-security-policy").orElse("")).contains("default-src 'none'");
        assertThat(r.raw().headers().firstValue("x-content-type-options")).contains("nosniff");
        assertThat(r.raw().headers().firstValue("referrer-policy")).contains("no-referrer");
    }

    @Test
    void scriptsRunOnlyWhenThePolicyNamesTheirHash() throws Exception {
        Answer page = get("/article?id=" + enc(PESKOV_ARTICLE));
        String policy = page.raw().headers().firstValue("content-security-policy").orElseThrow();
        assertThat(policy).doesNotContain("unsafe-inline").contains("script-src 'self' 'sha256-");
        String body = page.raw().body();
        String script = body.substring(body.indexOf("<script>") + "<script>".length(), body.indexOf("</script>"));
        String hash = java.util.Base64.getEncoder().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        assertThat(policy).contains("'sha256-" + hash + "'");
    }

    @Test
    void overlongTextIsRefused() throws Exception {
        Answer r = get("/api/search?q=" + "a".repeat(201));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("message").asText()).contains("200");
    }

    @ParameterizedTest
    @CsvSource({"/api/articles/nope.txt", "/api/stories/S404", "/api/events/E404", "/api/claims?story=S404", "/api/unknown"})
    void unknownIdsAre404(String url) throws Exception {
        Answer r = get(url);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void pagesCarryASecurityPolicyAndUnknownPagesAre404() throws Exception {
        Answer front = get("/");
        assertThat(front.status()).isEqualTo(200);
        assertThat(front.raw().headers().firstValue("content-security-policy").orElse("")).contains("default-src 'none'");
        assertThat(front.raw().body()).contains("Perundingan Rusia-Ukraina");
        assertThat(get("/story?id=S404").status()).isEqualTo(404);
        assertThat(get("/article?id=" + enc(PESKOV_ARTICLE) + "&lang=fr").status()).isEqualTo(400);
        assertThat(get("/article?id=" + enc(PESKOV_ARTICLE) + "&lang=en").raw().body()).contains("Published");
        assertThat(get("/person?name=" + enc("Dmitry Peskov")).raw().body()).contains("Putin telah diberitahu");
        Answer event = get("/event?id=E1");
        assertThat(event.status()).isEqualTo(302);
        assertThat(event.raw().headers().firstValue("location")).hasValue("/story?id=S1#event-E1");
    }
}
