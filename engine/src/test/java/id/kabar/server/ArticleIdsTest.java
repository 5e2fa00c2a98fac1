package id.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.store.Store;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every id the store holds opens as a page: one with a control character kept by an older run, a long URL. */
class ArticleIdsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CONTROL_ID = "antara/banjir\\n-demak.html".replace("\\n", "\n");
    private static final String LONG_ID = "https://www.cnnindonesia.com/nasional/20190911123456-20-429000/"
            + "banjir-merendam-dua-belas-desa-di-kabupaten-demak-warga-mengungsi-ke-balai-desa-dan-masjid-terdekat"
            + "?utm_source=twitter&utm_medium=oa&utm_content=cnnindonesia&utm_campaign=cmssocmed&utm_term=nasional";

    @TempDir
    static Path dir;
    static Store store;
    static KabarServer server;

    @BeforeAll
    static void start() {
        store = Store.open(dir);
        for (String id : List.of(CONTROL_ID, LONG_ID)) {
            store.put(new AnnotatedArticle(new Article(id, null, "id", "Antara", "Banjir Demak", null, null, List.of(),
                    null, "Banjir merendam 12 desa di Demak."), Annotations.EMPTY), 1);
        }
        store.commit(new byte[0], null);
        server = KabarServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static int status(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void anIdWithAControlCharacterOpens() throws Exception {
        assertThat(LONG_ID).hasSizeGreaterThan(Params.MAX_TEXT);
        for (String id : List.of(CONTROL_ID, LONG_ID)) {
            assertThat(status("/article?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8))).isEqualTo(200);
        }
        assertThat(status("/article?id=" + URLEncoder.encode("antara/tidak-ada.html", StandardCharsets.UTF_8)))
                .isEqualTo(404);
    }
}
