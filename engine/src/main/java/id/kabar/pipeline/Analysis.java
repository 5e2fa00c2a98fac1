package id.kabar.pipeline;

import id.kabar.annotate.time.DateContext;
import id.kabar.ingest.IngestSink;
import id.kabar.ingest.IngestLimits;
import id.kabar.ingest.Ingestor;
import id.kabar.ingest.InputListing;
import id.kabar.ingest.InputSelection;
import id.kabar.link.Linker;
import id.kabar.link.ReadAhead;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Rejection;
import id.kabar.model.SourceDocument;
import id.kabar.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the stages in their one direction: ingest, extract, annotate, link (and store). Pages are
 * taken in batches so a large input never sits in memory as raw pages; extraction and annotation
 * of a batch run in parallel, linking runs in input order so the result does not depend on thread
 * timing. A page that fails in any stage becomes a rejection and the run goes on. Extraction and
 * annotation go through a {@link BatchAnalyser}, so a cluster runner can take them over.
 */
public final class Analysis {
    /** Pages per batch; with a store, also pages per commit. */
    public static final int BATCH = 256;

    private final Ingestor ingestor;
    private final PageAnalysis pages;
    private final BatchAnalyser batches;

    /** Pages analysed on this machine's cores. */
    public Analysis() {
        this.ingestor = new Ingestor();
        this.pages = new PageAnalysis();
        this.batches = BatchAnalyser.local(pages);
    }

    /** Pages analysed by {@code batches}; linking, dating from context and storing stay here. */
    public Analysis(BatchAnalyser batches) {
        this(new Ingestor(), new PageAnalysis(), batches);
    }

    private Analysis(Ingestor ingestor, PageAnalysis pages, BatchAnalyser batches) {
        this.ingestor = ingestor;
        this.pages = pages;
        this.batches = batches;
    }

    /** The same analysis reading, in folders, only the files {@code selection} admits. */
    public Analysis selecting(InputSelection selection) {
        return new Analysis(new Ingestor(IngestLimits.DEFAULT, selection), pages, batches);
    }

    /** Analyses the inputs in memory: the contract command. */
    public AnalysisResult run(List<Path> inputs, ProgressListener progress) {
        return run(inputs, BATCH, progress);
    }

    /**
     * The same with {@code batchSize} pages handed to the {@link BatchAnalyser} at a time. The whole input is
     * read before it is linked: an article that states no date is dated in the years the batch covers first,
     * so that it is linked on the days it reports; one that names only weekdays is dated after linking, near
     * the articles it was linked with.
     */
    public AnalysisResult run(List<Path> inputs, int batchSize, ProgressListener progress) {
        return run(InputListing.of(inputs), batchSize, progress);
    }

    /** The same over the files a listing gives, such as those of a Hadoop file system a cluster runner lists. */
    public AnalysisResult run(InputListing inputs, int batchSize, ProgressListener progress) {
        long t0 = System.nanoTime();
        List<AnnotatedArticle> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        BatchYears years = new BatchYears();
        inBatches(inputs, batchSize, progress, rejected::add, batch -> {
            for (PageOutcome o : batches.analyse(batch)) {
                if (o.article() != null) {
                    accepted.add(o.article());
                    years.add(o.article().article());
                } else {
                    rejected.add(o.rejection());
                }
                progress.pageDone();
            }
        });
        DateContext batchYears = years.context();
        Map<String, AnnotatedArticle> inYears = ContextDating.inBatchYears(accepted, batchYears, pages::annotateIn);
        List<AnnotatedArticle> linked = accepted.stream().map(a -> inYears.getOrDefault(a.id(), a)).toList();
        Linker linker = new Linker();
        new ReadAhead(linked).forEachRemaining(linker::add);
        LinkedCorpus corpus = linker.result();
        Map<String, LocalDate> published = new HashMap<>();
        linked.forEach(a -> published.put(a.id(), a.article().published()));
        Map<String, AnnotatedArticle> near = ContextDating.nearFellows(linked, corpus, published::get, batchYears,
                pages::annotateIn);
        List<AnnotatedArticle> dated = linked.stream().map(a -> near.getOrDefault(a.id(), a)).toList();
        return new AnalysisResult(dated, corpus, rejected, Duration.ofNanos(System.nanoTime() - t0));
    }

    /**
     * Analyses the inputs into a store, adding to what it holds: a page whose id is stored from the
     * same content is skipped, a changed one replaces the stored article. Every batch ends in a
     * commit (articles, linker state and the run's {@link UnfinishedRun} state), so a run killed at any point
     * resumes where it stopped and ends in the store an uninterrupted run makes; the corpus (events,
     * stories) is linked once at the end. Each batch is dated in the years the store and
     * the run so far cover before it is linked; a batch linked before anything fixed a year is linked
     * undated, and the dates found for it at the end do not move its links.
     */
    public StoreRun runInto(Store store, List<Path> inputs, int batchSize, ProgressListener progress) {
        return runInto(store, InputListing.of(inputs), batchSize, progress);
    }

