package id.kabar.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IndoSum articles kept as test fixtures (JSONL lines of id, title, published, body and, where it matters,
 * outlet). The default sample is eight articles: three same-news pairs from different writers (Go-Pay
 * bills, Halimah Yacob's inauguration, the new PSSI secretary general) and two unrelated ones. Crude
 * entities are stand-ins for the annotator's: runs of capitalised words inside sentences.
 */
final class IndoSumSample {
    private static final Pattern NAME = Pattern.compile("(?<=[a-z,] )(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)*)");

    /**
     * The default sample with crude entities and outlets left unknown, as on pages that do not name theirs:
     * the tests using it are about words and names.
     */
    static List<AnnotatedArticle> articles() {
        return read("/link/indosum-sample.jsonl").stream()
                .map(a -> crude(new Article(a.id(), a.url(), a.language(), null, a.title(), a.published(),
                        a.publishedBasis(), a.authors(), a.dateline(), a.body())))
                .toList();
    }

    /** The articles of a fixture file, in file order, with the stated day as published. */
    static List<Article> read(String resource) {
        List<Article> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                IndoSumSample.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode n = json.readTree(line);
                out.add(new Article(n.get("id").asText(), null, "id", n.hasNonNull("outlet") ? n.get("outlet").asText() : null,
                        n.get("title").asText(), LocalDate.parse(n.get("published").asText()), PublishedBasis.STATED,
                        List.of(), null, n.get("body").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static AnnotatedArticle article(String id, String title, LocalDate published, String body) {
        return crude(new Article(id, null, "id", null, title, published,
                published == null ? null : PublishedBasis.STATED, List.of(), null, body));
    }

    /** The article with crude entities instead of the annotator's. */
    static AnnotatedArticle crude(Article article) {
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Matcher m = NAME.matcher(article.body());
        while (m.find()) {
            spans.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(new Span(m.start(1), m.end(1)));
        }
        List<Entity> entities = new ArrayList<>();
        spans.forEach((name, s) -> entities.add(new Entity(name, EntityType.ORG, List.of(name), List.of(), s)));
        return new AnnotatedArticle(article, new Annotations(entities, List.of(), List.of(), List.of()));
    }

    static AnnotatedArticle byWord(List<AnnotatedArticle> articles, String word) {
        return articles.stream().filter(a -> a.id().contains(word)).findFirst().orElseThrow();
    }
}
