package id.kabar.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import id.kabar.model.ClaimCategory;
import id.kabar.model.Event;
import id.kabar.model.MemberRef;
import id.kabar.model.Story;
import id.kabar.present.ContractWriter;
import id.kabar.present.Presenter;
import id.kabar.present.StorySummary;
import id.kabar.store.Page;
import id.kabar.store.SearchResult;
import id.kabar.store.Snippet;
import id.kabar.store.Store;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON API under {@code /api} (documented in {@code docs/openapi.yaml}). Articles, stories and
 * events are the contract's objects; lists are pages ({@code total}, {@code offset}, {@code limit},
 * {@code items}).
 */
final class ApiRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PAGING = Set.of("offset", "limit");
    private static final List<String> CATEGORIES = Arrays.stream(ClaimCategory.values()).map(ClaimCategory::wire).toList();

    private final Store store;

    ApiRoutes(Store store) {
        this.store = store;
    }

    void register(ReadRoutes routes) {
        routes.get("/api/articles", this::articles);
        // Article ids are paths or URLs: the rest of the path after /api/articles/ is the id.
        routes.get("/api/articles/<id>", this::article);
        routes.get("/api/stories", this::stories);
        routes.get("/api/stories/{id}", this::story);
        routes.get("/api/events/{id}", this::event);
        routes.get("/api/search", this::search);
        routes.get("/api/quotes", this::quotes);
        routes.get("/api/claims", this::claims);
    }

    private void articles(Context ctx) {
        Params p = Params.of(ctx, PAGING);
        int offset = p.offset();
        int limit = p.limit();
        Page<String> ids = store.articleIds(offset, limit);
        send(ctx, page(ids, id -> store.article(id).map(a -> articleSummary(a.article())).orElse(null)));
    }

    private ObjectNode articleSummary(Article a) {
        ArticleLinks links = store.links(a.id());
        return JSON.createObjectNode().put("id", a.id()).put("title", a.title()).put("outlet", a.outlet())
                .put("language", a.language())
                .put("published", a.published() == null ? null : a.published().toString())
                .put("event", links == null ? null : links.event())
                .put("story", links == null ? null : links.story());
    }

    private void article(Context ctx) {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        AnnotatedArticle a = store.article(id).orElseThrow(() -> RequestError.notFound("no article with id '" + id + "'"));
        send(ctx, ContractWriter.articleJson(a, store.links(id)));
    }

    private void stories(Context ctx) {
        Params p = Params.of(ctx, PAGING);
        int offset = p.offset();
        int limit = p.limit();
        List<StorySummary> all = Presenter.mostActive(store.corpus().stories(), Integer.MAX_VALUE);
        List<StorySummary> slice = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
        send(ctx, page(new Page<>(all.size(), offset, limit, slice), s -> JSON.createObjectNode()
                .put("id", s.id()).put("title", s.title()).put("articles", s.articles()).put("events", s.events())
                .put("first", s.first() == null ? null : s.first().toString())
                .put("last", s.last() == null ? null : s.last().toString())));
    }

    private void story(Context ctx) {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        send(ctx, ContractWriter.storyJson(store.story(id).orElseThrow(() -> RequestError.notFound("no story with id '" + id + "'"))));
    }

    private void event(Context ctx) {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        Event e = store.event(id).orElseThrow(() -> RequestError.notFound("no event with id '" + id + "'"));
        ObjectNode o = JSON.createObjectNode().put("id", e.id())
                .put("date", e.date() == null ? null : e.date().toString()).put("title", e.title())
                .put("story", store.storyOfEvent(id).map(Story::id).orElse(null));
        e.articles().forEach(o.putArray("articles")::add);
        send(ctx, o);
    }

    private void search(Context ctx) {
        SearchRequest r = SearchRequest.read(Params.of(ctx, SearchRequest.PARAMS), true);
        SearchResult found = store.search(r.query());
        ObjectNode o = JSON.createObjectNode().put("total", found.total()).put("offset", found.offset())
                .put("limit", found.limit());
        ArrayNode hits = o.putArray("items");
        for (SearchResult.Hit h : found.hits()) {
            ObjectNode n = hits.addObject().put("id", h.id()).put("title", h.title()).put("outlet", h.outlet())
                    .put("published", h.published() == null ? null : h.published().toString()).put("score", h.score());
            ArrayNode snippets = n.putArray("snippets");
            for (Snippet s : h.snippets()) {
                ArrayNode parts = snippets.addArray();
                s.parts().forEach(part -> parts.addObject().put("text", part.text()).put("match", part.match()));
            }
        }
        ObjectNode facets = o.putObject("facets");
        found.facets().forEach((dim, values) -> {
            ArrayNode arr = facets.putArray(dim);
            values.forEach(v -> arr.addObject().put("value", v.value()).put("count", v.count()));
        });
        send(ctx, o);
    }

    private void quotes(Context ctx) {
        Params p = Params.of(ctx, Set.of("speaker", "offset", "limit"));
        String speaker = p.text("speaker");
        int offset = p.offset();
        int limit = p.limit();
        p.checkWindow(offset, limit);
        send(ctx, page(store.quotes(speaker, offset, limit), ref -> member(ref, "quote")));
    }

    private void claims(Context ctx) {
        Params p = Params.of(ctx, Set.of("category", "story", "offset", "limit"));
        String category = p.oneOf("category", CATEGORIES);
        String storyId = p.text("story");
        int offset = p.offset();
        int limit = p.limit();
        p.checkWindow(offset, limit);
        Story story = storyId == null ? null
                : store.story(storyId).orElseThrow(() -> RequestError.notFound("no story with id '" + storyId + "'"));
        ClaimCategory c = category == null ? null : ClaimCategory.valueOf(category.toUpperCase(java.util.Locale.ROOT));
        send(ctx, page(store.claims(c, story, offset, limit), ref -> member(ref, "claim")));
    }

    /** A quote or claim with its article: the contract's object plus where it came from. */
    private ObjectNode member(MemberRef ref, String kind) {
        return store.article(ref.article()).map(a -> {
            ObjectNode contract = ContractWriter.articleJson(a, store.links(a.id()));
            ObjectNode o = JSON.createObjectNode().put("article", a.id()).put("index", ref.index())
                    .put("title", a.article().title()).put("outlet", a.article().outlet())
                    .put("published", a.article().published() == null ? null : a.article().published().toString())
                    .put("story", contract.path("story").asText(null));
            o.set(kind, contract.path(kind + "s").path(ref.index()));
            return o;
        }).orElse(null);
    }

    private static <T> ObjectNode page(Page<T> page, Function<T, ObjectNode> item) {
        ObjectNode o = JSON.createObjectNode().put("total", page.total()).put("offset", page.offset())
                .put("limit", page.limit());
        ArrayNode items = o.putArray("items");
        for (T t : page.items()) {
            ObjectNode n = item.apply(t);
            if (n != null) {
                items.add(n);
            }
        }
        return o;
    }

    static void send(Context ctx, Object body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
