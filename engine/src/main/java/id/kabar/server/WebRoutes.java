package id.kabar.server;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.MemberRef;
import id.kabar.model.Quote;
import id.kabar.model.Story;
import id.kabar.present.ArticleRow;
import id.kabar.present.ChartData;
import id.kabar.present.DirectoryView;
import id.kabar.present.NameEntry;
import id.kabar.present.StoryCard;
import id.kabar.present.StorySummary;
import id.kabar.present.Download;
import id.kabar.present.FigureFilter;
import id.kabar.present.FigureGroup;
import id.kabar.present.FiguresView;
import id.kabar.present.Messages;
import id.kabar.present.Pages;
import id.kabar.present.PersonView;
import id.kabar.present.QuotesView;
import id.kabar.present.StoryView;
import id.kabar.present.Presenter;
import id.kabar.present.SearchView;
import id.kabar.store.Page;
import id.kabar.store.Position;
import id.kabar.store.SearchResult;
import id.kabar.store.Slice;
import id.kabar.store.Store;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The server-rendered pages: front, story, article, search, person, people. Ids travel as query parameters. */
final class WebRoutes {
    /** Story cards a front page shows: each card asks the index for its outlets, so a page stays a few dozen queries. */
    private static final int FRONT_STORIES = 30;
    private static final int PERSON_ARTICLES = 30;
    /** Parts an article may have: its longest body ({@code Annotator.MAX_BODY_CHARS}) cut by {@code ArticleView.PART_CHARS}, with room for paragraphs that overrun a part. */
    private static final int MAX_ARTICLE_PARTS = 100;
    /**
     * Versions of one statement a quotes page shows: a statement widely syndicated can run in dozens of
     * articles, and a dozen versions show its wordings while bounding the articles a page reads.
     */
    private static final int MAX_VERSIONS = 12;

    private final Store store;
    private final Presenter presenter;
    private final Pages pages;
    private final CorpusViews views;
    private final SpeakerAliases aliases;
    private final QuoteSearch quoteSearch;
    private final StoryCards cards;
    private final NameDirectory names;

    WebRoutes(Store store, Pages pages, CorpusViews views, NameDirectory names) {
        this.store = store;
        this.pages = pages;
        this.views = views;
        this.presenter = views.presenter();
        this.aliases = new SpeakerAliases(store, names);
        this.quoteSearch = new QuoteSearch(store);
        this.cards = new StoryCards(store);
        this.names = names;
    }

    void register(ReadRoutes routes) {
        routes.get("/", this::front);
        routes.get("/story", this::story);
        routes.get("/event", this::event);
        routes.get("/article", this::article);
        routes.get("/search", this::search);
        routes.get("/person", this::person);
        routes.get("/figures", this::figures);
        routes.get("/quotes", this::quotes);
        routes.get("/people", this::people);
        StaticAssets.register(routes);
    }

    /** The request's parameters (plus {@code lang}), its language and its links. */
    private record Request(Params params, Messages m, WebLinks links) {
    }

    private static Request request(Context ctx, Set<String> allowed) {
        Set<String> all = new HashSet<>(allowed);
        all.add("lang");
        Params p = Params.ofPage(ctx, all);
        String lang = p.oneOf("lang", Messages.LANGUAGES);
        Messages m = Messages.of(lang);
        return new Request(p, m, new WebLinks(m.language(), ctx.path(), p.firstValues()));
    }

    /** The interface language of an error page: the request's {@code lang} when it is one, else the default. */
    static Messages language(Context ctx) {
        return Messages.of(Params.valueOrNull(ctx, "lang"));
    }

    static WebLinks links(Context ctx) {
        Messages m = language(ctx);
        return new WebLinks(m.language(), "/", Map.of());
    }

