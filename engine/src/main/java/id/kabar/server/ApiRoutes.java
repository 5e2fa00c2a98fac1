package id.kabar.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kabar.lang.ResourceText;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import id.kabar.model.Claim;
import id.kabar.model.Event;
import id.kabar.model.MemberRef;
import id.kabar.model.Quote;
import id.kabar.model.Story;
import id.kabar.present.ArticleRow;
import id.kabar.present.ContractWriter;
import id.kabar.present.FigureGroup;
import id.kabar.present.NameEntry;
import id.kabar.present.StoryCard;
import id.kabar.present.StorySummary;
import id.kabar.present.StoryView;
import id.kabar.store.Page;
import id.kabar.store.Slice;
import id.kabar.store.SearchResult;
import id.kabar.store.Snippet;
import id.kabar.store.Store;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The JSON API under {@code /api} (described in {@code docs/openapi.yaml}, which it serves at {@code /api/openapi.yaml}). Articles, stories and
 * events are the contract's objects; lists are pages ({@code total}, {@code offset}, {@code limit},
 * {@code items}).
 */
final class ApiRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** This API's OpenAPI description, copied from {@code docs/openapi.yaml} into the jar by the build. */
    private static final String DESCRIPTION = ResourceText.read(ApiRoutes.class, "openapi.yaml");
    private static final Set<String> SEARCH_PARAMS = union(SearchRequest.PARAMS, Listing.PARAMS);
    /** The columns of each list's rows, in CSV and JSON Lines alike. */
    static final List<String> ARTICLE_COLUMNS = List.of("id", "title", "outlet", "language", "published", "event", "story");
    /** {@code outlets}: the outlets that ran the story with their articles, most first ({@code Kompas 3; Tempo 1}). */
    static final List<String> STORY_COLUMNS = List.of("id", "title", "articles", "events", "first", "last", "outlets",
            "disagreements", "updates");
    static final List<String> NAME_COLUMNS = List.of("name", "type", "articles", "quoted_in", "also_as");
    static final List<String> HIT_COLUMNS = List.of("id", "title", "outlet", "published", "score");
    private static final List<String> SOURCE_COLUMNS = List.of("article", "index", "title", "outlet", "published", "story");
    static final List<String> QUOTE_COLUMNS = columns(SOURCE_COLUMNS, "speaker", "kind", "cue", "text", "start", "end",
            "group");
    /** A claim group's own columns, leading each of its figures' rows. */
    private static final List<String> GROUP_COLUMNS = List.of("group", "flag", "category", "subject", "story");
    static final List<String> CLAIM_COLUMNS = columns(GROUP_COLUMNS, "article", "index", "title", "outlet", "published",
            "value", "qualifier", "unit", "claimant", "as_of", "text", "start", "end");

    private final Store store;
    private final CorpusViews views;
    private final SpeakerAliases aliases;
    private final QuoteSearch quotes;
    private final StoryCards cards;
    private final NameDirectory names;

    private static List<String> columns(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return List.copyOf(all);
    }

    ApiRoutes(Store store, CorpusViews views, NameDirectory names) {
        this.store = store;
        this.views = views;
        this.aliases = new SpeakerAliases(store, names);
        this.quotes = new QuoteSearch(store);
        this.cards = new StoryCards(store);
        this.names = names;
    }

    void register(ReadRoutes routes) {
        routes.get("/api/articles", this::articles);
        // Article ids are paths or URLs: the rest of the path after /api/articles/ is the id.
        routes.get("/api/articles/<id>", this::article);
        routes.get("/api/stories", this::stories);
        routes.get("/api/stories/{id}", this::story);
        routes.get("/api/stories/{id}/outlets", this::storyOutlets);
        routes.get("/api/people", this::people);
        routes.get("/api/events/{id}", this::event);
        routes.get("/api/search", this::search);
        routes.get("/api/quotes", this::quotes);
        routes.get("/api/claims", this::claims);
        routes.get("/api/openapi.yaml", ApiRoutes::description);
    }

    private static void description(Context ctx) {
        Params.of(ctx, Set.of());
        ctx.contentType("application/yaml; charset=utf-8").result(DESCRIPTION);
    }

    private void articles(Context ctx) {
        Listing l = Listing.read(Params.of(ctx, Listing.PARAMS));
        if (l.export()) {
            ListExport.stream(ctx, "articles", l, ARTICLE_COLUMNS, after -> {
                Slice<String> ids = articleIds(l.after(after));
                return new Slice<>(ids.total(), ids.items().stream().map(this::articleRow).filter(Objects::nonNull).toList(),
                        ids.next());
            });
            return;
        }
        send(ctx, list(l, articleIds(l), id -> {
            Map<String, Object> row = articleRow(id);
            return row == null ? null : JSON.valueToTree(row);
        }));
    }

    private Slice<String> articleIds(Listing l) {
        int start = l.start();
        Page<String> ids = store.articleIds(start, l.limit());
        return new Slice<>(ids.total(), ids.items(), Listing.next(start, ids.items().size(), ids.total()));
    }

    /** An article as a list shows it (the contract's fields that fit one line), or null when it is gone. */
    private Map<String, Object> articleRow(String id) {
        return store.article(id).map(annotated -> {
            Article a = annotated.article();
            ArticleLinks links = store.links(a.id());
            return row(ARTICLE_COLUMNS, a.id(), a.title(), a.outlet(), a.language(), day(a.published()),
                    links == null ? null : links.event(), links == null ? null : links.story());
        }).orElse(null);
    }

    private void article(Context ctx) {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        AnnotatedArticle a = store.article(id).orElseThrow(() -> RequestError.notFound("no article with id '" + id + "'"));
        send(ctx, ContractWriter.articleJson(a, store.links(id)));
    }

    private void stories(Context ctx) {
        Listing l = Listing.read(Params.of(ctx, Listing.PARAMS));
        List<StorySummary> all = views.mostActive();
        if (l.export()) {
            ListExport.stream(ctx, "stories", l, STORY_COLUMNS, after -> rows(l.after(after).of(all), this::storyRow));
            return;
        }
        send(ctx, list(l, l.of(all), s -> {
            Optional<StoryCard> card = store.story(s.id()).map(cards::card);
            if (card.isEmpty()) {
                return null;
            }
            ObjectNode o = JSON.valueToTree(storyRow(s, card.get()));
            outlets(o.putArray("outlets"), card.get().outlets());
            return o;
        }));
    }

    /** A story's row; null when the store no longer holds it. */
    private Map<String, Object> storyRow(StorySummary s) {
        return store.story(s.id()).map(story -> storyRow(s, cards.card(story))).orElse(null);
    }

    private static Map<String, Object> storyRow(StorySummary s, StoryCard card) {
        String outlets = String.join("; ", card.outlets().stream().map(o -> o.value() + " " + o.count()).toList());
        return row(STORY_COLUMNS, s.id(), s.title(), s.articles(), s.events(), day(s.first()), day(s.last()), outlets,
                card.disagreements(), card.updates());
    }

    private static void outlets(ArrayNode into, List<SearchResult.FacetCount> outlets) {
        outlets.forEach(o -> into.addObject().put("outlet", o.value()).put("articles", o.count()));
    }

    /** The outlets that ran a story, with how many articles each, and the store's outlets that ran none (its blindspot). */
    private void storyOutlets(Context ctx) {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        Story s = store.story(id).orElseThrow(() -> RequestError.notFound("no story with id '" + id + "'"));
        StoryCard card = cards.card(s);
        ObjectNode o = JSON.createObjectNode().put("story", s.id());
        outlets(o.putArray("covered"), card.outlets());
        cards.notCovering(card).forEach(o.putArray("not_covered")::add);
        send(ctx, o);
    }

    /** People and organisations the articles name, with their counts: the directory of {@code /people}. */
    private void people(Context ctx) {
        Params p = Params.of(ctx, union(Listing.PARAMS, NameRequest.PARAMS));
        Listing l = Listing.read(p);
        NameRequest r = NameRequest.read(p);
        List<NameEntry> all = names.find(r.type(), r.prefix(), r.sort());
        if (l.export()) {
            ListExport.stream(ctx, "people", l, NAME_COLUMNS, after -> rows(l.after(after).of(all), ApiRoutes::nameRow));
            return;
        }
        send(ctx, list(l, l.of(all), e -> JSON.valueToTree(nameRow(e))));
    }

    private static Map<String, Object> nameRow(NameEntry e) {
        return row(NAME_COLUMNS, e.name(), e.type(), e.articles(), e.quotedIn(), e.alsoAs());
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
        Params p = Params.of(ctx, SEARCH_PARAMS);
        Listing l = Listing.read(p);
        SearchRequest r = SearchRequest.read(p, true);
        if (l.export()) {
            ListExport.stream(ctx, "search", l, HIT_COLUMNS, after -> rows(store.searchHits(r.query(), after, l.limit()),
                    h -> row(HIT_COLUMNS, h.id(), h.title(), h.outlet(), day(h.published()), h.score())));
            return;
        }
        SearchResult found = store.search(r.query(), l.after());
        ObjectNode o = JSON.createObjectNode().put("total", found.total()).put("offset", found.offset())
                .put("limit", found.limit()).put("next_cursor", Cursor.encode(found.next()));
        ArrayNode hits = o.putArray("items");
        for (SearchResult.Hit h : found.hits()) {
            ObjectNode n = hits.addObject().put("id", h.id()).put("title", h.title()).put("outlet", h.outlet())
                    .put("published", day(h.published())).put("score", h.score());
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
        ArrayNode days = o.putArray("days");
        found.days().forEach(d -> days.addObject().put("day", day(d.day())).put("outlet", d.outlet()).put("count", d.count()));
        send(ctx, o);
    }

    /** Quotes in store order: by speaker under any of their names, and within what was said, outlet and days. */
    private void quotes(Context ctx) {
        Params p = Params.of(ctx, union(Listing.PARAMS, QuoteRequest.PARAMS));
        Listing l = Listing.read(p);
        QuoteRequest r = QuoteRequest.read(p, aliases, true);
        if (r.readsArticles() && l.offset() > 0) {
            throw RequestError.badParameter("offset", "with q, outlet, from or to, quotes are paged by cursor");
        }
        if (l.export()) {
            ListExport.stream(ctx, "quotes", l, QUOTE_COLUMNS,
                    after -> memberRows(quotes.find(r, 0, after, l.limit()), this::quoteRow));
            return;
        }
        send(ctx, list(l, quotes.find(r, l.offset(), l.after(), l.limit()), ref -> {
            ObjectNode o = member(ref, "quote");
            CorpusViews.QuoteGroupRef group = views.quoteGroups().get(ref);
            return o == null ? null : o.put("group", group == null ? null : group.id());
        }));
    }

    /** Claim groups, newest first: the figures page's list. */
    private void claims(Context ctx) {
        Params p = Params.of(ctx, union(Listing.PARAMS, FigureRequest.PARAMS));
        Listing l = Listing.read(p);
        List<FigureGroup> groups = views.figures().matching(FigureRequest.read(p, store, true));
        if (l.export()) {
            ListExport.stream(ctx, "claims", l, CLAIM_COLUMNS, after -> {
                Slice<FigureGroup> slice = l.after(after).of(groups);
                List<Map<String, Object>> rows = new ArrayList<>();
                slice.items().forEach(g -> g.view().rows().forEach(r -> rows.add(claimRow(g, r))));
                return new Slice<>(slice.total(), rows, slice.next());
            });
            return;
        }
        send(ctx, list(l, l.of(groups), this::claimGroup));
    }

    private ObjectNode claimGroup(FigureGroup g) {
        StoryView.ClaimGroupView v = g.view();
        ObjectNode o = JSON.createObjectNode().put("id", g.id()).put("story", g.storyId()).put("story_title", g.storyTitle())
                .put("category", v.category()).put("subject", v.subject()).put("flag", v.kind().wire())
                .put("newest", day(g.newest()));
        ArrayNode members = o.putArray("members");
        for (StoryView.ClaimRow r : v.rows()) {
            Map<String, Object> row = claimRow(g, r);
            GROUP_COLUMNS.forEach(row::remove);
            members.add(JSON.valueToTree(row));
        }
        return o;
    }

    /** One figure of a group as an export row: the group's columns, then where the figure was read and what it is. */
    private static Map<String, Object> claimRow(FigureGroup g, StoryView.ClaimRow r) {
        StoryView.ClaimGroupView v = g.view();
        Claim c = r.claim();
        ArticleRow a = r.source();
        return row(CLAIM_COLUMNS, g.id(), v.kind().wire(), v.category(), v.subject(), g.storyId(), a.id(), r.index(),
                a.title(), a.outlet(), day(a.published()), c.value(), c.qualifier().wire(), c.unit(), c.claimant(),
                day(c.asOf()), c.text(), c.start(), c.end());
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

    /** A JSON page of a list: its total, where it starts, its items and the cursor that goes on after it. */
    private static <T> ObjectNode list(Listing l, Slice<T> slice, Function<T, JsonNode> item) {
        ObjectNode o = JSON.createObjectNode().put("total", slice.total() < 0 ? null : slice.total()).put("offset", l.offset())
                .put("limit", l.limit()).put("next_cursor", Cursor.encode(slice.next()));
        ArrayNode items = o.putArray("items");
        for (T t : slice.items()) {
            JsonNode n = item.apply(t);
            if (n != null) {
                items.add(n);
            }
        }
        return o;
    }

    /** The rows of a slice; an item gone from the store since the list was made (a null row) is left out. */
    private static <T> Slice<Map<String, Object>> rows(Slice<T> slice, Function<T, Map<String, Object>> row) {
        return new Slice<>(slice.total(), slice.items().stream().map(row).filter(Objects::nonNull).toList(), slice.next());
    }

    /**
     * Export rows of quotes or claims, each article read once per slice: members come in store order, so a
     * slice holds few articles.
     */
    private Slice<Map<String, Object>> memberRows(Slice<MemberRef> slice,
                                                  BiFunction<AnnotatedArticle, Integer, Map<String, Object>> row) {
        Map<String, Optional<AnnotatedArticle>> articles = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MemberRef ref : slice.items()) {
            articles.computeIfAbsent(ref.article(), store::article).map(a -> row.apply(a, ref.index()))
                    .ifPresent(rows::add);
        }
        return new Slice<>(slice.total(), rows, slice.next());
    }

    private Map<String, Object> quoteRow(AnnotatedArticle a, int index) {
        List<Quote> quotes = a.annotations().quotes();
        if (index >= quotes.size()) {
            return null;
        }
        Quote q = quotes.get(index);
        CorpusViews.QuoteGroupRef group = views.quoteGroups().get(new MemberRef(a.id(), index));
        return row(QUOTE_COLUMNS, concat(source(a, index), q.speaker(), q.kind().name().toLowerCase(Locale.ROOT), q.cue(),
                q.text(), q.start(), q.end(), group == null ? null : group.id()));
    }

    /** The leading cells of a quote's or claim's row: where it was read. */
    private Object[] source(AnnotatedArticle a, int index) {
        ArticleLinks links = store.links(a.id());
        return new Object[] {a.id(), index, a.article().title(), a.article().outlet(), day(a.article().published()),
                links == null ? null : links.story()};
    }

    private static Object[] concat(Object[] first, Object... rest) {
        Object[] all = Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    /** A row: the values in the order of the columns. */
    private static Map<String, Object> row(List<String> columns, Object... values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values[i]);
        }
        return row;
    }

    private static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    static void send(Context ctx, Object body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
