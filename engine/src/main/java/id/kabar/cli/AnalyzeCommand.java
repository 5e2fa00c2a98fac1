package id.kabar.cli;

import id.kabar.ingest.InputListing;
import id.kabar.ingest.InputSelection;
import id.kabar.ingest.IoFailures;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Rejection;
import id.kabar.pipeline.Analysis;
import id.kabar.pipeline.AnalysisResult;
import id.kabar.pipeline.StoreRun;
import id.kabar.present.ContractWriter;
import id.kabar.present.HtmlReport;
import id.kabar.store.Store;
import id.kabar.store.StoreException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kabar analyze INPUT... --out DIR}: the main job. With {@code --store DIR} it adds to an
 * embedded store instead (incrementally, resumable); {@code --out} then writes the whole store's
 * contract files. A cluster runner reuses the command with its own {@link Analysis} and output (see
 * {@link #AnalyzeCommand(Supplier, ExtraOutput, InputLocations)}).
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Turn news pages into clean, annotated, linked articles (the output contract).",
                "INPUT is any mix of files and folders: .txt, .html, .jsonl, .warc(.gz), RSS/Atom,",
                "and their .gz/.zst variants. Bad inputs are reported in rejected.jsonl; the run goes on.",
                "Give --out, --store or both."},
        footer = {"", "Examples:", "  kabar analyze examples/seeds --out out",
                "  kabar analyze crawl.warc.gz feeds/ --out out",
                "  kabar analyze today/ --store store        (adds to the store; kabar serve --store store shows it)",
                "  kabar analyze crawl.warc.gz --out out --report all   (report.html shows every article)"})