    private void front(Context ctx) {
        Request r = request(ctx, Set.of("offset"));
        int offset = r.params().offset();
        List<StorySummary> all = views.mostActive();
        List<StoryCard> page = new ArrayList<>();
        for (StorySummary s : all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + FRONT_STORIES))) {
            store.story(s.id()).ifPresent(story -> page.add(cards.card(story)));
        }
        WebLinks links = r.links();
        String previous = offset == 0 ? null : links.page("/", with(Map.of(), "offset", Math.max(0, offset - FRONT_STORIES)));
        String next = offset + FRONT_STORIES < Math.min(all.size(), Params.MAX_WINDOW)
                ? links.page("/", with(Map.of(), "offset", offset + FRONT_STORIES)) : null;
        ctx.html(pages.front(r.m(), links, page, all.size(), !store.corpusIsCurrent(), previous, next,
                downloads("/api/stories", Map.of())));
    }

    private void story(Context ctx) {
        Request r = request(ctx, Set.of("id", "part"));
        String id = r.params().requiredId("id");
        r.params().integer("part", 1, 1, MAX_ARTICLE_PARTS);
        Story s = store.story(id).orElseThrow(() -> RequestError.notFound("no story with id '" + id + "'"));
        StoryCard card = cards.card(s);
        ctx.html(pages.story(r.m(), r.links(), presenter.story(s), card, cards.notCovering(card)));
    }

    /** An event is shown in its story's timeline: its address is its entry there. */
    private void event(Context ctx) {
        Request r = request(ctx, Set.of("id", "part"));
        String id = r.params().requiredId("id");
        r.params().integer("part", 1, 1, MAX_ARTICLE_PARTS);
        Story s = store.storyOfEvent(id).orElseThrow(() -> RequestError.notFound("no event with id '" + id + "'"));
        ctx.redirect(r.links().story(s.id()) + "#" + URLEncoder.encode(ChartData.anchor(id), StandardCharsets.UTF_8));
    }

    private void article(Context ctx) {
        Request r = request(ctx, Set.of("id", "part"));
        String id = r.params().requiredId("id");
        int part = r.params().integer("part", 1, 1, MAX_ARTICLE_PARTS);
        AnnotatedArticle a = store.article(id).orElseThrow(() -> RequestError.notFound("no article with id '" + id + "'"));
        ArticleLinks links = store.links(id);
        Story s = links == null ? null : store.story(links.story()).orElse(null);
        ctx.html(pages.article(r.m(), r.links(), presenter.article(a, s, r.m(), part)));
    }

    private void search(Context ctx) {
        Request r = request(ctx, SearchRequest.PARAMS);
        String problem = SearchRequest.dateProblem(r.params(), r.m());
        SearchRequest q = problem == null ? SearchRequest.read(r.params(), false) : SearchRequest.withoutDates(r.params());
        WebLinks links = r.links();
        List<SearchView.ActiveFilter> active = new ArrayList<>();
        for (String f : SearchRequest.FILTERS) {
            if (q.filter(f) != null) {
                active.add(new SearchView.ActiveFilter(f, q.filter(f), links.page("/search", q.with(f, null, 0))));
            }
        }
        if (q.text() == null || problem != null) {
            ctx.status(problem == null ? 200 : 400);
            ctx.html(pages.search(r.m(), links, new SearchView(q.text(), date(q.from()), date(q.to()), active, null,
                    List.of(), null, List.of(), null, null, problem), List.of()));
            return;
        }
        SearchResult found = store.search(q.query());
        List<SearchView.FacetGroup> facets = new ArrayList<>();
        for (String dim : SearchRequest.FILTERS) {
            List<SearchResult.FacetCount> counts = found.facets().getOrDefault(dim, List.of());
            facets.add(new SearchView.FacetGroup(dim, counts.stream().map(c -> {
                boolean on = c.value().equals(q.filter(dim));
                return new SearchView.FacetLink(c.value(), c.count(), links.page("/search", q.with(dim, on ? null : c.value(), 0)), on);
            }).toList()));
        }
        // the days are chosen on the chart: its address is the search's without them
        Map<String, String> undated = q.with(null, null, 0);
        undated.put("from", null);
        undated.put("to", null);
        String chart = ChartData.days(found.days(), links.page("/search", undated), r.m());
        String previous = q.offset() == 0 ? null
                : links.page("/search", q.with(null, null, Math.max(0, q.offset() - q.limit())));
        String next = q.offset() + q.limit() < Math.min(found.total(), Params.MAX_WINDOW)
                ? links.page("/search", q.with(null, null, q.offset() + q.limit())) : null;
        ctx.html(pages.search(r.m(), links, new SearchView(q.text(), date(q.from()), date(q.to()), active, found,
                facets, chart, storiesOf(found), previous, next, null), downloads("/api/search", q.with(null, null, 0))));
    }

    /** The stories of a page of hits, in the order of their first hit. */
    private List<StoryCard> storiesOf(SearchResult found) {
        Set<String> seen = new LinkedHashSet<>();
        for (SearchResult.Hit h : found.hits()) {
            ArticleLinks l = store.links(h.id());
            if (l != null) {
                seen.add(l.story());
            }
        }
        List<StoryCard> stories = new ArrayList<>();
        seen.forEach(id -> store.story(id).ifPresent(s -> stories.add(cards.card(s))));
        return stories;
    }

    /** Links that download the whole list a page shows from the API, with the page's filters but not its paging. */
    private static List<Download> downloads(String api, Map<String, String> filters) {
        Map<String, String> whole = new LinkedHashMap<>(filters);
        whole.remove("offset");
        whole.remove("limit");
        List<Download> all = new ArrayList<>();
        for (ListFormat f : List.of(ListFormat.CSV, ListFormat.JSONL)) {
            whole.put("format", f.wire());
            all.add(new Download(f.wire(), WebLinks.url(api, whole)));
        }
        return all;
    }

    /** A list page's request: the parameters of its filters and those of its paging. */
    private Request listRequest(Context ctx, Set<String> filters, String... paging) {
        Set<String> params = new HashSet<>(filters);
        params.addAll(List.of(paging));
        return request(ctx, params);
    }

    private void figures(Context ctx) {
        Request r = listRequest(ctx, FigureRequest.PARAMS, "offset", "limit");
        Params p = r.params();
        String problem = SearchRequest.dateProblem(p, r.m());
        FigureFilter filter = FigureRequest.read(p, store, problem == null);
        int offset = p.offset();
        int limit = p.limit();
        p.checkWindow(offset, limit);
        List<FigureGroup> all = views.figures().matching(filter);
        List<FigureGroup> page = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : List.of("flag", "category", "outlet", "entity", "from", "to", "story")) {
            form.put(name, p.firstValues().get(name));
        }
        if (problem != null) {
            form.put("from", null);
            form.put("to", null);
        }
        WebLinks links = r.links();
        String previous = offset == 0 ? null : links.page("/figures", with(form, "offset", Math.max(0, offset - limit)));
        String next = offset + limit < Math.min(all.size(), Params.MAX_WINDOW)
                ? links.page("/figures", with(form, "offset", offset + limit)) : null;
        ctx.status(problem == null ? 200 : 400);
        ctx.html(pages.figures(r.m(), links, new FiguresView(form, FigureRequest.FLAGS, FigureRequest.CATEGORIES,
                all.size(), page, problem, previous, next), downloads("/api/claims", form)));
    }

    private void quotes(Context ctx) {
        Request r = listRequest(ctx, QuoteRequest.PARAMS, "cursor", "limit");
        Params p = r.params();
        String problem = SearchRequest.dateProblem(p, r.m());
        QuoteRequest q = QuoteRequest.read(p, aliases, problem == null);
        Position after = p.cursor("cursor");
        int limit = p.limit();
        Slice<MemberRef> found = quoteSearch.find(q, 0, after, limit);
        Map<String, AnnotatedArticle> articles = new HashMap<>();
        Set<String> shownGroups = new HashSet<>();
        List<QuotesView.Item> items = new ArrayList<>();
        Map<MemberRef, CorpusViews.QuoteGroupRef> groups = views.quoteGroups();
        for (MemberRef ref : found.items()) {
            AnnotatedArticle a = articles.computeIfAbsent(ref.article(), id -> store.article(id).orElse(null));
            if (a == null || ref.index() >= a.annotations().quotes().size()) {
                continue;
            }
            CorpusViews.QuoteGroupRef g = groups.get(ref);
            if (g != null && !shownGroups.add(g.id())) {
                continue; // the statement is on the page already, with this version among its others
            }
            StoryView.QuoteGroupView group = g == null ? null : versions(g, articles);
            ArticleLinks l = store.links(a.id());
            items.add(new QuotesView.Item(presenter.row(a), a.annotations().quotes().get(ref.index()), ref.index(),
                    l == null ? null : l.story(), group));
        }
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : List.of("q", "speaker", "outlet", "from", "to")) {
            form.put(name, p.firstValues().get(name));
        }
        if (problem != null) {
            form.put("from", null);
            form.put("to", null);
        }
        WebLinks links = r.links();
        String first = after == null ? null : links.page("/quotes", form);
        Map<String, String> nextParams = new LinkedHashMap<>(form);
        nextParams.put("cursor", Cursor.encode(found.next()));
        String next = found.next() == null ? null : links.page("/quotes", nextParams);
        List<String> alsoAs = q.speakers() == null ? List.of()
                : q.speakers().stream().filter(n -> !n.equals(q.speaker())).sorted().toList();
        ctx.status(problem == null ? 200 : 400);
        ctx.html(pages.quotes(r.m(), links, new QuotesView(form, alsoAs, items, problem, first, next),
                downloads("/api/quotes", form)));
    }

    /** Every article's version of a grouped statement, reading at most {@link #MAX_VERSIONS} of its articles. */
    private StoryView.QuoteGroupView versions(CorpusViews.QuoteGroupRef g, Map<String, AnnotatedArticle> articles) {
        List<MemberRef> members = g.group().members();
        for (MemberRef m : members.subList(0, Math.min(members.size(), MAX_VERSIONS))) {
            articles.computeIfAbsent(m.article(), id -> store.article(id).orElse(null));
        }
        return presenter.quoteGroup(g.group(), articles).orElse(null);
    }

    private static String date(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }

    /**
     * The names the store knows a person by: the directory's entry for the name as typed (with the other names it
     * is written by), else the entry of the first of its other spellings that articles quote or name
     * ({@code setya novanto}, {@code Setnov}: see {@link SpeakerAliases}); the name as typed when none is known.
     */
    private List<String> personNamed(String typed) {
        NameEntry entry = names.entryOf(NameDirectory.PERSON, typed);
        if (entry != null) {
            return entry.names();
        }
        Set<String> spellings = aliases.names(typed);
        for (String alias : spellings) {
            entry = names.entryOf(NameDirectory.PERSON, alias);
            if (entry != null) {
                return entry.names();
            }
        }
        // a speaker no article names as a person (a role, an organisation) is still quoted under a spelling
        return List.of(spellings.stream().filter(n -> store.quotes(n, 0, 1).total() > 0).findFirst().orElse(typed));
    }

    private void person(Context ctx) {
        Request r = request(ctx, Set.of("name", "offset", "limit"));
        List<String> known = personNamed(r.params().requiredText("name"));
        String name = known.get(0);
        int offset = r.params().offset();
        int limit = r.params().limit();
        r.params().checkWindow(offset, limit);
        Slice<MemberRef> said = store.quotes(known, offset, null, limit);
        List<PersonView.QuoteRow> quotes = new ArrayList<>();
        for (MemberRef ref : said.items()) {
            store.article(ref.article()).ifPresent(a -> {
                List<Quote> qs = a.annotations().quotes();
                if (ref.index() < qs.size()) {
                    ArticleLinks l = store.links(a.id());
                    quotes.add(new PersonView.QuoteRow(presenter.row(a), l == null ? null : l.story(), qs.get(ref.index())));
                }
            });
        }
        List<ArticleRow> naming = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (String spelling : known) {
            for (String id : store.articlesNaming(spelling, 0, PERSON_ARTICLES).items()) {
                if (naming.size() < PERSON_ARTICLES && listed.add(id)) {
                    store.article(id).ifPresent(a -> naming.add(presenter.row(a)));
                }
            }
        }
        if (said.total() == 0 && naming.isEmpty()) {
            throw RequestError.notFound("nothing said by or about '" + name + "'");
        }
        WebLinks links = r.links();
        Map<String, String> base = new LinkedHashMap<>();
        base.put("name", name);
        String previous = offset == 0 ? null : links.page("/person", with(base, "offset", Math.max(0, offset - limit)));
        String next = offset + limit < said.total() ? links.page("/person", with(base, "offset", offset + limit)) : null;
        ctx.html(pages.person(r.m(), links, new PersonView(name, said.total(), offset, limit, quotes, naming),
                previous, next, said.total() == 0 ? List.of() : downloads("/api/quotes", Map.of("speaker", name))));
    }

    /** The directory of people and organisations, by prefix and type, most named first or by name. */
    private void people(Context ctx) {
        Request r = listRequest(ctx, NameRequest.PARAMS, "offset", "limit");
        Params p = r.params();
        NameRequest q = NameRequest.read(p);
        int offset = p.offset();
        int limit = p.limit();
        p.checkWindow(offset, limit);
        List<NameEntry> all = names.find(q.type(), q.prefix(), q.sort());
        Map<String, String> form = q.form();
        WebLinks links = r.links();
        String previous = offset == 0 ? null : links.page("/people", with(form, "offset", Math.max(0, offset - limit)));
        String next = offset + limit < Math.min(all.size(), Params.MAX_WINDOW)
                ? links.page("/people", with(form, "offset", offset + limit)) : null;
        Map<String, String> shown = new LinkedHashMap<>(form);
        shown.putIfAbsent("sort", NameDirectory.BY_ARTICLES);
        ctx.html(pages.people(r.m(), links, new DirectoryView(shown, NameDirectory.TYPES, NameDirectory.SORTS, all.size(),
                all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)), previous, next),
                downloads("/api/people", form)));
    }

    private static Map<String, String> with(Map<String, String> base, String key, int value) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.put(key, value == 0 ? null : Integer.toString(value));
        return m;
    }
}
