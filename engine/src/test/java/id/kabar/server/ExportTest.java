package id.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.EntityType;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import id.kabar.server.TestHttp.Answer;
import id.kabar.store.SeedCorpus;
import id.kabar.testing.CapturedLog;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lists taken out of the server whole, as CSV and JSON Lines, and paged by cursor past the 10,000 rows an offset
 * reaches: on the seeds plus a synthetic run of press-conference articles with many quotes each.
 */
class ExportTest {
    /** Synthetic articles, each with {@link #QUOTES_EACH} quotes: together more quotes than any offset reaches. */
    private static final int ARTICLES = 101;
    private static final int QUOTES_EACH = 100;
    /** A sentence of the kind the quote finder reads, repeated with a number so every quote differs. */
    private static final String SAID = "Air mulai surut, tetapi warga belum bisa kembali ke rumah";
    private static final String FORMULA_ID = "komentar/formula.html";
    private static final String FORMULA = "=HYPERLINK(\"http://contoh.test\",\"klik\")";
    private static final CsvMapper CSV = new CsvMapper();

    @RegisterExtension
    static final ServedStore served = ServedStore.filledWith(store -> {
        SeedCorpus.load().storeInto(store);
        for (int a = 0; a < ARTICLES; a++) {
            StringBuilder body = new StringBuilder("Banjir merendam Demak. ");
            List<Quote> quotes = new ArrayList<>();
            for (int q = 0; q < QUOTES_EACH; q++) {
                String text = SAID + " (" + a + "-" + q + ")";
                int start = body.length() + 1;
                body.append('"').append(text).append("\" kata Bupati Demak. ");
                quotes.add(new Quote(text, QuoteKind.DIRECT, "Eisti'anah", EntityType.PER, "kata", start, start + text.length()));
            }
            store.put(new AnnotatedArticle(new Article("demak/" + a + ".html", null, "id", "Antara", "Banjir Demak hari " + a,
                    LocalDate.of(2024, 3, 1).plusDays(a % 28), PublishedBasis.STATED, List.of(), null, body.toString()),
                    new Annotations(List.of(), quotes, List.of(), List.of())), a);
        }
        String body = "Seorang pembaca menulis " + FORMULA + " di kolom komentar.";
        store.put(new AnnotatedArticle(new Article(FORMULA_ID, null, "id", "Forum", FORMULA, LocalDate.of(2024, 3, 2),
                PublishedBasis.STATED, List.of(), null, body), new Annotations(List.of(), List.of(new Quote(FORMULA,
                QuoteKind.DIRECT, "@pembaca", EntityType.PER, "menulis", body.indexOf(FORMULA),
                body.indexOf(FORMULA) + FORMULA.length())), List.of(), List.of())), 1);
        store.commit(new byte[0], null);
    });
    static final TestHttp http = served.http();

    /** A download the reader abandons halfway is no server fault: nothing is logged as an error. */
    @Test
    void aDownloadTheClientLeavesHalfwayIsNoServerError() throws Exception {
        try (CapturedLog server = CapturedLog.of(KabarServer.class); CapturedLog export = CapturedLog.of(ListExport.class)) {
            try (Socket socket = new Socket("127.0.0.1", served.server().port())) {
                socket.getOutputStream().write("GET /api/quotes?format=csv HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                assertThat(socket.getInputStream().readNBytes(4096)).hasSize(4096);
                socket.setSoLinger(true, 0); // closed with a reset, as a cancelled download is
            }
            for (int wait = 0; wait < 200 && export.events().isEmpty(); wait++) {
                Thread.sleep(50); // the server notices when it next writes
            }
            assertThat(export.events()).singleElement().satisfies(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
                assertThat(e.getFormattedMessage()).startsWith("export of quotes ended by the client");
            });
            assertThat(server.events()).noneMatch(e -> e.getLevel() == Level.ERROR);
        }
    }

    @Test
    void cursorsPageQuotesPastTheTenThousandAnOffsetReaches() throws Exception {
        assertThat(http.get("/api/quotes?offset=10000&limit=20").status()).isEqualTo(400);
        long total = http.get("/api/quotes?limit=1").body().get("total").asLong();
        assertThat(total).isGreaterThan(Params.MAX_WINDOW);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Answer page = http.get("/api/quotes?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body().get("total").asLong()).isEqualTo(total);
            page.body().get("items").forEach(i -> seen.add(i.get("article").asText() + "#" + i.get("index").asInt()));
            cursor = page.body().get("next_cursor").isNull() ? null : page.body().get("next_cursor").asText();
        } while (cursor != null);
        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
        int deep = Params.MAX_WINDOW + 37;
        assertThat(seen.get(deep)).isEqualTo("demak/" + (deep - seedQuotes()) / QUOTES_EACH + ".html#"
                + (deep - seedQuotes()) % QUOTES_EACH);
    }

    private static int seedQuotes() {
        return SeedCorpus.load().articles().stream().mapToInt(a -> a.annotations().quotes().size()).sum();
    }

