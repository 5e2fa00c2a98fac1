package id.kabar.store;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.EntityType;
import id.kabar.model.Event;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.MemberRef;
import id.kabar.model.Story;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The embedded store: a directory holding every analysed article (with annotations), the linked
 * corpus (events, stories, quote and claim groups), the linker's state for the next run, and a
 * full-text index with facets.
 *
 * <p>Crash safety: articles go to an append-only checksummed log; {@link #commit} syncs the log,
 * commits the index under the next commit number, writes the state files, and only then renames
 * a new manifest into place. Opening the store cuts the log back to the manifest's lengths and
 * rolls the index back to the commit with the manifest's number, so a process killed at any
 * moment leaves the last commit intact and nothing half-written visible. Articles are keyed by
 * id: putting one again replaces it, so a resumed run never duplicates.
 *
 * <p>One process at a time: opening takes a lock on the directory. Reads are thread-safe.
 */
public final class Store implements Closeable {
    /** The longest id the index can hold as one term. */
    public static final int MAX_ID_BYTES = 32_000;
    private static final String LOCK = "store.lock";
    private static final String INDEX_DIR = "index";
    private static final LinkedCorpus NO_CORPUS = new LinkedCorpus(Map.of(), List.of());

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    /**
     * Compaction starts once replaced records take more room than live ones and at least this much:
     * below it the copy costs more than the disk it frees.
     */
    static final long COMPACTION_MIN_GARBAGE = 64L << 20;
    private ArticleLog log;
    /** Logs replaced by compacted copies: open until the store closes, for readers that started before. */
    private final List<ArticleLog> retired = new ArrayList<>();
    private long liveBytes;
    private long garbageBytes;
    private final StoreIndex index;
    private final Map<String, ArticleLog.Entry> entries = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private Manifest manifest;
    /**
     * The linked corpus, read from its file on first use (null until then): a run that only adds articles and
     * links them anew never needs the last one, whose reading back was a sixth of a resumed run's restore on the
     * CLICK-ID week (36 of its 205 Java samples).
     */
    private volatile Linked linked;

    /** The linked corpus with its lookups. */
    private record Linked(LinkedCorpus corpus, Map<String, Story> stories, Map<String, Story> storyOfEvent,
                          Map<String, Event> events) {
        static Linked of(LinkedCorpus corpus) {
            Map<String, Story> stories = new HashMap<>();
            Map<String, Story> storyOfEvent = new HashMap<>();
            Map<String, Event> events = new HashMap<>();
            for (Story s : corpus.stories()) {
                stories.put(s.id(), s);
                for (Event e : s.events()) {
                    storyOfEvent.put(e.id(), s);
                    events.put(e.id(), e);
                }
            }
            return new Linked(corpus, stories, storyOfEvent, events);
        }
    }

    private Store(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        lockChannel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = tryLock(lockChannel);
        if (lock == null) {
            lockChannel.close();
            throw new StoreException("store " + dir + " is in use by another kabar process");
        }
        ArticleLog openedLog = null;
        StoreIndex openedIndex = null;
        try {
            manifest = Manifest.read(dir);
            openedLog = ArticleLog.open(dir, manifest.segments(), this::remember);
            openedIndex = StoreIndex.open(dir.resolve(INDEX_DIR), manifest.seq());
            log = openedLog;
            index = openedIndex;
            if (index.needsRebuild()) {
                rebuildIndex();
            }
            dropUnreferencedStateFiles();
        } catch (IOException | RuntimeException e) {
            if (openedIndex != null) {
                openedIndex.close();
            }
            if (openedLog != null) {
                openedLog.close();
            }
            lock.release();
            lockChannel.close();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    /** Opens (or creates) the store in {@code dir}, recovering to its last commit. */
    public static Store open(Path dir) {
        try {
            return new Store(dir);
        } catch (IOException e) {
            throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
        }
    }

    private void remember(ArticleLog.Entry e) {
        ArticleLog.Entry replaced = entries.put(e.id(), e);
        liveBytes += e.location().length();
        if (replaced == null) {
            order.put(e.id(), ids.size());
            ids.add(e.id());
        } else {
            liveBytes -= replaced.location().length();
            garbageBytes += replaced.location().length();
        }
    }

    private void rebuildIndex() throws IOException {
        index.clear();
        for (String id : ids) {
            index.put(read(log, entries.get(id)), order.get(id));
        }
        index.commit(manifest.seq());
    }

    // ---- writing ----

    /** True if the store already holds this article made from a source with this content hash. */
    public synchronized boolean holds(String id, long sourceHash) {
        ArticleLog.Entry e = entries.get(id);
        return e != null && e.sourceHash() == sourceHash;
    }

    /**
     * Adds an article or replaces the one with its id; visible to readers, durable after {@link #commit}.
     *
     * @throws IllegalArgumentException if the id is longer than {@link #MAX_ID_BYTES} bytes in UTF-8
     */
    public synchronized void put(AnnotatedArticle article, long sourceHash) {
        if (article.id().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            throw new IllegalArgumentException("article id longer than " + MAX_ID_BYTES + " bytes");
        }
        try {
            ArticleLog.Location at = log.append(article.id(), sourceHash, RecordCodec.article(article));
            remember(new ArticleLog.Entry(article.id(), sourceHash, at));
            index.put(article, order.get(article.id()));
        } catch (IOException e) {
            throw new StoreException("cannot write article " + article.id() + ": " + e.getMessage(), e);
        }
    }

    /** Makes everything put so far durable, with no run left unfinished: {@link #commit(byte[], LinkedCorpus, byte[])}. */
    public void commit(byte[] linkerState, LinkedCorpus corpus) {
        commit(linkerState, corpus, null);
    }

    /**
     * Makes everything put so far durable. {@code linkerState}, when given, is the linker's state
     * covering every article put so far (null keeps the last one, which covers fewer);
     * {@code corpus}, when given, is a newly linked corpus (null keeps the previous one);
     * {@code runState} is what the run adding articles must carry over to be resumed the same after a kill
     * (null once it has finished).
     */
    public synchronized void commit(byte[] linkerState, LinkedCorpus corpus, byte[] runState) {
        long next = manifest.seq() + 1;
        try {
            List<Manifest.Segment> segments = log.sync();
            index.commit(next);
            String linkerFile = manifest.linker();
            int linkerArticles = manifest.linkerArticles();
            if (linkerState != null) {
                linkerArticles = ids.size();
                linkerFile = "linker-" + next + ".bin";
                Manifest.writeSynced(dir.resolve(linkerFile), linkerState);
            }
            String corpusFile = manifest.corpus();
            long corpusSeq = manifest.corpusSeq();
            if (corpus != null) {
                corpusFile = "corpus-" + next + ".json.gz";
                Manifest.writeSynced(dir.resolve(corpusFile), gzip(RecordCodec.corpus(corpus)));
                corpusSeq = next;
            }
            String runFile = null;
            if (runState != null) {
                runFile = "run-" + next + ".json";
                Manifest.writeSynced(dir.resolve(runFile), runState);
            }
            Manifest committed = Manifest.of(next, segments, linkerFile, linkerArticles, corpusFile, corpusSeq, runFile);
            committed.write(dir);
            manifest = committed;
            if (corpus != null) {
                linked = Linked.of(corpus);
            }
            dropUnreferencedStateFiles();
        } catch (IOException e) {
            throw new StoreException("cannot commit store " + dir + ": " + e.getMessage(), e);
        }
        if (compactionDue(garbageBytes, liveBytes)) {
            compact();
        }
    }

    /** Whether replaced records take enough room to be worth a compaction. */
    static boolean compactionDue(long replacedBytes, long liveBytes) {
        return replacedBytes >= COMPACTION_MIN_GARBAGE && replacedBytes > liveBytes;
    }

    /**
     * Rewrites the log with only the newest record of each article, in store order, and frees the room
     * of replaced ones. The copy becomes the store's log by one manifest rename, so a crash before it
     * leaves the old log (the copy's files are dropped on open) and a crash after it the new one.
     * Commits run this on their own once replaced records outweigh live ones.
     */
    public synchronized void compact() {
        Map<String, ArticleLog.Entry> moved = new HashMap<>();
        ArticleLog copy;
        try {
            copy = log.compactedCopy(ids.stream().map(entries::get).toList(), e -> moved.put(e.id(), e));
        } catch (IOException e) {
            throw new StoreException("cannot compact store " + dir + ": " + e.getMessage(), e);
        }
        try {
            Manifest compacted = Manifest.of(manifest.seq(), copy.sync(), manifest.linker(), manifest.linkerArticles(),
                    manifest.corpus(), manifest.corpusSeq(), manifest.run());
            compacted.write(dir);
            manifest = compacted;
        } catch (IOException e) {
            try {
                copy.close();
            } catch (IOException ignored) {
                // The copy's files are not in the manifest: the next open removes them.
            }
            throw new StoreException("cannot compact store " + dir + ": " + e.getMessage(), e);
        }
        retired.add(log);
        log = copy;
        entries.putAll(moved);
        garbageBytes = 0;
        try {
            retired.get(retired.size() - 1).deleteFiles();
        } catch (IOException e) {
            // The manifest no longer names them: the next open removes what is left.
        }
    }

    /** Bytes of log records that newer records of the same articles replaced. */
    public synchronized long replacedBytes() {
        return garbageBytes;
    }

    private void dropUnreferencedStateFiles() throws IOException {
        Set<String> keep = new java.util.HashSet<>();
        if (manifest.linker() != null) {
            keep.add(manifest.linker());
        }
        if (manifest.corpus() != null) {
            keep.add(manifest.corpus());
        }
        if (manifest.run() != null) {
            keep.add(manifest.run());
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                boolean state = name.startsWith("linker-") || name.startsWith("corpus-") || name.startsWith("run-");
                if ((state && !keep.contains(name)) || name.equals(Manifest.FILE + ".tmp")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    // ---- reading ----

    /** The commit number of the last commit (0 for a new store). */
    public synchronized long commitNumber() {
        return manifest.seq();
    }

    /** The linker's state as of the last commit, or null if none was saved. */
    public synchronized byte[] linkerState() {
        return stateFile(manifest.linker(), "linker state");
    }

    /** The state of the run that was adding articles when the store was last committed, or null if it finished. */
    public synchronized byte[] runState() {
        return stateFile(manifest.run(), "the unfinished run's state");
    }

    private byte[] stateFile(String name, String what) {
        try {
            return name == null ? null : Files.readAllBytes(dir.resolve(name));
        } catch (IOException e) {
            throw new StoreException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * The folder where the linker keeps its segments: appended to between commits, and cut back on reading
     * to the lengths the committed linker state names (see {@code id.kabar.link.Linker#restore}).
     */
    public Path linkerDir() {
        return dir.resolve("linker");
    }

    /** How many articles, in store order, the saved linker state covers. */
    public synchronized int linkerStateArticles() {
        return manifest.linkerArticles();
    }

    /** True when the corpus was linked after the last article was added. */
    public synchronized boolean corpusIsCurrent() {
        return manifest.corpusSeq() == manifest.seq() || ids.isEmpty();
    }

    public synchronized int articleCount() {
        return ids.size();
    }

    /** Article ids in the order they first entered the store. */
    public synchronized Page<String> articleIds(int offset, int limit) {
        int from = Math.min(offset, ids.size());
        int to = (int) Math.min(ids.size(), (long) from + limit);
        return new Page<>(ids.size(), offset, limit, List.copyOf(ids.subList(from, to)));
    }

    /** Where an article sits in store order, as a place a list can go on after; null when it is not held. */
    public synchronized Position positionOf(String id) {
        Integer at = order.get(id);
        return at == null ? null : Position.inOrder(at);
    }

    public Optional<AnnotatedArticle> article(String id) {
        ArticleLog.Entry e;
        ArticleLog from;
        synchronized (this) {
            e = entries.get(id);
            from = log;
        }
        return e == null ? Optional.empty() : Optional.of(read(from, e));
    }

    /** Calls {@code action} for every stored article in store order. */
    public void forEachArticle(Consumer<AnnotatedArticle> action) {
        forEachArticle(0, action);
    }

    /** Calls {@code action} for the stored articles from position {@code from} on, in store order. */
    public void forEachArticle(int from, Consumer<AnnotatedArticle> action) {
        List<ArticleLog.Entry> all;
        ArticleLog source;
        synchronized (this) {
            all = ids.subList(Math.min(from, ids.size()), ids.size()).stream().map(entries::get).toList();
            source = log;
        }
        all.forEach(e -> action.accept(read(source, e)));
    }

    /** Reads a record from the log its place was taken in: a compaction in between moves it, not that log. */
    private static AnnotatedArticle read(ArticleLog from, ArticleLog.Entry e) {
        try {
            return RecordCodec.article(from.read(e.location()));
        } catch (IOException ex) {
            throw new StoreException("cannot read article " + e.id() + ": " + ex.getMessage(), ex);
        }
    }

    public LinkedCorpus corpus() {
        return linked().corpus();
    }

    /** The linked corpus of the last commit, read from its file the first time it is asked for. */
    private Linked linked() {
        Linked read = linked;
        if (read == null) {
            synchronized (this) {
                if (linked == null) {
                    try {
                        linked = Linked.of(manifest.corpus() == null ? NO_CORPUS
                                : RecordCodec.corpus(gunzip(Files.readAllBytes(dir.resolve(manifest.corpus())))));
                    } catch (IOException e) {
                        throw new StoreException("cannot read the linked corpus " + manifest.corpus() + " of store "
                                + dir + ": " + e.getMessage(), e);
                    }
                }
                read = linked;
            }
        }
        return read;
    }

    /** Where an article sits in the corpus, or null if it has not been linked yet. */
    public ArticleLinks links(String articleId) {
        return linked().corpus().links().get(articleId);
    }

    public Optional<Story> story(String id) {
        return Optional.ofNullable(linked().stories().get(id));
    }

    public Optional<Event> event(String id) {
        return Optional.ofNullable(linked().events().get(id));
    }

    /** The story an event belongs to. */
    public Optional<Story> storyOfEvent(String eventId) {
        return Optional.ofNullable(linked().storyOfEvent().get(eventId));
    }

    /** Full-text search; one that runs past {@link StoreIndex#SEARCH_BUDGET} is refused with {@link QueryTooCostlyException}. */
    public SearchResult search(SearchQuery query) {
        return search(query, null, StoreIndex.SEARCH_BUDGET);
    }

    /** A search's page right after {@code after} (at the query's offset when null), with its facets. */
    public SearchResult search(SearchQuery query, Position after) {
        return search(query, after, StoreIndex.SEARCH_BUDGET);
    }

    SearchResult search(SearchQuery query, Duration budget) {
        return search(query, null, budget);
    }

    private SearchResult search(SearchQuery query, Position after, Duration budget) {
        try {
            return index.search(query, after, budget);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A search's hits after {@code after}, ranked as {@link #search} ranks them, without snippets or facets. */
    public Slice<SearchResult.Hit> searchHits(SearchQuery query, Position after, int limit) {
        try {
            return index.hits(query, after, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quotes in store order, only those of {@code speaker} when it is not null. */
    public Page<MemberRef> quotes(String speaker, int offset, int limit) {
        return page(quotes(speaker == null ? null : List.of(speaker), offset, null, limit), offset, limit);
    }

    /**
     * Quotes in store order after {@code after}, or from {@code offset} when it is null; only those of one of
     * {@code speakers} (a name and its other spellings) when not null.
     */
    public Slice<MemberRef> quotes(Collection<String> speakers, int offset, Position after, int limit) {
        try {
            return index.members(StoreIndex.KIND_QUOTE, StoreIndex.SPEAKER, speakers, null, offset, after, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Page<T> page(Slice<T> slice, int offset, int limit) {
        return new Page<>(slice.total(), offset, limit, slice.items());
    }

    /**
     * Ids of the articles matching a search's words (every article when it has none) and filters, quoting one of
     * {@code speakers} when not null, in store order after {@code after}. The query's offset and limit are unused.
     */
    public Slice<String> articlesInOrder(SearchQuery query, Collection<String> speakers, Position after, int limit) {
        try {
            return index.articlesInOrder(query, speakers, after, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Articles that name an entity, most recently stored first. */
    public Page<String> articlesNaming(String entity, int offset, int limit) {
        try {
            return index.articlesNaming(entity, offset, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every outlet in the store with how many of its articles it published, in name order. */
    public List<SearchResult.FacetCount> outlets() {
        return storeValues(StoreIndex.OUTLET);
    }

    /**
     * Every name of a person ({@link EntityType#PER}) or an organisation ({@link EntityType#ORG}) the store's
     * articles name, with how many articles name it, in name order; counted once per commit.
     */
    public List<SearchResult.FacetCount> names(EntityType type) {
        return storeValues(switch (type) {
            case PER -> StoreIndex.PERSON;
            case ORG -> StoreIndex.ORGANISATION;
            default -> throw new IllegalArgumentException("no directory of " + type);
        });
    }

    /** Every speaker the store's articles quote, with how many articles quote them, in name order. */
    public List<SearchResult.FacetCount> speakers() {
        return storeValues(StoreIndex.SPEAKER);
    }

    private List<SearchResult.FacetCount> storeValues(String dim) {
        try {
            return index.storeValues(dim);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outlets of some articles (a story's) with how many of them each ran, in name order. */
    public List<SearchResult.FacetCount> outletsOf(Collection<String> articleIds) {
        try {
            return index.outletsOf(articleIds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes the store takes on disk (log, index, state files). */
    public long bytesOnDisk() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path directory() {
        return dir;
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(raw);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] packed) throws IOException {
        try (GZIPInputStream z = new GZIPInputStream(new java.io.ByteArrayInputStream(packed))) {
            return z.readAllBytes();
        }
    }

    @Override
    public synchronized void close() {
        try {
            index.close();
            log.close();
            for (ArticleLog old : retired) {
                old.close();
            }
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new StoreException("cannot close store " + dir + ": " + e.getMessage(), e);
        }
    }
}
