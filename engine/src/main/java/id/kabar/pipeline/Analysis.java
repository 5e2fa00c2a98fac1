package id.kabar.pipeline;

import id.kabar.annotate.Annotator;
import id.kabar.extract.ArticleExtractor;
import id.kabar.extract.ExtractionException;
import id.kabar.ingest.IngestSink;
import id.kabar.ingest.Ingestor;
import id.kabar.link.Linker;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Rejection;
import id.kabar.model.SourceDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the stages in their one direction: ingest, extract, annotate, link. Pages are taken in
 * batches so a large input never sits in memory as raw pages; extraction and annotation of a batch
 * run in parallel, linking runs in input order so the result does not depend on thread timing.
 * A page that fails in any stage becomes a rejection and the run goes on.
 */
public final class Analysis {
    private static final int BATCH = 256;

    private final Ingestor ingestor = new Ingestor();
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final Annotator annotator = new Annotator();

    public AnalysisResult run(List<Path> inputs, ProgressListener progress) {
        long t0 = System.nanoTime();
        List<AnnotatedArticle> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Linker linker = new Linker();
        List<SourceDocument> batch = new ArrayList<>();
        ingestor.ingest(inputs, new IngestSink() {
            @Override
            public void accept(SourceDocument document) {
                progress.pageRead();
                batch.add(document);
                if (batch.size() >= BATCH) {
                    process(batch, accepted, rejected, linker, progress);
                    batch.clear();
                }
            }

            @Override
            public void reject(Rejection rejection) {
                rejected.add(rejection);
                progress.pageRead();
                progress.pageDone();
            }
        });
        process(batch, accepted, rejected, linker, progress);
        return new AnalysisResult(accepted, linker.result(), rejected, Duration.ofNanos(System.nanoTime() - t0));
    }

    private void process(List<SourceDocument> batch, List<AnnotatedArticle> accepted, List<Rejection> rejected,
                         Linker linker, ProgressListener progress) {
        List<Outcome> outcomes = batch.parallelStream().map(this::analyse).toList();
        for (Outcome o : outcomes) {
            if (o.article() != null) {
                accepted.add(o.article());
                linker.add(o.article());
            } else {
                rejected.add(o.rejection());
            }
            progress.pageDone();
        }
    }

    private Outcome analyse(SourceDocument document) {
        try {
            return new Outcome(annotator.annotate(extractor.extract(document)), null);
        } catch (ExtractionException e) {
            return new Outcome(null, new Rejection(document.id(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, new Rejection(document.id(), "could not analyse: " + e));
        }
    }

    private record Outcome(AnnotatedArticle article, Rejection rejection) {
    }
}