    @Test
    void aCursorGoesOnWhereTheOffsetPageEnds() throws Exception {
        Answer first = http.get("/api/search?q=banjir&limit=10");
        Answer byCursor = http.get("/api/search?q=banjir&limit=10&cursor=" + first.body().get("next_cursor").asText());
        Answer byOffset = http.get("/api/search?q=banjir&limit=10&offset=10");
        assertThat(byCursor.body().get("items").findValuesAsText("id"))
                .hasSize(10).isEqualTo(byOffset.body().get("items").findValuesAsText("id"));
        Answer stories = http.get("/api/stories?limit=1");
        assertThat(stories.body().get("next_cursor").isNull()).isTrue();
        Answer articles = http.get("/api/articles?limit=5");
        Answer next = http.get("/api/articles?limit=5&cursor=" + articles.body().get("next_cursor").asText());
        assertThat(next.body().get("items").findValuesAsText("id"))
                .isEqualTo(http.get("/api/articles?limit=5&offset=5").body().get("items").findValuesAsText("id"));
    }

    /** Claims are exported a row per figure of each group: {@link FiguresTest} counts them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/articles|",
            "/api/stories|",
            "/api/search|q=banjir",
            "/api/quotes|speaker=Dmitry%20Peskov",
    })
    void everyListIsTakenOutWholeAsCsvAndJsonLines(String list, String filter) throws Exception {
        String query = filter == null ? "" : filter + "&";
        long total = http.get(list + "?" + query + "limit=1").body().get("total").asLong();
        Answer csv = http.get(list + "?" + query + "format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.raw().headers().firstValue("content-disposition").orElse("")).startsWith("attachment;").contains(".csv");
        List<Map<String, String>> rows = csvRows(csv.raw().body());
        assertThat(rows).hasSize((int) total);
        Answer jsonl = http.get(list + "?" + query + "format=jsonl");
        assertThat(jsonl.raw().headers().firstValue("content-type").orElse("")).startsWith("application/x-ndjson");
        List<JsonNode> lines = TestHttp.lines(jsonl.raw().body());
        assertThat(lines).hasSize((int) total);
        String key = rows.get(0).containsKey("id") ? "id" : "article";
        assertThat(lines.get(0).get(key).asText()).isEqualTo(rows.get(0).get(key));
        List<String> columns = new ArrayList<>();
        lines.get(0).fieldNames().forEachRemaining(columns::add);
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(columns);
    }

    @Test
    void anExportPastTenThousandRowsHoldsEveryRowOnce() throws Exception {
        List<Map<String, String>> rows = csvRows(http.get("/api/quotes?format=csv").raw().body());
        assertThat(rows).hasSize(seedQuotes() + ARTICLES * QUOTES_EACH + 1);
        Set<String> keys = new HashSet<>();
        rows.forEach(r -> keys.add(r.get("article") + "#" + r.get("index")));
        assertThat(keys).hasSize(rows.size());
        Map<String, String> last = rows.get(rows.size() - 1);
        assertThat(last.get("speaker")).isEqualTo("'@pembaca");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreWrittenAsText() throws Exception {
        Map<String, String> row = csvRows(http.get("/api/quotes?format=csv&speaker=%40pembaca").raw().body()).get(0);
        assertThat(row.get("text")).isEqualTo("'" + FORMULA);
        assertThat(row.get("title")).isEqualTo("'" + FORMULA);
        JsonNode line = TestHttp.lines(http.get("/api/quotes?format=jsonl&speaker=%40pembaca").raw().body()).get(0);
        assertThat(line.get("text").asText()).isEqualTo(FORMULA);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/quotes?format=xml|format",
            "/api/quotes?format=csv&limit=10|limit",
            "/api/articles?format=jsonl&offset=5|offset",
            "/api/quotes?cursor=bm90LWEtY3Vyc29y|cursor",
            "/api/search?q=banjir&cursor=%21%21|cursor",
            "/api/articles?cursor=MTox&offset=3|offset",
    })
    void badListParametersAreRefusedWithTheirName(String url, String parameter) throws Exception {
        Answer r = http.get(url);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("parameter").asText()).isEqualTo(parameter);
    }

    @Test
    void pagesLinkToTheDownloadOfWhatTheyList() throws Exception {
        String search = http.get("/search?q=banjir&outlet=Antara&utm_source=wa").raw().body();
        assertThat(search).contains("href=\"/api/search?q=banjir&amp;outlet=Antara&amp;format=csv\"")
                .contains("format=jsonl");
        assertThat(http.get("/").raw().body()).contains("href=\"/api/stories?format=csv\"");
        assertThat(http.get("/person?name=Dmitry%20Peskov").raw().body()).contains("/api/quotes?speaker=Dmitry+Peskov&amp;format=csv");
        List<Map<String, String>> rows = csvRows(http.get("/api/search?q=banjir&outlet=Antara&format=csv").raw().body());
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("outlet")).isEqualTo("Antara"));
    }

    @Test
    void headOfAnExportIsItsHeadersOnly() throws Exception {
        Answer head = http.raw("HEAD", "/api/quotes?format=csv", "");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.raw().headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(head.raw().body()).isEmpty();
    }

    private static List<Map<String, String>> csvRows(String body) throws Exception {
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            return it.readAll();
        }
    }
}
