package id.kabar.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.ClaimGroup;
import id.kabar.model.ClaimGroupKind;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Event;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.MemberRef;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Qualifier;
import id.kabar.model.Quote;
import id.kabar.model.QuoteGroup;
import id.kabar.model.QuoteKind;
import id.kabar.model.Span;
import id.kabar.model.Story;
import id.kabar.model.TimeMention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The five seed pages as fully annotated articles, built from their hand annotation
 * ({@code seeds/gold.json}, spans found in the body), with the gold events and story as the linked
 * corpus. Lets the store, API and pages be tested on real Indonesian news with every kind of fact.
 */
public final class SeedCorpus {
    private final List<AnnotatedArticle> articles = new ArrayList<>();
    private final LinkedCorpus corpus;

    private SeedCorpus() {
        JsonNode gold = readGold();
        Map<String, ArticleLinks> links = new LinkedHashMap<>();
        Map<String, List<String>> eventArticles = new LinkedHashMap<>();
        Map<String, LocalDate> eventDays = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = gold.get("articles").properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            AnnotatedArticle a = article(e.getKey(), e.getValue());
            articles.add(a);
            String event = e.getValue().get("event").asText();
            links.put(a.id(), new ArticleLinks(null, event, e.getValue().get("story").asText()));
            eventArticles.computeIfAbsent(event, k -> new ArrayList<>()).add(a.id());
            eventDays.merge(event, a.article().published(), (x, y) -> x.isBefore(y) ? x : y);
        }
        List<Event> events = new ArrayList<>();
        eventArticles.forEach((id, ids) -> events.add(new Event(id, eventDays.get(id),
                title(ids.get(0)), ids)));
        List<QuoteGroup> quoteGroups = new ArrayList<>();
        for (JsonNode g : gold.get("quote_groups")) {
            quoteGroups.add(new QuoteGroup(g.get("speaker").asText(), members(g)));
        }
        List<ClaimGroup> claimGroups = new ArrayList<>();
        for (JsonNode g : gold.get("claim_groups")) {
            claimGroups.add(new ClaimGroup(ClaimCategory.valueOf(g.get("category").asText().toUpperCase(Locale.ROOT)),
                    "orang", ClaimGroupKind.valueOf(g.get("kind").asText().toUpperCase(Locale.ROOT)), members(g)));
        }
        Story story = new Story("S1", "Perundingan Rusia-Ukraina",
                articles.stream().map(AnnotatedArticle::id).toList(), events, quoteGroups, claimGroups);
        corpus = new LinkedCorpus(links, List.of(story));
    }

    public static SeedCorpus load() {
        return new SeedCorpus();
    }

    public List<AnnotatedArticle> articles() {
        return articles;
    }

    public LinkedCorpus corpus() {
        return corpus;
    }

    /** Puts the seeds into a store and commits them with their corpus. */
    public void storeInto(Store store) {
        for (AnnotatedArticle a : articles) {
            store.put(a, a.article().body().hashCode());
        }
        store.commit(new byte[0], corpus);
    }

    private String title(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().article().title();
    }

    private static List<MemberRef> members(JsonNode group) {
        List<MemberRef> out = new ArrayList<>();
        for (JsonNode m : group.get("members")) {
            out.add(new MemberRef(m.get(0).asText(), m.get(1).asInt()));
        }
        return out;
    }

    private static AnnotatedArticle article(String id, JsonNode g) {
        String body = g.get("body").asText();
        List<String> authors = new ArrayList<>();
        g.get("authors").forEach(n -> authors.add(n.asText()));
        Article article = new Article(id, null, "id", g.get("outlet").get(0).asText(), text(g, "title"),
                LocalDate.parse(g.get("published").asText()), PublishedBasis.STATED, authors, null, body);
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : g.get("entities")) {
            List<String> forms = new ArrayList<>();
            forms.add(e.get("name").asText());
            e.get("aliases").forEach(n -> forms.add(n.asText()));
            List<String> seen = new ArrayList<>();
            List<Span> spans = new ArrayList<>();
            for (String form : forms) {
                for (int at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + form.length())) {
                    int from = at;
                    if (spans.stream().noneMatch(s -> s.start() <= from && s.end() > from)) {
                        spans.add(new Span(at, at + form.length()));
                        if (!seen.contains(form)) {
                            seen.add(form);
                        }
                    }
                }
            }
            if (!spans.isEmpty()) {
                entities.add(new Entity(e.get("name").asText(), EntityType.valueOf(e.get("type").asText()), seen,
                        List.of(), spans));
            }
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : g.get("quotes")) {
            String text = q.get("text").asText();
            int at = Math.max(0, body.indexOf(text));
            String speaker = text(q, "speaker");
            quotes.add(new Quote(text, QuoteKind.valueOf(q.get("kind").asText().toUpperCase(Locale.ROOT)), speaker,
                    speaker == null ? null : EntityType.PER, null, at, at + (body.contains(text) ? text.length() : 0)));
        }
        List<TimeMention> times = new ArrayList<>();
        for (JsonNode t : g.get("times")) {
            String text = t.get("text").asText();
            int at = body.indexOf(text);
            if (at >= 0) {
                times.add(new TimeMention(text, LocalDate.parse(t.get("value").asText()), at, at + text.length()));
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : g.get("claims")) {
            String text = c.get("text").asText();
            int at = Math.max(0, body.indexOf(text));
            claims.add(new Claim(text, ClaimCategory.valueOf(c.get("category").asText().toUpperCase(Locale.ROOT)),
                    c.get("value").asDouble(), Qualifier.valueOf(c.get("qualifier").asText().toUpperCase(Locale.ROOT)),
                    null, text(c, "subject"), text(c, "claimant"),
                    c.hasNonNull("as_of") ? LocalDate.parse(c.get("as_of").asText()) : null, at, at + text.length()));
        }
        return new AnnotatedArticle(article, new Annotations(entities, quotes, times, claims));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static JsonNode readGold() {
        try (InputStream in = SeedCorpus.class.getResourceAsStream("/seeds/gold.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the seed store to a folder, for looking at the pages by hand: {@code SeedCorpus DIR}. */
    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]))) {
            load().storeInto(store);
        }
    }
}
