package id.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
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
 * The API's description, served at {@code /api/openapi.yaml}: it is the document in the source tree, every path it
 * describes is one the server answers (on the seeds), and the server's real answers match its schemas.
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

    /** The name the schema registry knows the description by (it is given the text, never fetches it). */
    private static final String DESCRIPTION_ID = "https://kabar.invalid/openapi.yaml";
    /** A real request for each described path, with the parameters that make it answer with items. */
    private static final Map<String, String> ASKED = Map.ofEntries(
            Map.entry("/api/articles", "/api/articles?limit=3"),
            Map.entry("/api/articles/{id}", "/api/articles/004_7ddc2eaf4f871cd2.txt"),
            Map.entry("/api/stories", "/api/stories"),
            Map.entry("/api/stories/{id}", "/api/stories/S1"),
            Map.entry("/api/stories/{id}/outlets", "/api/stories/S1/outlets"),
            Map.entry("/api/people", "/api/people?type=person"),
            Map.entry("/api/events/{id}", "/api/events/E1"),
            Map.entry("/api/search", "/api/search?q=Peskov"),
            Map.entry("/api/quotes", "/api/quotes?speaker=Peskov"),
            Map.entry("/api/claims", "/api/claims?flag=disagreement"));

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

    @Test
    void everyJsonAnswerMatchesItsDescribedSchema() throws Exception {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(SOURCE.toFile()).get("paths");
        String document = Files.readString(SOURCE, StandardCharsets.UTF_8);
        SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi30(),
                b -> b.schemas(Map.of(DESCRIPTION_ID, document)));
        List<String> checked = new ArrayList<>();
        for (String path : (Iterable<String>) paths::fieldNames) {
            if (!paths.get(path).path("get").path("responses").path("200").path("content").has("application/json")) {
                continue;
            }
            String asked = ASKED.get(path);
            assertThat(asked).as("a request for " + path).isNotNull();
            Answer answer = http.get(asked);
            assertThat(answer.status()).as(asked).isEqualTo(200);
            Schema schema = registry.getSchema(SchemaLocation.of(DESCRIPTION_ID
                    + "#/paths/" + pointer(path) + "/get/responses/200/content/application~1json/schema"));
            List<Error> errors = schema.validate(answer.body());
            assertThat(errors).as(asked + " against its schema").extracting(Error::toString).isEmpty();
            checked.add(path);
        }
        assertThat(checked).containsExactlyInAnyOrderElementsOf(ASKED.keySet());
    }

    /** A path as one token of a JSON pointer. */
    private static String pointer(String path) {
        return path.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }
}
