package id.kabar.bench;

import id.kabar.bench.corpus.IndoSumArticle;
import id.kabar.bench.corpus.IndoSumCorpus;
import id.kabar.bench.extraction.ExtractorScore;
import id.kabar.bench.extraction.ExtractorScore.Output;
import id.kabar.bench.extraction.ReadabilityPage;
import id.kabar.bench.measure.CpuClock;
import id.kabar.extract.ArticleExtractor;
import id.kabar.extract.ExtractionException;
import id.kabar.extract.TokenBag;
import id.kabar.model.Article;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Kabar's HTML extraction against Readability4J on the same pages (speed, body token F1, title accuracy),
 * and Kabar's text extraction speed on IndoSum articles. Single-threaded; each side is warmed up first and
 * then timed over several alternating rounds, in CPU seconds of the benchmark thread.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "HTML extraction vs Readability4J (pages/s, token F1, titles); text extraction on IndoSum (articles/s).")
final class ExtractionBench implements Callable<Integer> {
    @Option(names = "--pages", arity = "1..*", description = "folders of test pages (source.html, expected.html, expected-metadata.json),"
            + " each scored on its own: Mozilla readability's, the Indonesian outlet pages in bench/src/main/resources/id/kabar/bench/indonesian-pages/{dev,aside,dev2,aside2,dev3,aside3,dev4,aside4,dev5,aside5,dev6,aside6,dev7,aside7,dev8,aside8,dev9,aside9,dev10,aside10,dev11,aside11,dev12,aside12,dev13,aside13,dev14,aside14,dev15,aside15,dev16,aside16},"
            + " the date pages in bench/src/main/resources/id/kabar/bench/date-pages/{dev,aside,dev2,aside2,dev3,aside3,dev4,aside4,dev5,aside5,dev6,aside6}")
    List<Path> pages = List.of();

    @Option(names = "--indosum", arity = "1..*", description = "IndoSum JSONL files or folders of them")
    List<Path> indosum = List.of();

    @Option(names = "--rounds", defaultValue = "3", description = "timed rounds per extractor (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--warmup", defaultValue = "2", description = "untimed warm-up rounds, the first also scored (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--per-page", description = "print each page's F1 for both extractors")
    boolean perPage;

