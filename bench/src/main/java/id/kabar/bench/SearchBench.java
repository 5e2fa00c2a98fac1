package id.kabar.bench;

import id.kabar.annotate.Annotator;
import id.kabar.bench.corpus.IndoSumArticle;
import id.kabar.bench.corpus.IndoSumCorpus;
import id.kabar.bench.measure.CpuClock;
import id.kabar.bench.measure.Percentile;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.PublishedBasis;
import id.kabar.store.SearchQuery;
import id.kabar.store.SearchResult;
import id.kabar.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kabar bench search --articles N}: builds a store of N articles (IndoSum news, each copy
 * perturbed with sentences of other articles, its own date, outlet and id) and measures search
 * latency over a fixed mix of queries (words, phrases, filters, date ranges), each answered as the
 * API answers it: top 10 with snippets and facet counts. Reports p50/p99 and bytes per article.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search latency (p50/p99) and store size per article on a store of perturbed IndoSum articles.")
final class SearchBench implements Callable<Integer> {
    private static final List<SearchQuery> MIX = List.of(
            text("presiden"), text("banjir"), text("harga minyak"), text("pemerintah daerah"),
            text("\"komisi pemberantasan korupsi\""), text("jokowi"), text("sepak bola"), text("gempa bumi"),
            text("polisi menangkap"), text("pemilihan gubernur jakarta"), text("ekspor impor"), text("mahasiswa -demo"),
            text("transport*"), text("kesehatan masyarakat"), text("bank indonesia suku bunga"), text("film"),
            new SearchQuery("presiden", "kompas", null, null, null, null, null, 0, 10),
            new SearchQuery("harga", null, null, null, null, LocalDate.of(2017, 3, 1), LocalDate.of(2017, 6, 30), 0, 10),
            new SearchQuery("menteri", "suara", "id", null, null, LocalDate.of(2017, 1, 1), null, 0, 10),
            new SearchQuery("pemerintah", null, null, null, null, null, null, 20, 10));

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "articles in the store (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--indosum", paramLabel = "PATH", defaultValue = "/work/shared/data/indosum",
            description = "IndoSum .jsonl file or folder of them (default: ${DEFAULT-VALUE})")
    Path indosum;

    @Option(names = "--store", paramLabel = "DIR", description = "build the store here and keep it (default: a temporary folder, deleted)")
    Path storeDir;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "2000", description = "measured queries (default: ${DEFAULT-VALUE})")
    int queries;

    private static SearchQuery text(String q) {
        return new SearchQuery(q, null, null, null, null, null, null, 0, 10);
    }

    @Override
    public Integer call() throws Exception {
        List<AnnotatedArticle> base = readIndoSum(indosum);
        if (base.isEmpty()) {
            System.err.println("kabar bench: no IndoSum articles in " + indosum);
            return 2;
        }
        Path dir = storeDir != null ? storeDir : Files.createTempDirectory("kabar-search-bench");
        try {
            try (Store store = Store.open(dir)) {
                int before = store.articleCount();
                long t0 = System.nanoTime();
                build(store, base);
                double buildSeconds = (System.nanoTime() - t0) / 1e9;
                int added = store.articleCount() - before;
                System.out.printf(Locale.ROOT, "store: %d articles (%d added in %.1f s, %.0f articles/s)%n",
                        store.articleCount(), added, buildSeconds, added / buildSeconds);
                System.out.printf(Locale.ROOT, "store size: %.1f MB, %.0f bytes per article%n",
                        store.bytesOnDisk() / 1e6, (double) store.bytesOnDisk() / store.articleCount());
            }
            // Measure on a freshly opened store, as a server would serve it.
            try (Store store = Store.open(dir)) {
                measure(store);
            }
        } finally {
            if (storeDir == null) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    private void build(Store store, List<AnnotatedArticle> base) {
        Random random = new Random(42);
        int commitEvery = 10_000;
        for (int i = store.articleCount(); i < articles; i++) {
            AnnotatedArticle b = base.get(i % base.size());
            AnnotatedArticle other = base.get(random.nextInt(base.size()));
            String[] sentences = other.article().body().split("(?<=\\.) ");
            String extra = sentences[random.nextInt(sentences.length)];
            Article a = b.article();
            // Appended text keeps the base article's annotation spans valid.
            LocalDate day = a.published() == null ? null : a.published().plusDays(i / base.size());
            Article copy = new Article(a.id() + "#" + i, a.url(), a.language(), a.outlet(), a.title(), day,
                    a.publishedBasis(), a.authors(), a.dateline(), a.body() + "\n\n" + extra);
            store.put(new AnnotatedArticle(copy, b.annotations()), i);
            if ((i + 1) % commitEvery == 0) {
                store.commit(null, null);
            }
        }
        store.commit(null, null);
    }

    private void measure(Store store) {
        for (int i = 0; i < 300; i++) {
            store.search(MIX.get(i % MIX.size()));
        }
        // CPU time beside wall time: on a shared machine the wall clock also counts waiting for a core.
        long[] wall = new long[queries];
        long[] cpu = new long[queries];
        long hits = 0;
        for (int i = 0; i < queries; i++) {
            long c = CpuClock.threadNanos();
            long t = System.nanoTime();
            SearchResult r = store.search(MIX.get(i % MIX.size()));
            wall[i] = System.nanoTime() - t;
            cpu[i] = CpuClock.threadNanos() - c;
            hits += r.total();
        }
        System.out.printf(Locale.ROOT, "search: %d queries (mix of %d), %.0f hits per query on average,"
                + " top 10 with snippets and facet counts%n", queries, MIX.size(), (double) hits / queries);
        System.out.println("latency: " + percentiles(wall));
        System.out.println("cpu per query: " + percentiles(cpu));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, max %.2f ms", sorted[Percentile.rank(sorted.length, 50)] / 1e6,
                sorted[Percentile.rank(sorted.length, 99)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /** IndoSum articles as annotated articles: readable text, headline from the address, crawl day as published. */
    private static List<AnnotatedArticle> readIndoSum(Path dir) throws IOException {
        Annotator annotator = new Annotator();
        return IndoSumCorpus.read(List.of(dir)).parallelStream()
                .map(SearchBench::article)
                .map(annotator::annotate)
                .toList();
    }

    private static Article article(IndoSumArticle source) {
        LocalDate day = source.crawlDay();
        return new Article(source.id(), source.sourceUrl(), "id", source.source(), source.headline(), day,
                day == null ? null : PublishedBasis.STATED, List.of(), null, source.text());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
