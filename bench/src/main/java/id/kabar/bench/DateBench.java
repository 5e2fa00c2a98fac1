package id.kabar.bench;

import id.kabar.bench.corpus.IndoSumArticle;
import id.kabar.bench.corpus.IndoSumCorpus;
import id.kabar.model.AnnotatedArticle;
import id.kabar.pipeline.Analysis;
import id.kabar.pipeline.AnalysisResult;
import id.kabar.pipeline.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kabar bench dates --indosum DIR}: the publication dates the whole pipeline gives IndoSum articles fed
 * as held-out news comes, JSONL lines with {@code id}, {@code url} and {@code text} and no stated date. IndoSum
 * was crawled in 2016-2018, so a date outside those years is wrong; its ids start with the crawl's unix time,
 * which the engine never sees but which tells here how far a date lies from the day the page was read.
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = {"Publication dates of IndoSum articles run through the pipeline as undated JSONL (id, url,",
                "text): how many are undated, dated outside the corpus's years, dated after their crawl, and",
                "the published_basis of each."},
        footer = {"", "Example:", "  kabar bench dates --indosum data/indosum"})
final class DateBench implements Callable<Integer> {
    /** Days from the crawl within which a date counts as the right week: a page is read within days of publishing. */
    private static final int NEAR_CRAWL_DAYS = 7;

    @Mixin
    IndoSumFolds indosum;

    @Option(names = "--first-year", paramLabel = "YEAR", description = "first year the corpus covers (default: ${DEFAULT-VALUE})")
    int firstYear = 2016;

    @Option(names = "--last-year", paramLabel = "YEAR", description = "last year the corpus covers (default: ${DEFAULT-VALUE})")
    int lastYear = 2018;

    @Override
    public Integer call() throws IOException {
        List<IndoSumArticle> articles = IndoSumCorpus.distinct(indosum.read());
        Path input = Files.createTempFile("kabar-dates", ".jsonl");
        try {
            IndoSumCorpus.writeText(articles, input);
            AnalysisResult result = new Analysis().run(List.of(input), ProgressListener.NONE);
            report(articles.stream().collect(Collectors.toMap(IndoSumArticle::id, Function.identity())), result);
        } finally {
            Files.deleteIfExists(input);
        }
        return 0;
    }

    private void report(Map<String, IndoSumArticle> byId, AnalysisResult result) {
        int undated = 0;
        int outside = 0;
        int afterCrawl = 0;
        int nearCrawl = 0;
        Map<String, Integer> bases = new TreeMap<>();
        for (AnnotatedArticle a : result.articles()) {
            LocalDate published = a.article().published();
            String basis = a.article().publishedBasis() == null ? "(none)" : a.article().publishedBasis().wire();
            bases.merge(basis, 1, Integer::sum);
            if (published == null) {
                undated++;
                continue;
            }
            if (published.getYear() < firstYear || published.getYear() > lastYear) {
                outside++;
            }
            LocalDate crawl = byId.get(a.id()).crawlDay();
            if (crawl != null && published.isAfter(crawl.plusDays(1))) {
                afterCrawl++;
            }
            if (crawl != null && Math.abs(ChronoUnit.DAYS.between(crawl, published)) <= NEAR_CRAWL_DAYS) {
                nearCrawl++;
            }
        }
        int n = result.articles().size();
        System.out.printf(Locale.ROOT, "articles: %d (%d rejected)%n", n, result.rejected().size());
        System.out.printf(Locale.ROOT, "no date: %d%n", undated);
        System.out.printf(Locale.ROOT, "dated outside %d-%d: %d%n", firstYear, lastYear, outside);
        System.out.printf(Locale.ROOT, "dated more than a day after the crawl (id's time): %d%n", afterCrawl);
        System.out.printf(Locale.ROOT, "dated within %d days of the crawl: %d of %d dated%n", NEAR_CRAWL_DAYS, nearCrawl, n - undated);
        System.out.println("published_basis: " + bases);
    }
}
