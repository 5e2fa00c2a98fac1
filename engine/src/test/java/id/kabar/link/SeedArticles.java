package id.kabar.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Qualifier;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import id.kabar.model.Span;
import id.kabar.model.TimeMention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The five seed articles, hand-annotated, as the annotators would hand them to linking. */
final class SeedArticles {
    final List<AnnotatedArticle> articles = new ArrayList<>();
    final Map<String, String> goldEvent = new HashMap<>();
    final Map<String, String> goldStory = new HashMap<>();
    final JsonNode root;

    SeedArticles() {
        try (InputStream in = SeedArticles.class.getResourceAsStream("/link/seeds.json")) {
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode a : root.get("articles")) {
            String id = a.get("id").asText();
            String body = a.get("body").asText();
            Article article = new Article(id, null, "id", a.get("outlet").asText(), text(a, "title"),
                    LocalDate.parse(a.get("published").asText()), PublishedBasis.STATED, List.of(), null, body);
            Map<String, EntityType> types = new HashMap<>();
            List<Entity> entities = new ArrayList<>();
            for (JsonNode e : a.get("entities")) {
                String name = e.get("name").asText();
                EntityType type = EntityType.valueOf(e.get("type").asText());
                types.put(name, type);
                List<String> mentions = new ArrayList<>(List.of(name));
                e.get("aliases").forEach(x -> mentions.add(x.asText()));
                entities.add(new Entity(name, type, mentions, List.of(), spans(body, mentions)));
            }
            List<Quote> quotes = new ArrayList<>();
            for (JsonNode q : a.get("quotes")) {
                String text = q.get("text").asText();
                String speaker = text(q, "speaker");
                int start = Math.max(0, body.indexOf(text));
                quotes.add(new Quote(text, QuoteKind.valueOf(q.get("kind").asText().toUpperCase(Locale.ROOT)), speaker,
                        speaker == null ? null : types.getOrDefault(speaker, EntityType.OTHER), null, start,
                        start + text.length()));
            }
            List<TimeMention> times = new ArrayList<>();
            for (JsonNode t : a.get("times")) {
                String text = t.get("text").asText();
                int start = Math.max(0, body.indexOf(text));
                times.add(new TimeMention(text, LocalDate.parse(t.get("value").asText()), start, start + text.length()));
            }
            List<Claim> claims = new ArrayList<>();
            for (JsonNode c : a.get("claims")) {
                String text = c.get("text").asText();
                int start = Math.max(0, body.indexOf(text));
                String asOf = text(c, "as_of");
                claims.add(new Claim(text, ClaimCategory.valueOf(c.get("category").asText().toUpperCase(Locale.ROOT)),
                        c.get("value").asDouble(), Qualifier.valueOf(c.get("qualifier").asText().toUpperCase(Locale.ROOT)),
                        null, text(c, "subject"), text(c, "claimant"), asOf == null ? null : LocalDate.parse(asOf),
                        start, start + text.length()));
            }
            articles.add(new AnnotatedArticle(article, new Annotations(entities, quotes, times, claims)));
            goldEvent.put(id, a.get("event").asText());
            goldStory.put(id, a.get("story").asText());
        }
    }

    AnnotatedArticle byPrefix(String prefix) {
        return articles.stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<Span> spans(String body, List<String> mentions) {
        List<Span> out = new ArrayList<>();
        for (String m : mentions) {
            for (int i = body.indexOf(m); i >= 0; i = body.indexOf(m, i + m.length())) {
                out.add(new Span(i, i + m.length()));
            }
        }
        return out;
    }
}