public final class AnalyzeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyzeCommand.class);
    private final Supplier<Analysis> analyses;
    private final ExtraOutput extra;
    private final InputLocations locations;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders to read")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "folder for articles.jsonl, stories.jsonl, rejected.jsonl and report.html"
                    + " (with --store: the whole store after this run)")
    Path out;

    @Option(names = "--store", paramLabel = "DIR",
            description = "add to the store in DIR (created if missing): pages already stored unchanged are"
                    + " skipped, changed ones replaced; an interrupted run resumes where it stopped")
    Path store;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Analysis.BATCH,
            description = "pages per batch; with --store, pages per commit (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--report", paramLabel = "SCOPE", defaultValue = "summary",
            description = "what report.html shows: 'summary' (the top stories, the figures in conflict, the rejected"
                    + " inputs) or 'all' (every story and article with its evidence; large for a large run)"
                    + " (default: ${DEFAULT-VALUE})")
    String report;

    @Option(names = "--site", paramLabel = "URL", defaultValue = "http://127.0.0.1:7070",
            description = "with --store: the address of kabar serve on the store, which the report links to"
                    + " (default: ${DEFAULT-VALUE})")
    URI site;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "in folders, read only files matching GLOB (repeatable): on the path under the folder given,"
                    + " or on the file's name at any depth when GLOB has no '/', e.g. --include '*.html'")
    List<String> includes = List.of();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "in folders, skip files matching GLOB (repeatable), e.g. --exclude '*.json' --exclude 'LICENSE*'")
    List<String> excludes = List.of();

    @Option(names = "--quiet", description = "print nothing but errors")
    boolean quiet;

    /** Pages analysed on this machine's cores. */
    public AnalyzeCommand() {
        this(Analysis::new, ExtraOutput.NONE, InputLocations.LOCAL);
    }

    /**
     * Pages analysed by the analyses {@code analyses} makes, such as one spreading batches over a cluster,
     * {@code extra} written beside the contract files of {@code --out}, and the inputs found by {@code locations}.
     */
    public AnalyzeCommand(Supplier<Analysis> analyses, ExtraOutput extra, InputLocations locations) {
        this.analyses = analyses;
        this.extra = extra;
        this.locations = locations;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        if (out == null && store == null) {
            err.println("kabar: give --out DIR, --store DIR or both");
            return 2;
        }
        if (batch < 1 || batch > 100_000) {
            err.println("kabar: --batch must be between 1 and 100000");
            return 2;
        }
        if (!List.of("summary", "all").contains(report)) {
            err.println("kabar: --report must be summary or all");
            return 2;
        }
        if (!List.of("http", "https").contains(String.valueOf(site.getScheme())) || site.getHost() == null) {
            err.println("kabar: --site must be an http or https address");
            return 2;
        }
        InputListing listing;
        try {
            listing = locations.list(inputs);
        } catch (IllegalArgumentException e) {
            err.println("kabar: " + e.getMessage());
            return 2;
        }
        InputSelection selection;
        try {
            selection = InputSelection.of(includes, excludes);
        } catch (IllegalArgumentException e) {
            err.println("kabar: --include/--exclude: " + e.getMessage());
            return 2;
        }
        // A folder that cannot be written fails now, not after the whole run.
        if (out != null && !outputReady(err)) {
            return 2;
        }
        Analysis analysis = analyses.get().selecting(selection);
        if (store != null) {
            return intoStore(analysis, listing, err);
        }
        AnalysisResult result;
        try (ShownProgress progress = ShownProgress.open(!quiet)) {
            result = analysis.run(listing, batch, progress);
        }
        try {
            new ContractWriter().write(out, result.articles(), result.corpus(), result.rejected());
            extra.write(out, result.articles(), result.corpus());
            htmlReport(null).write(out.resolve("report.html"), result.articles(), result.corpus(), result.rejected());
        } catch (IOException | UncheckedIOException e) {
            return cannotWrite(err, e);
        }
        if (!quiet) {
            summary(result, err);
        }
        if (result.articles().isEmpty()) {
            err.println("kabar: nothing could be read; see " + out.resolve("rejected.jsonl"));
        }
        return result.articles().isEmpty() ? 1 : 0;
    }

    private boolean outputReady(PrintStream err) {
        try {
            Files.createDirectories(out);
            return true;
        } catch (IOException e) {
            cannotWrite(err, e);
            return false;
        }
    }

    /** One line naming the folder and the failure; the trace goes to the log at debug for a bug report. */
    private int cannotWrite(PrintStream err, Exception e) {
        IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
        LOG.debug("cannot write {}", out, cause);
        err.println("kabar: cannot write to --out " + out + ": " + IoFailures.describe(cause));
        return 2;
    }

    private int intoStore(Analysis analysis, InputListing listing, PrintStream err) throws Exception {
        try (Store opened = Store.open(store)) {
            StoreRun run;
            try (ShownProgress progress = ShownProgress.open(!quiet)) {
                run = analysis.runInto(opened, listing, batch, progress);
            }
            if (out != null) {
                List<AnnotatedArticle> all = new ArrayList<>(opened.articleCount());
                opened.forEachArticle(all::add);
                try {
                    new ContractWriter().write(out, all, run.corpus(), run.rejected());
                    extra.write(out, all, run.corpus());
                    htmlReport(site).write(out.resolve("report.html"), all, run.corpus(), run.rejected());
                } catch (IOException | UncheckedIOException e) {
                    return cannotWrite(err, e);
                }
            }
            if (!quiet) {
                err.printf("kabar: %d added, %d replaced, %d unchanged, %d rejected in %.1f s; store %s holds %d articles"
                                + " in %d stories%n", run.added(), run.replaced(), run.unchanged(), run.rejected().size(),
                        run.elapsed().toNanos() / 1e9, store, opened.articleCount(), run.corpus().stories().size());
            }
            return opened.articleCount() == 0 ? 1 : 0;
        } catch (StoreException e) {
            err.println("kabar: " + e.getMessage());
            return 2;
        }
    }

    /** The report {@code --report} asks for, linking to the store's pages on {@code site} (null without a store). */
    private HtmlReport htmlReport(URI storeSite) {
        return new HtmlReport("all".equals(report) ? HtmlReport.Scope.ALL : HtmlReport.Scope.SUMMARY, storeSite);
    }

    private void summary(AnalysisResult result, PrintStream err) {
        double seconds = Math.max(result.elapsed().toNanos() / 1e9, 1e-9);
        err.printf("kabar: %d accepted, %d rejected, %d stories in %.1f s (%.0f articles/s)%n",
                result.articles().size(), result.rejected().size(), result.corpus().stories().size(),
                seconds, result.articles().size() / seconds);
        Map<String, Integer> reasons = new TreeMap<>();
        for (Rejection r : result.rejected()) {
            reasons.merge(r.cause(), 1, Integer::sum);
        }
        reasons.forEach((reason, n) -> err.printf("  rejected %d: %s%n", n, reason));
        err.println("kabar: wrote " + out.resolve("articles.jsonl") + " and " + out.resolve("report.html"));
    }
}