    @Option(names = "--show", description = "print Kabar's title and body for these pages, then stop")
    List<String> show = List.of();

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Override
    public Integer call() throws Exception {
        if (pages.isEmpty() && indosum.isEmpty()) {
            System.err.println("kabar bench extraction: give --pages DIR and/or --indosum FILE...");
            return 2;
        }
        // Readability4J logs every decision at debug level; logging would be timed as extraction.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        if (!pages.isEmpty() && !show.isEmpty()) {
            for (Path dir : pages) {
                for (ReadabilityPage page : ReadabilityPage.load(dir)) {
                    if (show.contains(page.name())) {
                        Output out = kabar(page);
                        System.out.printf("== %s%ntitle: %s%ngold title: %s%n%s%n%n", page.name(), out.title(), page.goldTitle(), out.text());
                    }
                }
            }
            return 0;
        }
        for (Path dir : pages) {
            System.out.printf("%s%n", dir);
            comparePages(ReadabilityPage.load(dir));
            System.out.println();
        }
        if (!indosum.isEmpty()) {
            timeText(IndoSumCorpus.read(indosum));
        }
        return 0;
    }

    private void comparePages(List<ReadabilityPage> set) {
        System.out.printf(Locale.ROOT, "readability pages: %d (warm-up %d, timed rounds %d)%n", set.size(), warmup, rounds);
        Function<ReadabilityPage, Output> kabar = this::kabar;
        Function<ReadabilityPage, Output> readability = ExtractionBench::readability4j;
        List<Output> kabarOut = run(set, kabar, Math.max(1, warmup));
        List<Output> r4jOut = run(set, readability, Math.max(1, warmup));
        double kabarSeconds = 0;
        double r4jSeconds = 0;
        for (int round = 0; round < rounds; round++) {
            long t0 = CpuClock.threadNanos();
            run(set, kabar, 1);
            kabarSeconds += (CpuClock.threadNanos() - t0) / 1e9;
            t0 = CpuClock.threadNanos();
            run(set, readability, 1);
            r4jSeconds += (CpuClock.threadNanos() - t0) / 1e9;
        }
        ExtractorScore k = score("Kabar", set, kabarOut, kabarSeconds);
        ExtractorScore r = score("Readability4J 1.0.8", set, r4jOut, r4jSeconds);
        if (perPage) {
            System.out.printf("%-45s %7s %7s  %s%n", "page", "kabar", "r4j", "kabar title and day when they differ from the expected ones");
            for (int i = 0; i < set.size(); i++) {
                ReadabilityPage page = set.get(i);
                String title = kabarOut.get(i).title();
                boolean titleRight = page.goldTitle() == null || TokenBag.tokens(page.goldTitle()).equals(TokenBag.tokens(title));
                LocalDate day = kabarOut.get(i).published();
                boolean dayRight = page.goldPublished() == null || page.goldPublished().equals(day);
                LocalDate modified = kabarOut.get(i).modified();
                boolean modifiedRight = page.goldModified() == null || page.goldModified().equals(modified);
                System.out.printf(Locale.ROOT, "%-45s %7.3f %7.3f  %s%s%s%n", page.name(),
                        TokenBag.overlap(kabarOut.get(i).text(), page.goldText()).f1(),
                        TokenBag.overlap(r4jOut.get(i).text(), page.goldText()).f1(),
                        titleRight ? "" : "[" + title + "] expected [" + page.goldTitle() + "] ",
                        dayRight ? "" : "day " + day + " expected " + page.goldPublished() + " ",
                        modifiedRight ? "" : "last change " + modified + " expected " + page.goldModified());
            }
        }
        System.out.printf("%-22s %12s %12s %12s %9s%n", "extractor", "pages/cpu-s", "token F1", "title acc", "failures");
        for (ExtractorScore s : List.of(k, r)) {
            System.out.printf(Locale.ROOT, "%-22s %12.1f %12.4f %12.4f %9d%n", s.name(), s.pagesPerSecond(), s.meanF1(),
                    s.titleAccuracy(), s.failures());
        }
        System.out.printf(Locale.ROOT, "%-22s %11.2fx %+12.4f %+12.4f%n", "Kabar / Readability4J",
                k.pagesPerSecond() / r.pagesPerSecond(), k.meanF1() - r.meanF1(), k.titleAccuracy() - r.titleAccuracy());
        ExtractorScore.DayCounts days = ExtractorScore.DayCounts.of(set, kabarOut);
        System.out.printf(Locale.ROOT, "Kabar publication day, %d pages stating one: %d right, %d wrong, %d not read;"
                + " within a day %d (%.3f), read days within a day P %.3f R %.3f F1 %.3f%n",
                days.judged(), days.right(), days.wrong(), days.missed(), days.withinDay(),
                days.judged() == 0 ? 0 : (double) days.withinDay() / days.judged(), days.precision(), days.recall(), days.f1());
        ExtractorScore.ModifiedCounts modified = ExtractorScore.ModifiedCounts.of(set, kabarOut);
        if (modified.judged() > 0) {
            System.out.printf(Locale.ROOT, "Kabar last change, %d pages stating one: %d right, %d wrong, %d not read;"
                    + " %d of the other %d pages given one%n", modified.judged(), modified.right(), modified.wrong(),
                    modified.judged() - modified.right() - modified.wrong(), modified.unstatedGiven(), set.size() - modified.judged());
        }
    }

    private ExtractorScore score(String name, List<ReadabilityPage> set, List<Output> outputs, double seconds) {
        int failures = (int) outputs.stream().filter(o -> o == Output.FAILED).count();
        return new ExtractorScore(name, set.size() * rounds / seconds, ExtractorScore.meanF1(set, outputs),
                ExtractorScore.titleAccuracy(set, outputs), failures);
    }

    private static List<Output> run(List<ReadabilityPage> set, Function<ReadabilityPage, Output> extractor, int times) {
        List<Output> outputs = new ArrayList<>();
        for (int t = 0; t < times; t++) {
            outputs.clear();
            for (ReadabilityPage page : set) {
                outputs.add(extractor.apply(page));
            }
        }
        return outputs;
    }

    private Output kabar(ReadabilityPage page) {
        try {
            Article a = extractor.extract(new SourceDocument(page.name(), SourceFormat.HTML, page.html(), ReadabilityPage.URL, null));
            return new Output(a.title(), a.body(), a.published(), a.modified());
        } catch (ExtractionException | RuntimeException e) {
            return Output.FAILED;
        }
    }

    private static Output readability4j(ReadabilityPage page) {
        try {
            net.dankito.readability4j.Article a = new Readability4J(ReadabilityPage.URL, page.html()).parse();
            return new Output(a.getTitle(), a.getTextContent() == null ? "" : a.getTextContent(), null, null);
        } catch (RuntimeException e) {
            return Output.FAILED;
        }
    }

    private void timeText(List<IndoSumArticle> articles) {
        List<SourceDocument> docs = articles.stream()
                .map(a -> new SourceDocument(a.id(), SourceFormat.TEXT, a.tokenText(), null, null)).toList();
        int rejected = 0;
        for (int w = 0; w < warmup; w++) {
            rejected = extractAll(docs);
        }
        long t0 = CpuClock.threadNanos();
        for (int round = 0; round < rounds; round++) {
            extractAll(docs);
        }
        double seconds = (CpuClock.threadNanos() - t0) / 1e9;
        double kept = 0;
        for (SourceDocument d : docs) {
            try {
                kept += TokenBag.overlap(extractor.extract(d).body(), d.content()).recall();
            } catch (ExtractionException | RuntimeException e) {
                // a rejected article keeps nothing
            }
        }
        System.out.printf(Locale.ROOT, "%nIndoSum text pages: %d articles, %d rejected, mean share of the text kept as body %.4f%n",
                docs.size(), rejected, kept / docs.size());
        System.out.printf(Locale.ROOT, "%-22s %12.1f articles/cpu-s%n", "Kabar text extraction", docs.size() * rounds / seconds);
    }

    private int extractAll(List<SourceDocument> docs) {
        int rejected = 0;
        for (SourceDocument d : docs) {
            try {
                extractor.extract(d);
            } catch (ExtractionException | RuntimeException e) {
                rejected++;
            }
        }
        return rejected;
    }
}
