package id.kabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.annotate.Annotator;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.PublishedBasis;
import id.kabar.store.SearchQuery;
import id.kabar.store.SearchResult;
import id.kabar.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    @Option(names = "--indosum", paramLabel = "DIR", defaultValue = "/work/shared/data/indosum",
            description = "folder of IndoSum .jsonl files (default: ${DEFAULT-VALUE})")
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
            Article copy = new Article(a.id() + "#" + i, a.url(), a.language(), a.outlet(), a.title(),
                    a.published().plusDays(i / base.size()), a.publishedBasis(), a.authors(), a.dateline(),
                    a.body() + "\n\n" + extra);
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[queries];
        long[] cpu = new long[queries];
        long hits = 0;
        for (int i = 0; i < queries; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            SearchResult r = store.search(MIX.get(i % MIX.size()));
            wall[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
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
        return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, max %.2f ms", sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /** IndoSum articles as annotated articles: tokens joined back into text, date from the id's timestamp. */
    private static List<AnnotatedArticle> readIndoSum(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Annotator annotator = new Annotator();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".jsonl")).sorted(Comparator.naturalOrder()).toList();
        }
        List<Article> read = new ArrayList<>();
        for (Path f : files) {
            try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    JsonNode n = json.readTree(line);
                    String id = n.get("id").asText();
                    List<String> paragraphs = new ArrayList<>();
                    for (JsonNode p : n.get("paragraphs")) {
                        List<String> sentences = new ArrayList<>();
                        p.forEach(s -> sentences.add(detokenize(s)));
                        paragraphs.add(String.join(" ", sentences));
                    }
                    LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(id.substring(0, id.indexOf('-')))),
                            ZoneOffset.ofHours(7));
                    String title = id.substring(id.indexOf('-') + 1).replace('-', ' ');
                    read.add(new Article(id, n.path("source_url").asText(null), "id", n.path("source").asText(null),
                            title, day, PublishedBasis.STATED, List.of(), null, String.join("\n\n", paragraphs)));
                }
            }
        }
        return read.parallelStream().map(annotator::annotate).toList();
    }

    private static String detokenize(JsonNode tokens) {
        StringBuilder b = new StringBuilder();
        for (JsonNode t : tokens) {
            String w = t.asText();
            boolean attach = w.matches("[.,;:!?)%]|'s") || (b.length() > 0 && b.charAt(b.length() - 1) == '(');
            if (b.length() > 0 && !attach) {
                b.append(' ');
            }
            b.append(w);
        }
        return b.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