    /** The same over the files a listing gives. */
    public StoreRun runInto(Store store, InputListing inputs, int batchSize, ProgressListener progress) {
        long t0 = System.nanoTime();
        Linker linker = LinkerCheckpoint.restore(store);
        LinkerCheckpoint checkpoint = new LinkerCheckpoint();
        List<Rejection> rejected = new ArrayList<>();
        int[] counts = new int[3]; // added, replaced, unchanged
        Map<String, Long> unstated = new HashMap<>(); // this run's articles that state no date, by source hash
        UnfinishedRun resumed = UnfinishedRun.read(store.runState());
        Map<String, Long> replacedUnstated = new HashMap<>(resumed == null ? Map.of() : resumed.replacedUnstated());
        // the store's articles are the batch's time too: a run of undated pages is read in the years they cover
        BatchYears years = resumed == null ? new BatchYears() : new BatchYears(resumed.years());
        if (resumed == null) {
            linker.forEachPublished(years::add);
        }
        inBatches(inputs, batchSize, progress, rejected::add, batch -> {
            List<SourceDocument> changed = new ArrayList<>();
            for (SourceDocument d : batch) {
                long sourceHash = PageAnalysis.sourceHash(d);
                if (store.holds(d.id(), sourceHash)) {
                    counts[2]++;
                    if (resumed != null && awaitsContext(store, d.id(), replacedUnstated)) {
                        unstated.put(d.id(), sourceHash); // stored by the run a kill stopped, not yet dated from context
                    }
                    progress.pageDone();
                } else {
                    changed.add(d);
                }
            }
            List<PageOutcome> outcomes = batches.analyse(changed);
            outcomes.stream().filter(o -> o.article() != null).forEach(o -> years.add(o.article().article()));
            // dated in the years seen so far before they are linked, as a run in memory dates them
            Map<String, AnnotatedArticle> inYears = ContextDating.inBatchYears(outcomes.stream()
                    .map(PageOutcome::article).filter(Objects::nonNull).toList(), years.context(), pages::annotateIn);
            ReadAhead readings = new ReadAhead(outcomes.stream().filter(Analysis::storable)
                    .map(o -> inYears.getOrDefault(o.article().id(), o.article())).toList());
            for (PageOutcome o : outcomes) {
                if (o.article() != null && !storable(o)) {
                    rejected.add(new Rejection(o.article().id().substring(0, 200) + "...",
                            "id longer than " + Store.MAX_ID_BYTES + " bytes cannot be stored"));
                } else if (o.article() != null) {
                    AnnotatedArticle article = inYears.getOrDefault(o.article().id(), o.article());
                    boolean replaces = store.article(article.id()).isPresent();
                    counts[replaces ? 1 : 0]++;
                    if (linker.add(readings.next())) {
                        checkpoint.added(1);
                    }
                    store.put(article, o.sourceHash());
                    if (article.article().publishedBasis() != PublishedBasis.STATED) {
                        unstated.put(article.id(), o.sourceHash());
                        if (replaces) {
                            replacedUnstated.put(article.id(), o.sourceHash());
                        }
                    }
                } else {
                    rejected.add(o.rejection());
                }
                progress.pageDone();
            }
            // a batch whose pages were all rejected leaves the store as it was: committing it would only mark the
            // linked corpus out of date, and the next run would link the whole store again for nothing
            if (outcomes.stream().anyMatch(o -> o.article() != null)) {
                store.commit(checkpoint.due(linker), null,
                        new UnfinishedRun(years.counts(), replacedUnstated).toBytes());
            }
        });
        LinkedCorpus corpus;
        if (counts[0] + counts[1] > 0 || !store.corpusIsCurrent()) {
            // linked anew: the corpus the store held is never read back
            corpus = linker.result();
            redateFromContext(store, unstated, corpus, years.context());
            store.commit(checkpoint.save(linker), corpus);
        } else {
            corpus = store.corpus();
        }
        linker.close();
        return new StoreRun(counts[0], counts[1], counts[2], rejected, corpus, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Whether an outcome is an article whose id the store can hold. */
    private static boolean storable(PageOutcome o) {
        return o.article() != null && o.article().id().getBytes(StandardCharsets.UTF_8).length <= Store.MAX_ID_BYTES;
    }

    /**
     * Whether a stored article, held as its page is, was stored by the run a kill stopped and states no date:
     * one it added is not linked yet, one it replaced it listed.
     */
    private static boolean awaitsContext(Store store, String id, Map<String, Long> replacedUnstated) {
        return replacedUnstated.containsKey(id) || (store.links(id) == null && store.article(id)
                .map(a -> a.article().publishedBasis() != PublishedBasis.STATED).orElse(false));
    }

    /** Re-annotates this run's articles that state no date and that the run's years and their fellows' dates date. */
    private void redateFromContext(Store store, Map<String, Long> unstated, LinkedCorpus corpus, DateContext run) {
        List<AnnotatedArticle> articles = unstated.keySet().stream().map(store::article)
                .flatMap(Optional::stream).toList();
        ContextDating.redate(articles, corpus, id -> store.article(id).map(a -> a.article().published()).orElse(null),
                run, pages::annotateIn).forEach((id, dated) -> store.put(dated, unstated.get(id)));
    }

    private void inBatches(InputListing inputs, int batchSize, ProgressListener progress, Consumer<Rejection> onReject,
                           Consumer<List<SourceDocument>> onBatch) {
        List<SourceDocument> batch = new ArrayList<>();
        progress.filesToRead(ingestor.countFiles(inputs));
        ingestor.ingest(inputs, new IngestSink() {
            @Override
            public void fileOpened() {
                progress.fileOpened();
            }

            @Override
            public void accept(SourceDocument document) {
                progress.pageRead();
                batch.add(document);
                if (batch.size() >= batchSize) {
                    onBatch.accept(List.copyOf(batch));
                    batch.clear();
                }
            }

            @Override
            public void reject(Rejection rejection) {
                onReject.accept(rejection);
                progress.pageRead();
                progress.pageDone();
            }
        });
        onBatch.accept(List.copyOf(batch));
    }
}
