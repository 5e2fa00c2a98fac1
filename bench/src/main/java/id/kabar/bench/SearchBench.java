package id.kabar.bench;

import id.kabar.annotate.Annotator;
import id.kabar.bench.corpus.IndoSumArticle;
import id.kabar.bench.corpus.IndoSumCorpus;
import id.kabar.bench.measure.CpuClock;
import id.kabar.bench.measure.Percentile;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.link.Linker;
import id.kabar.model.PublishedBasis;
import id.kabar.server.KabarServer;
import id.kabar.store.SearchQuery;
import id.kabar.store.SearchResult;
import id.kabar.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * API answers it: top 10 with snippets and facet counts. Reports p50/p99 and bytes per article. With
 * {@code --pages} the store is linked as it is built (stories, events, quote and claim groups) and the workbench's
 * pages and list exports are timed through the server over loopback, as a browser asks them.
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

    @Option(names = "--pages", description = "link the store as it is built and time the workbench's pages and exports through the server")
    boolean pages;

    @Option(names = "--page-requests", paramLabel = "N", defaultValue = "200",
            description = "measured requests per page with --pages (default: ${DEFAULT-VALUE})")
    int pageRequests;

    /**
     * The workbench's pages and API lists as an analyst asks them; {@code PERSON} stands for the most named person.
     */
    private static final List<String> PAGES = List.of("/", "/figures", "/figures?flag=disagreement", "/quotes",
            "/quotes?speaker=jokowi", "/quotes?q=harga", "/people", "/people?prefix=jo", "/person?name=PERSON",
            "/search?q=presiden", "/search?q=%22komisi+pemberantasan+korupsi%22", "/api/claims?flag=disagreement",
            "/api/quotes?speaker=jokowi", "/api/people?type=person", "/api/stories");
    /** Whole lists taken out, each the full list of the store. */
    private static final List<String> EXPORTS = List.of("/api/articles?format=csv", "/api/quotes?format=csv",
            "/api/claims?format=csv", "/api/people?format=csv", "/api/stories?format=jsonl");
    /** Each export is read this many times; it is seconds of work, so a few tell its spread. */
    private static final int EXPORT_RUNS = 3;

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
                if (pages) {
                    measurePages(store);
                }
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
        Linker linker = pages ? new Linker() : null;
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
            AnnotatedArticle stored = new AnnotatedArticle(copy, b.annotations());
            store.put(stored, i);
            if (linker != null) {
                linker.add(stored);
            }
            if ((i + 1) % commitEvery == 0) {
                store.commit(null, null);
            }
        }
        store.commit(null, linker == null ? null : linker.result());
    }

    /** Each page's latency through the server, then each whole-list export's time and size. */
    private void measurePages(Store store) throws IOException, InterruptedException {
        try (KabarServer server = KabarServer.start(store, "127.0.0.1", 0)) {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            String person = mostNamedPerson(client, base);
            System.out.printf(Locale.ROOT, "pages: %d requests each after 20 to warm up, through the server on loopback%n",
                    pageRequests);
            for (String page : PAGES) {
                URI uri = URI.create(base + page.replace("PERSON", URLEncoder.encode(person, StandardCharsets.UTF_8)));
                for (int i = 0; i < 20; i++) {
                    get(client, uri);
                }
                long[] wall = new long[pageRequests];
                long bytes = 0;
                for (int i = 0; i < pageRequests; i++) {
                    long t = System.nanoTime();
                    bytes = get(client, uri);
                    wall[i] = System.nanoTime() - t;
                }
                System.out.printf(Locale.ROOT, "  %-48s %s, %d bytes%n", page, percentiles(wall), bytes);
            }
            for (String export : EXPORTS) {
                URI uri = URI.create(base + export);
                long[] wall = new long[EXPORT_RUNS];
                long bytes = 0;
                for (int i = 0; i < EXPORT_RUNS; i++) {
                    long t = System.nanoTime();
                    bytes = get(client, uri);
                    wall[i] = System.nanoTime() - t;
                }
                Arrays.sort(wall);
                System.out.printf(Locale.ROOT, "  export %-41s best %.0f ms, worst %.0f ms, %.1f MB%n", export,
                        wall[0] / 1e6, wall[EXPORT_RUNS - 1] / 1e6, bytes / 1e6);
            }
        }
    }

    private static String mostNamedPerson(HttpClient client, String base) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/people?type=person&limit=1&format=csv")).build(),
                HttpResponse.BodyHandlers.ofString());
        String[] lines = r.body().split("\r?\n");
        return lines.length < 2 ? "Joko Widodo" : lines[1].split(",")[0].replace("\"", "");
    }

    /** Reads the whole answer, failing on anything but 200; the bytes read. */
    private static long get(HttpClient client, URI uri) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            long n = in.transferTo(OutputStream.nullOutputStream());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + r.statusCode());
            }
            return n;
        }
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
