package id.kabar.store;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.Claim;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.MemberRef;
import id.kabar.model.Quote;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexDeletionPolicy;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;

/**
 * The Lucene side of the store: one document per article (full text and facets) and one per quote
 * and per claim (so they can be listed by speaker or category without reading every article).
 * All documents of an article share its id term, so replacing an article is one atomic update.
 * Every commit carries the store's commit number, which is how the store finds the index state
 * that matches its manifest after a crash.
 */
final class StoreIndex implements Closeable {
    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String ORDER = "order";
    static final String INDEX = "index";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String DAY = "day";
    static final String CATEGORY = "category";
    static final String KIND_ARTICLE = "article";
    static final String KIND_QUOTE = "quote";
    static final String KIND_CLAIM = "claim";
    /** Facet dimensions, also the names of the exact-match filter fields. */
    static final String OUTLET = "outlet";
    static final String LANGUAGE = "language";
    static final String ENTITY = "entity";
    static final String SPEAKER = "speaker";
    static final String MONTH = "month";
    static final List<String> FACETS = List.of(OUTLET, LANGUAGE, ENTITY, SPEAKER, MONTH);
    /** The names of people and of organisations an article names: the directory's dimensions, not searched by. */
    static final String PERSON = "person";
    static final String ORGANISATION = "organisation";
    /** The dimensions counted over the whole store for its directories. */
    private static final List<String> DIRECTORY_DIMS = List.of(OUTLET, SPEAKER, PERSON, ORGANISATION);
    /** An article's outlet as one sorted value per document, read with its day to count hits per day and outlet. */
    private static final String OUTLET_OF_DAY = "outlet_day";
    /** Commit data naming the index's format ({@link StoreFormat#INDEX}). */
    private static final String FORMAT = "format";
    private static final String OUTLET_SHOWN = "outlet_shown";
    private static final String PUBLISHED = "published";
    private static final String SEQ = "seq";
    /** Bodies are stored with offsets in the postings so snippets need no re-analysis at query time. */
    private static final FieldType BODY_TYPE = bodyType();
    private static final int FACET_VALUES = 10;
    private static final int SNIPPETS = 2;
    /** Longer names and outlets are garbage, not facet values. */
    private static final int MAX_LABEL = 1000;
    private static final Set<String> HIT_FIELDS = Set.of(ARTICLE, TITLE, OUTLET_SHOWN, PUBLISHED);
    /** Hits by relevance, ties in store order: offset and cursor paging see one order. */
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(ORDER, SortField.Type.LONG));
    private static final Sort STORE_ORDER = new Sort(new SortField(ORDER, SortField.Type.LONG));

    /**
     * The time one search may take before it is refused. The bounded syntax keeps the costliest searches near
     * 0.2 s on 2,146 articles ({@link BoundedQueryParser}); one ten times slower is no search a reader waits for.
     */
    static final Duration SEARCH_BUDGET = Duration.ofSeconds(2);

    private final Directory directory;
    private final Analyzer analyzer = new IndonesianAnalyzer();
    private final FacetsConfig facets = new FacetsConfig();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean needsRebuild;
    private volatile FacetState facetState;
    private volatile StoreCounts storeCounts;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    /** Every value of each directory dimension over the whole store, in label order, for one reader. */
    private record StoreCounts(IndexReader reader, Map<String, List<SearchResult.FacetCount>> byDim) {
    }

    private StoreIndex(Path dir, long seq) throws IOException {
        directory = FSDirectory.open(dir);
        facets.setMultiValued(ENTITY, true);
        facets.setMultiValued(SPEAKER, true);
        facets.setMultiValued(PERSON, true);
        facets.setMultiValued(ORGANISATION, true);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setIndexDeletionPolicy(new KeepRecentCommits())
                .setRAMBufferSizeMB(64);
        IndexCommit match = DirectoryReader.indexExists(directory) ? commitWithSeq(seq) : null;
        if (match != null && format(match) < StoreFormat.INDEX) {
            match = null; // written before the fields this engine reads: rebuilt from the log
        }
        if (match != null) {
            config.setIndexCommit(match).setOpenMode(IndexWriterConfig.OpenMode.APPEND);
        } else {
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        }
        needsRebuild = match == null && seq > 0;
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
    }

    /** Opens the index as it was at store commit {@code seq}, rolling back anything committed after it. */
    static StoreIndex open(Path dir, long seq) throws IOException {
        return new StoreIndex(dir, seq);
    }

    /** True when no index commit matches the manifest (lost or damaged index): the store must re-add every article. */
    boolean needsRebuild() {
        return needsRebuild;
    }

    private IndexCommit commitWithSeq(long seq) throws IOException {
        IndexCommit found = null;
        for (IndexCommit c : DirectoryReader.listCommits(directory)) {
            if (Long.toString(seq).equals(c.getUserData().get(SEQ))) {
                found = c;
            }
        }
        return found;
    }

    private static int format(IndexCommit commit) throws IOException {
        String format = commit.getUserData().get(FORMAT);
        return format == null ? 1 : Integer.parseInt(format);
    }

    private static FieldType bodyType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    void clear() throws IOException {
        writer.deleteAll();
    }

    /** Replaces everything indexed for this article. {@code order} is its place in the store's list. */
    void put(AnnotatedArticle annotated, int order) throws IOException {
        Article a = annotated.article();
        List<Document> docs = new ArrayList<>();
        Document doc = new Document();
        doc.add(new StringField(KIND, KIND_ARTICLE, Field.Store.NO));
        doc.add(new StringField(ARTICLE, a.id(), Field.Store.YES));
        doc.add(new NumericDocValuesField(ORDER, order));
        if (a.title() != null) {
            doc.add(new TextField(TITLE, a.title(), Field.Store.YES));
        }
        doc.add(new Field(BODY, a.body(), BODY_TYPE));
        if (a.outlet() != null) {
            doc.add(new StoredField(OUTLET_SHOWN, a.outlet()));
        }
        if (a.published() != null) {
            doc.add(new StoredField(PUBLISHED, a.published().toString()));
        }
        facet(doc, OUTLET, a.outlet());
        String outlet = label(a.outlet());
        if (outlet != null) {
            doc.add(new SortedDocValuesField(OUTLET_OF_DAY, new BytesRef(outlet)));
        }
        facet(doc, LANGUAGE, a.language());
        if (a.published() != null) {
            doc.add(new LongPoint(DAY, a.published().toEpochDay()));
            doc.add(new NumericDocValuesField(DAY, a.published().toEpochDay()));
            doc.add(new SortedSetDocValuesFacetField(MONTH, a.published().toString().substring(0, 7)));
        }
        Set<String> entityNames = new LinkedHashSet<>();
        Set<String> people = new LinkedHashSet<>();
        Set<String> organisations = new LinkedHashSet<>();
        for (Entity e : annotated.annotations().entities()) {
            entityNames.add(e.name());
            if (e.type() == EntityType.PER) {
                people.add(e.name());
            } else if (e.type() == EntityType.ORG) {
                organisations.add(e.name());
            }
        }
        entityNames.forEach(name -> facet(doc, ENTITY, name));
        people.forEach(name -> facetOnly(doc, PERSON, name));
        organisations.forEach(name -> facetOnly(doc, ORGANISATION, name));
        Set<String> speakers = new LinkedHashSet<>();
        List<Quote> quotes = annotated.annotations().quotes();
        for (int i = 0; i < quotes.size(); i++) {
            String speaker = label(quotes.get(i).speaker());
            if (speaker != null) {
                speakers.add(speaker);
            }
            docs.add(member(KIND_QUOTE, a.id(), order, i, SPEAKER, speaker));
        }
        speakers.forEach(name -> facet(doc, SPEAKER, name));
        List<Claim> claims = annotated.annotations().claims();
        for (int i = 0; i < claims.size(); i++) {
            docs.add(member(KIND_CLAIM, a.id(), order, i, CATEGORY, claims.get(i).category().wire()));
        }
        docs.add(0, facets.build(doc));
        writer.updateDocuments(new Term(ARTICLE, a.id()), docs);
    }

    private static Document member(String kind, String article, int order, int index, String field, String value) {
        Document d = new Document();
        d.add(new StringField(KIND, kind, Field.Store.NO));
        d.add(new StringField(ARTICLE, article, Field.Store.YES));
        d.add(new StoredField(INDEX, index));
        d.add(new IntPoint(INDEX, index));
        // Articles in store order, members in article order: one sort key for stable paging.
        d.add(new NumericDocValuesField(ORDER, ((long) order << 16) | Math.min(index, 0xFFFF)));
        if (value != null) {
            d.add(new StringField(field, value, Field.Store.NO));
        }
        return d;
    }

    private static void facet(Document doc, String dim, String value) {
        String v = label(value);
        if (v != null) {
            doc.add(new StringField(dim, v, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(dim, v));
        }
    }

    /** A counted value that no search filters by. */
    private static void facetOnly(Document doc, String dim, String value) {
        String v = label(value);
        if (v != null) {
            doc.add(new SortedSetDocValuesFacetField(dim, v));
        }
    }

    /** A facet label: facet paths cannot hold control characters, be empty or be immense terms. */
    private static String label(String value) {
        if (value == null) {
            return null;
        }
        String v = value.replaceAll("\\p{Cntrl}", " ").strip();
        return v.isEmpty() || v.length() > MAX_LABEL ? null : v;
    }

    void commit(long seq) throws IOException {
        writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq), FORMAT, Integer.toString(StoreFormat.INDEX)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Full-text search: one page of hits with snippets, and facet counts over all hits. The page starts at the
     * query's offset, or right after {@code after} when it is given; refused with {@link QueryTooCostlyException}
     * once it has run for {@code budget}.
     */
    SearchResult search(SearchQuery q, Position after, Duration budget) throws IOException {
        Query text = textQuery(q.text());
        Query query = articleQuery(q, text);
        IndexSearcher shared = searchers.acquire();
        try {
            // a searcher of its own, over the same reader, carries this search's deadline
            IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
            long deadline = System.nanoTime() + budget.toNanos();
            searcher.setTimeout(() -> System.nanoTime() - deadline >= 0);
            SearchResult result = search(searcher, q, after, text, query);
            if (searcher.timedOut()) {
                // its hits and counts are those of the part searched in time: no answer rather than a wrong one
                throw new QueryTooCostlyException("the search ran past its budget of " + budget.toMillis()
                        + " ms: search for fewer or more specific words");
            }
            return result;
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooCostly();
        } finally {
            searchers.release(shared);
        }
    }

    /** The hits of a search after {@code after}, in the same order, without snippets or facets: for exports. */
    Slice<SearchResult.Hit> hits(SearchQuery q, Position after, int limit) throws IOException {
        Query query = articleQuery(q, textQuery(q.text()));
        IndexSearcher searcher = searchers.acquire();
        try {
            TopFieldDocs top = top(searcher, query, RELEVANCE, after, limit);
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (ScoreDoc d : top.scoreDocs) {
                hits.add(hit(searcher, (FieldDoc) d, List.of()));
            }
            return new Slice<>(searcher.count(query), hits, next(top, limit));
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooCostly();
        } finally {
            searchers.release(searcher);
        }
    }

    private static QueryTooCostlyException tooCostly() {
        return new QueryTooCostlyException("the words expand to more than " + IndexSearcher.getMaxClauseCount() + " terms");
    }

    private static Query articleQuery(SearchQuery q, Query text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(new TermQuery(new Term(KIND, KIND_ARTICLE)), Occur.FILTER);
        if (q.outlet() != null) {
            b.add(anyCase(OUTLET, q.outlet()), Occur.FILTER);
        }
        filter(b, LANGUAGE, q.language());
        filter(b, ENTITY, q.entity());
        filter(b, SPEAKER, q.speaker());
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(DAY, from, to), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * The first {@code n} hits in {@code sort} after {@code after} (from the start when null). Every sort ends on
     * the store order, unique per document, so a cursor names one place whatever was added since.
     */
    private static TopFieldDocs top(IndexSearcher searcher, Query query, Sort sort, Position after, int n)
            throws IOException {
        if (after == null) {
            return searcher.search(query, n, sort, false);
        }
        Object[] values = sort == RELEVANCE ? new Object[] {after.score(), after.order()} : new Object[] {after.order()};
        // Equal sort values fall back to the document number; none is past the last, so the named place is skipped.
        FieldDoc last = new FieldDoc(searcher.getIndexReader().maxDoc() - 1, Float.NaN, values);
        return searcher.searchAfter(last, query, n, sort, false);
    }

    /** Where the list goes on after this stretch, or null when the stretch was not full (the end). */
    private static Position next(TopFieldDocs top, int limit) {
        if (top.scoreDocs.length < limit || top.scoreDocs.length == 0) {
            return null;
        }
        Object[] last = ((FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]).fields;
        return last.length == 2 ? new Position((Float) last[0], (Long) last[1]) : Position.inOrder((Long) last[0]);
    }

    private SearchResult.Hit hit(IndexSearcher searcher, FieldDoc d, List<Snippet> snippets) throws IOException {
        Document doc = searcher.storedFields().document(d.doc, HIT_FIELDS);
        String published = doc.get(PUBLISHED);
        return new SearchResult.Hit(doc.get(ARTICLE), doc.get(TITLE), doc.get(OUTLET_SHOWN),
                published == null ? null : LocalDate.parse(published), (Float) d.fields[0], snippets);
    }

    private SearchResult search(IndexSearcher searcher, SearchQuery q, Position after, Query text, Query query)
            throws IOException {
        // Two passes: counting every hit for the facets needs no scores, and ranking the page
        // alone can skip non-competitive documents; one scoring pass over every hit is slower.
        FacetsCollector all = searcher.search(new ConstantScoreQuery(query), new FacetsCollectorManager());
        long total = all.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        int skip = after == null ? q.offset() : 0;
        TopFieldDocs top = top(searcher, query, RELEVANCE, after, skip + q.limit());
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(skip, top.scoreDocs.length), top.scoreDocs.length);
        int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        List<List<Snippet>> passages = Snippets.of(searcher, analyzer, text, docIds, SNIPPETS);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(searcher, (FieldDoc) page[i], passages.get(i)));
        }
        Map<String, List<SearchResult.FacetCount>> counts = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state != null && total > 0) {
            SortedSetDocValuesFacetCounts fc = new SortedSetDocValuesFacetCounts(state, all);
            for (String dim : FACETS) {
                FacetResult r = hasDim(state, dim) ? fc.getTopChildren(FACET_VALUES, dim) : null;
                List<SearchResult.FacetCount> values = new ArrayList<>();
                if (r != null) {
                    for (LabelAndValue lv : r.labelValues) {
                        values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
                    }
                }
                counts.put(dim, values);
            }
        }
        return new SearchResult(total, q.offset(), q.limit(), hits, counts, days(all), next(top, skip + q.limit()));
    }

    /**
     * Hits per publication day and outlet, read from two doc values of each hit: linear in the hits, with no
     * stored field read. Hits without a day are left out; an outlet is null when the article has none.
     */
    private static List<SearchResult.DayCount> days(FacetsCollector all) throws IOException {
        Map<LocalDate, Map<String, Long>> byDay = new TreeMap<>();
        for (FacetsCollector.MatchingDocs m : all.getMatchingDocs()) {
            NumericDocValues day = DocValues.getNumeric(m.context.reader(), DAY);
            SortedDocValues outlet = DocValues.getSorted(m.context.reader(), OUTLET_OF_DAY);
            // counts by day and outlet ordinal in this segment, the labels looked up once per ordinal
            Map<Long, Map<Integer, Long>> counts = new HashMap<>();
            for (DocIdSetIterator docs = hitsOf(m); docs.nextDoc() != DocIdSetIterator.NO_MORE_DOCS; ) {
                int doc = docs.docID();
                if (day.advanceExact(doc)) {
                    int ord = outlet.advanceExact(doc) ? outlet.ordValue() : -1;
                    counts.computeIfAbsent(day.longValue(), k -> new HashMap<>()).merge(ord, 1L, Long::sum);
                }
            }
            for (Map.Entry<Long, Map<Integer, Long>> d : counts.entrySet()) {
                Map<String, Long> outlets = byDay.computeIfAbsent(LocalDate.ofEpochDay(d.getKey()), k -> new TreeMap<>(
                        Comparator.nullsLast(Comparator.naturalOrder())));
                for (Map.Entry<Integer, Long> o : d.getValue().entrySet()) {
                    String name = o.getKey() < 0 ? null : outlet.lookupOrd(o.getKey()).utf8ToString();
                    outlets.merge(name, o.getValue(), Long::sum);
                }
            }
        }
        List<SearchResult.DayCount> days = new ArrayList<>();
        byDay.forEach((day, outlets) -> outlets.forEach((outlet, n) -> days.add(new SearchResult.DayCount(day, outlet, n))));
        return days;
    }

    /** Every value of {@code dim} (outlets, speakers, people, organisations) over the store, counted, in label order. */
    List<SearchResult.FacetCount> storeValues(String dim) throws IOException {
        if (!DIRECTORY_DIMS.contains(dim)) {
            throw new IllegalArgumentException(dim);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            StoreCounts cached = storeCounts;
            if (cached == null || cached.reader() != reader) {
                // one pass over every article's facet ordinals, once per commit
                Map<String, List<SearchResult.FacetCount>> byDim = new HashMap<>();
                SortedSetDocValuesReaderState state = facetState(reader);
                SortedSetDocValuesFacetCounts counts = state == null ? null : new SortedSetDocValuesFacetCounts(state);
                for (String d : DIRECTORY_DIMS) {
                    byDim.put(d, counts != null && hasDim(state, d) ? labelled(counts.getAllChildren(d)) : List.of());
                }
                cached = new StoreCounts(reader, Map.copyOf(byDim));
                storeCounts = cached;
            }
            return cached.byDim().get(dim);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The hits of one segment, an empty iterator when it has none. */
    private static DocIdSetIterator hitsOf(FacetsCollector.MatchingDocs m) throws IOException {
        DocIdSetIterator docs = m.bits.iterator();
        return docs == null ? DocIdSetIterator.empty() : docs;
    }

    private static List<SearchResult.FacetCount> labelled(FacetResult r) {
        List<SearchResult.FacetCount> values = new ArrayList<>();
        if (r != null) {
            for (LabelAndValue lv : r.labelValues) {
                values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
            }
        }
        return List.copyOf(values);
    }

    /**
     * The outlets of some articles (a story's), each with how many of them it ran, in label order: read from the
     * outlet doc value of each of them, so the work follows the articles, not the number of facet values.
     */
    List<SearchResult.FacetCount> outletsOf(Collection<String> articles) throws IOException {
        if (articles.isEmpty()) {
            return List.of();
        }
        Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, KIND_ARTICLE)), Occur.FILTER)
                .add(new TermInSetQuery(ARTICLE, articles.stream().map(BytesRef::new).toList()), Occur.FILTER).build();
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, Long> counts = new TreeMap<>();
            for (FacetsCollector.MatchingDocs m : searcher.search(q, new FacetsCollectorManager()).getMatchingDocs()) {
                SortedDocValues outlet = DocValues.getSorted(m.context.reader(), OUTLET_OF_DAY);
                // counted by ordinal in this segment, each label looked up once
                Map<Integer, Long> byOrd = new HashMap<>();
                for (DocIdSetIterator docs = hitsOf(m); docs.nextDoc() != DocIdSetIterator.NO_MORE_DOCS; ) {
                    if (outlet.advanceExact(docs.docID())) {
                        byOrd.merge(outlet.ordValue(), 1L, Long::sum);
                    }
                }
                for (Map.Entry<Integer, Long> o : byOrd.entrySet()) {
                    counts.merge(outlet.lookupOrd(o.getKey()).utf8ToString(), o.getValue(), Long::sum);
                }
            }
            List<SearchResult.FacetCount> outlets = new ArrayList<>();
            counts.forEach((name, n) -> outlets.add(new SearchResult.FacetCount(name, n)));
            return outlets;
        } finally {
            searchers.release(searcher);
        }
    }

    private static boolean hasDim(SortedSetDocValuesReaderState state, String dim) {
        for (String d : state.getDims()) {
            if (d.equals(dim)) {
                return true;
            }
        }
        return false;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cached = facetState;
        if (cached != null && cached.reader() == reader) {
            return cached.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facets);
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    private Query textQuery(String text) {
        SimpleQueryParser parser = new BoundedQueryParser(analyzer, Map.of(TITLE, 2f, BODY, 1f));
        parser.setDefaultOperator(Occur.MUST);
        Query q = parser.parse(text);
        return q == null ? new MatchNoDocsQuery("only stop words") : q;
    }

    /**
     * The documents whose {@code field} is {@code value} in any case: readers type {@code kompas} for the outlet
     * {@code Kompas}. The field's values are few (outlets), so matching every one against the pattern is cheap.
     */
    private static Query anyCase(String field, String value) {
        StringBuilder literal = new StringBuilder();
        // Letters and digits stand for themselves; anything else is escaped (a backslash before a letter is a class).
        value.codePoints().forEach(c -> (Character.isLetterOrDigit(c) ? literal : literal.append('\\')).appendCodePoint(c));
        return new RegexpQuery(new Term(field, literal.toString()), RegExp.NONE, RegExp.ASCII_CASE_INSENSITIVE,
                Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    }

    private static void filterAny(BooleanQuery.Builder b, String field, Collection<String> values) {
        if (values != null) {
            b.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
    }

    /**
     * Articles matching a search's words (every article when it has none) and filters, quoting one of
     * {@code speakers} when given, in store order after {@code after}: for lists that read the articles.
     */
    Slice<String> articlesInOrder(SearchQuery q, Collection<String> speakers, Position after, int limit)
            throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(articleQuery(q, q.text() == null ? new MatchAllDocsQuery() : textQuery(q.text())), Occur.MUST);
        filterAny(b, SPEAKER, speakers);
        Query query = b.build();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopFieldDocs top = top(searcher, query, STORE_ORDER, after, limit);
            List<String> ids = new ArrayList<>();
            for (ScoreDoc d : top.scoreDocs) {
                ids.add(searcher.storedFields().document(d.doc, Set.of(ARTICLE)).get(ARTICLE));
            }
            return new Slice<>(searcher.count(query), ids, next(top, limit));
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooCostly();
        } finally {
            searchers.release(searcher);
        }
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    /**
     * Quotes (or claims) whose {@code field} is one of {@code values} (any when null), optionally only from some
     * articles, in store
     * order: {@code limit} of them after {@code after}, or when it is null after skipping {@code skip}.
     */
    Slice<MemberRef> members(String kind, String field, Collection<String> values, Collection<String> articles,
                             int skip, Position after, int limit) throws IOException {
        Query query = memberQuery(kind, field, values, articles);
        IndexSearcher searcher = searchers.acquire();
        try {
            int from = after == null ? skip : 0;
            TopFieldDocs top = top(searcher, query, STORE_ORDER, after, from + limit);
            List<MemberRef> items = new ArrayList<>();
            for (int i = from; i < top.scoreDocs.length; i++) {
                items.add(memberRef(searcher, top.scoreDocs[i]));
            }
            // Sorted searches count hits only up to a threshold; the list's length is counted in full.
            return new Slice<>(searcher.count(query), items, next(top, from + limit));
        } finally {
            searchers.release(searcher);
        }
    }

    private static Query memberQuery(String kind, String field, Collection<String> values, Collection<String> articles) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, kind)), Occur.FILTER);
        filterAny(b, field, values);
        if (articles != null) {
            b.add(new TermInSetQuery(ARTICLE, articles.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        return b.build();
    }

    private static MemberRef memberRef(IndexSearcher searcher, ScoreDoc hit) throws IOException {
        Document d = searcher.storedFields().document(hit.doc);
        return new MemberRef(d.get(ARTICLE), d.getField(INDEX).numericValue().intValue());
    }

    /** Articles that name an entity, newest in the store first. */
    Page<String> articlesNaming(String entity, int offset, int limit) throws IOException {
        Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, KIND_ARTICLE)), Occur.FILTER)
                .add(new TermQuery(new Term(ENTITY, entity)), Occur.FILTER).build();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(q, offset + limit, new Sort(new SortField(ORDER, SortField.Type.LONG, true)));
            List<String> ids = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ids.add(searcher.storedFields().document(top.scoreDocs[i].doc).get(ARTICLE));
            }
            return new Page<>(top.totalHits.value, offset, limit, ids);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.rollback(); // drops anything not committed: the manifest has not seen it
        directory.close();
    }

    /**
     * Keeps the newest few commits so that, after a crash between an index commit and the manifest
     * rename, the commit the manifest names is still there to roll back to.
     */
    private static final class KeepRecentCommits extends IndexDeletionPolicy {
        private static final int KEEP = 3;

        @Override
        public void onInit(List<? extends IndexCommit> commits) {
            // Keep all at open: the store picks one and the next commit prunes.
        }

        @Override
        public void onCommit(List<? extends IndexCommit> commits) {
            for (int i = 0; i < commits.size() - KEEP; i++) {
                commits.get(i).delete();
            }
        }
    }
}
