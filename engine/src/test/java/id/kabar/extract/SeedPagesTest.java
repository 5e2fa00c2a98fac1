package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.model.Article;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five scraped seed pages against their hand annotation (copied under test resources). */
class SeedPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String resource(String name) throws IOException {
        try (InputStream in = SeedPagesTest.class.getResourceAsStream("/extract/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_86f43b5cfb7fa804.txt", "001_bb5c99d770ea7f4d.txt", "002_b460263d79ef5caa.txt",
            "003_55d644978c1cee49.txt", "004_7ddc2eaf4f871cd2.txt"})
    void extractsTheAnnotatedArticle(String id) throws Exception {
        JsonNode gold = JSON.readTree(resource("expected.json")).get(id);
        Article article = extractor.extract(new SourceDocument(id, SourceFormat.TEXT, resource(id), null, null));

        assertThat(article.body()).isEqualTo(gold.get("body").asText());
        assertThat(article.title()).isEqualTo(gold.get("title").isNull() ? null : gold.get("title").asText());
        List<String> outlets = new ArrayList<>();
        gold.get("outlet").forEach(o -> outlets.add(o.asText()));
        assertThat(article.outlet()).isEqualTo(outlets.get(0));
        List<String> authors = new ArrayList<>();
        gold.get("authors").forEach(a -> authors.add(a.asText()));
        assertThat(article.authors()).isEqualTo(authors);
        assertThat(article.language()).isEqualTo("id");
        assertThat(article.published()).as("no seed states its date in a dateline or metadata").isNull();
    }
}
