package id.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.kabar.server.TestHttp.Answer;
import id.kabar.store.SeedCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API's description, served at {@code /api/openapi.yaml}: it is the document in the source tree, and every
 * path it describes is one the server answers (on the seeds).
 */
class OpenApiTest {
    /** The one copy of the description; the tests run in the engine module's folder. */
    private static final Path SOURCE = Path.of("..", "docs", "openapi.yaml");
    /** An id the seeds hold for each described path that takes one. */
    private static final Map<String, String> SEED_IDS = Map.of(
            "/api/articles/{id}", "004_7ddc2eaf4f871cd2.txt",
            "/api/stories/{id}", "S1",
            "/api/stories/{id}/outlets", "S1",
            "/api/events/{id}", "E1");

    @RegisterExtension
    static final ServedStore served = ServedStore.filledWith(store -> SeedCorpus.load().storeInto(store));
    static final TestHttp http = served.http();

    @Test
    void theServedDocumentIsTheSourceTreesWithTheSecurityHeaders() throws Exception {
        Answer r = http.get("/api/openapi.yaml");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.raw().headers().firstValue("content-type").orElse("")).startsWith("application/yaml");
        assertThat(r.raw().body()).isEqualTo(Files.readString(SOURCE, StandardCharsets.UTF_8));
        assertThat(r.raw().headers().firstValue("content-security-policy").orElse("")).contains("default-src 'none'");
        assertThat(r.raw().headers().firstValue("x-content-type-options")).contains("nosniff");
        assertThat(r.raw().headers().firstValue("referrer-policy")).contains("no-referrer");
        assertThat(http.get("/api/openapi.yaml?utm_source=x").status()).isEqualTo(400);
    }

    @Test
    void everyDescribedPathIsAnswered() throws Exception {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(http.get("/api/openapi.yaml").raw().body()).get("paths");
        List<String> templated = new ArrayList<>();
        for (String path : (Iterable<String>) paths::fieldNames) {
            assertThat(paths.get(path).has("get")).as(path).isTrue();
            if (path.contains("{")) {
                templated.add(path);
                String id = SEED_IDS.get(path);
                assertThat(id).as("a seed id for " + path).isNotNull();
                assertThat(http.get(path.replaceAll("\\{[^}]+}", TestHttp.enc(id))).status()).as(path).isEqualTo(200);
            } else {
                // A required parameter left out is a 400; a path the server does not know would be 404 or 405.
                assertThat(http.get(path).status()).as(path).isNotIn(404, 405);
                assertThat(http.raw("HEAD", path, "").status()).as("HEAD " + path).isNotIn(404, 405);
            }
        }
        assertThat(templated).containsExactlyInAnyOrderElementsOf(SEED_IDS.keySet());
    }
}
