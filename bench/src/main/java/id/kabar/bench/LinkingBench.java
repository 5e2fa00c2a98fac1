package id.kabar.bench;

import id.kabar.bench.corpus.IndoSumArticle;
import id.kabar.bench.corpus.IndoSumCorpus;
import id.kabar.bench.measure.CpuClock;
import id.kabar.bench.measure.Percentile;
import id.kabar.link.BackgroundFrequencies;
import id.kabar.link.LinkResidence;
import id.kabar.link.LinkWork;
import id.kabar.link.Linker;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Linking cost as the store grows, and near-duplicate thresholds on IndoSum (events are read with {@code bench events}).
 *
 * <pre>
 *   kabar bench linking --indosum dev.01.jsonl ... --sizes 10000,100000,1000000
 *   kabar bench linking --indosum ... --sizes 10000,100000 --same-span   (density grows with the store)
 *   kabar bench linking --indosum ... --duplicates          (light edits versus rewrites)
 *   kabar bench linking --indosum ... --write-background FILE
 * </pre>
 */
@Command(name = "linking", mixinStandardHelpOptions = true,
        description = "Linking cost per article at growing store sizes, and near-duplicate checks on IndoSum.")
final class LinkingBench implements Callable<Integer> {
    @Mixin
    IndoSumFolds indosum;

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000",
            description = "store sizes at which cost is measured")
    List<Integer> sizes;

    @Option(names = "--probe", defaultValue = "1000", description = "articles timed at each size")
    int probe;

    @Option(names = "--per-day", defaultValue = "1000",
            description = "new articles published a day as the store grows in date order (syndicated copies, 5%%, come on top)")
    int perDay;

    @Option(names = "--same-span", description = "stress: every store size spread over the same three years in "
            + "random order, so the articles per week grow with the store")
    boolean sameSpan;

    @Option(names = "--skip-result", description = "leave out the whole corpus's result() at the end: at millions of "
            + "articles it holds every profile and link at once, which the linking itself never does")
    boolean skipResult;

    @Option(names = "--resume", description = "link with the linker's segments kept in this folder and, after the "
            + "largest size, save a checkpoint and time a linker restored from it, as a run resumed into a store is")
    Path resume;

    @Option(names = "--seed", defaultValue = "7")
    long seed;

    @Option(names = "--duplicates", description = "measure shingle similarity of light edits against rewrites")
    boolean duplicates;

    @Option(names = "--write-background", description = "write the background document frequencies of the IndoSum texts")
    Path background;

    @Override
    public Integer call() throws IOException {
        List<Source> sources = Source.distinct(indosum.read());
        System.out.printf(Locale.ROOT, "IndoSum articles: %d%n", sources.size());
        if (background != null) {
            try (OutputStream out = Files.newOutputStream(background)) {
                BackgroundFrequencies.write(sources.stream().map(s -> s.title + "\n\n" + s.body).toList(), out);
            }
            System.out.println("wrote " + background);
        } else if (duplicates) {
            new DuplicateCalibration(sources, new Random(seed)).run();
        } else {
            scale(sources);
        }
        return 0;
    }

    // ---------------------------------------------------------------- cost at scale

    private void scale(List<Source> sources) throws IOException {
        Random random = new Random(seed);
        Calendar calendar = sameSpan ? new SameSpan(random) : new GrowingStore(random, perDay);
        Perturber perturber = new Perturber(sources, random, calendar);
        Linker linker = resume == null ? new Linker() : Linker.in(resume);
        System.out.println(sameSpan
                ? "same span: every size over the same three years, articles in random order"
                : "growing store: " + perDay + " new articles a day (copies on top) in date order, a few days' "
                        + "jitter, " + GrowingStore.BACKFILL_PERCENT + "% backfilled up to " + GrowingStore.BACKFILL_DAYS
                        + " days late");
        // The machine is shared, so cost is read as this thread's CPU time as well as wall time. The work
        // counts are per probe article: postings read, pairs compared, MinHash signatures compared, story
        // profiles compared, joins, story merges, article profiles older than those held met, and article and story
        // profiles read back from disk. Then what the linker holds: article profiles (the latest, and older ones read
        // back lately), story profiles, story index keys, words.
        System.out.println("store     days  fill_wall_us  fill_cpu_us  probe_wall_us  probe_cpu_us  heap_used_MB  heap_peak_MB"
                + "  postings   pairs  signatures  resemblances  joins  merges  older_met  profiles_read  stories_read"
                + "  profiles_held  read_back_held  stories_held  story_keys    words");
        long fillNanos = 0;
        int filled = 0;
        for (int size : sizes.stream().sorted().toList()) {
            long t0 = System.nanoTime();
            long f0 = CpuClock.threadNanos();
            while (linker.size() < size) {
                linker.add(perturber.next());
            }
            fillNanos += System.nanoTime() - t0;
            int fillCount = linker.size() - filled;
            double fillUs = fillCount == 0 ? 0 : (System.nanoTime() - t0) / 1e3 / fillCount;
            // The fill's CPU per article as well as the probe's: a probe of a thousand articles may or may not
            // hold the doubling of a large table, which the fill spreads over every article (making each included).
            double fillCpuUs = fillCount == 0 ? 0 : (CpuClock.threadNanos() - f0) / 1e3 / fillCount;
            List<AnnotatedArticle> next = new ArrayList<>(probe);
            for (int i = 0; i < probe; i++) {
                next.add(perturber.next());
            }
            LinkWork before = linker.work();
            long p0 = System.nanoTime();
            long c0 = CpuClock.threadNanos();
            next.forEach(linker::add);
            double probeCpuUs = (CpuClock.threadNanos() - c0) / 1e3 / probe;
            double probeUs = (System.nanoTime() - p0) / 1e3 / probe;
            LinkWork w = linker.work().since(before);
            filled = linker.size();
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            LinkResidence held = linker.residence();
            System.out.printf(Locale.ROOT, "%-9d %4d %13.1f %12.1f %14.1f %13.1f %13d %13d %9.1f %7.1f %11.1f %13.2f %6.2f %7.2f"
                            + " %10.2f %14.2f %13.2f %14d %15d %13d %11d %8d%n",
                    size, calendar.daysSpanned(), fillUs, fillCpuUs, probeUs, probeCpuUs, used >> 20, peakHeap() >> 20,
                    perArticle(w.postingsRead(), w), perArticle(w.pairsCompared(), w),
                    perArticle(w.signaturesCompared(), w), perArticle(w.storyResemblances(), w),
                    perArticle(w.joins(), w), perArticle(w.storyMerges(), w), perArticle(w.olderProfilesMet(), w),
                    perArticle(w.profilesReadBack(), w), perArticle(w.storiesReadBack(), w), held.profilesHeld(),
                    held.readBackHeld(), held.storiesHeld(), held.storyIndexKeys(), held.words());
        }
        System.out.printf(Locale.ROOT, "total fill time %.1f s for %d articles%n", fillNanos / 1e9, linker.size());
        if (resume != null) {
            linker = resumed(linker);
        }
        if (skipResult) {
            return;
        }
        long t0 = System.nanoTime();
        LinkedCorpus corpus = linker.result();
        long events = corpus.links().values().stream().map(ArticleLinks::event).distinct().count();
        long copies = corpus.links().values().stream().filter(l -> l.duplicateOf() != null).count();
        int largestEvent = corpus.stories().stream().flatMap(st -> st.events().stream())
                .mapToInt(e -> e.articles().size()).max().orElse(0);
        int largestStory = corpus.stories().stream().mapToInt(st -> st.articles().size()).max().orElse(0);
        System.out.printf(Locale.ROOT, "result(): %.1f s, %d events (largest %d), %d stories (largest %d), %d copies%n",
                (System.nanoTime() - t0) / 1e9, events, largestEvent, corpus.stories().size(), largestStory, copies);
    }

    /**
     * Saves the linker's checkpoint, closes it and restores a linker from the segments, as a run resumed into a store
     * does: the restore's wall and CPU time, and the linker restored, which the result is then read from.
     */
    private Linker resumed(Linker linker) throws IOException {
        long s0 = System.nanoTime();
        byte[] head = linker.checkpoint();
        long saved = System.nanoTime() - s0;
        int articles = linker.size();
        linker.close();
        System.gc();
        long t0 = System.nanoTime();
        long c0 = CpuClock.threadNanos();
        Linker restored = Linker.restore(resume, head);
        double cpu = (CpuClock.threadNanos() - c0) / 1e9;
        double wall = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "checkpoint of %d articles: %.1f s, %d bytes of segments; restored in %.2f s"
                + " (%.2f CPU-s of the restoring thread), %d articles%n", articles, saved / 1e9, restored.stateBytes(),
                wall, cpu, restored.size());
        return restored;
    }

    private static double perArticle(long count, LinkWork w) {
        return w.articles() == 0 ? 0 : (double) count / w.articles();
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The publication day of each new article the bench makes, in the order they are made. */
    interface Calendar {
        LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);

        LocalDate next();

        /** Days from the earliest to the latest day given so far. */
        int daysSpanned();
    }

    /**
     * A store that grows as news is published: a constant number of articles a day in date order, each
     * a few days off its slot (arrival is not publication), and a few backfilled weeks late, as when an
     * outlet's archive is scraped after the fact. A bigger store spans more days, not more news a day.
     */
    static final class GrowingStore implements Calendar {
        static final int JITTER_DAYS = 2;
        static final int BACKFILL_PERCENT = 3;
        static final int BACKFILL_DAYS = 60;
        private final Random random;
        private final int perDay;
        private long made;
        private long first = Long.MAX_VALUE;
        private long last = Long.MIN_VALUE;

        GrowingStore(Random random, int perDay) {
            this.random = random;
            this.perDay = perDay;
        }

        @Override
        public LocalDate next() {
            long day = made++ / perDay + random.nextInt(2 * JITTER_DAYS + 1) - JITTER_DAYS;
            if (random.nextInt(100) < BACKFILL_PERCENT) {
                day -= 1 + random.nextInt(BACKFILL_DAYS);
            }
            first = Math.min(first, day);
            last = Math.max(last, day);
            return FIRST_DAY.plusDays(day);
        }

        @Override
        public int daysSpanned() {
            return made == 0 ? 0 : (int) (last - first + 1);
        }
    }

    /** Stress: every store size over the same three years in random order, so density grows with the store. */
    static final class SameSpan implements Calendar {
        private static final int DAYS = 3 * 365;
        private final Random random;

        SameSpan(Random random) {
            this.random = random;
        }

        @Override
        public LocalDate next() {
            return FIRST_DAY.plusDays(random.nextInt(DAYS));
        }

        @Override
        public int daysSpanned() {
            return DAYS;
        }
    }

    /**
     * New articles from IndoSum ones: a day from the calendar, about 40% of the sentences of one
     * article and 20% of another's in shuffled order, a third of the capitalised names replaced by
     * invented ones; and 5% syndicated copies of a recent article, a day or two later.
     */
    static final class Perturber {
        private static final String[] SYLLABLES = {"ba", "di", "ku", "ra", "san", "to", "wi", "ma", "ne", "lo", "har", "jo", "su", "pra", "ti", "yan"};
        /** Share of articles that are syndicated copies of a recent one. */
        private static final int COPY_PERCENT = 5;
        private static final int RECENT = 1000;
        private final List<Source> sources;
        private final Random random;
        private final Calendar calendar;
        private final List<AnnotatedArticle> recent = new ArrayList<>();
        private int made;

        Perturber(List<Source> sources, Random random, Calendar calendar) {
            this.sources = sources;
            this.random = random;
            this.calendar = calendar;
        }

        AnnotatedArticle next() {
            String id = "synthetic/" + (made++);
            if (!recent.isEmpty() && random.nextInt(100) < COPY_PERCENT) {
                // A syndicated copy of a recent article, a day or two later.
                AnnotatedArticle original = recent.get(random.nextInt(recent.size()));
                Article a = original.article();
                return CrudeEntities.annotate(id + "-copy", a.title(), a.published().plusDays(random.nextInt(3)),
                        a.body(), original.annotations().entities().stream().map(Entity::name).toList());
            }
            Source main = sources.get(random.nextInt(sources.size()));
            Source other = sources.get(random.nextInt(sources.size()));
            Map<String, String> renamed = new HashMap<>();
            List<String> names = new ArrayList<>();
            for (Source s : List.of(main, other)) {
                for (String name : s.names) {
                    if (!renamed.containsKey(name)) {
                        renamed.put(name, random.nextInt(3) == 0 ? inventName() : name);
                        names.add(renamed.get(name));
                    }
                }
            }
            List<String> sentences = new ArrayList<>();
            pick(main, 4, renamed, sentences);
            pick(other, 2, renamed, sentences);
            if (sentences.isEmpty()) {
                sentences.add(rename(main.sentences.get(0), renamed));
            }
            Collections.shuffle(sentences, random);
            LocalDate day = calendar.next();
            AnnotatedArticle article = CrudeEntities.annotate(id + "-" + main.id, rename(main.title, renamed), day,
                    String.join(" ", sentences), names);
            if (recent.size() < RECENT) {
                recent.add(article);
            } else {
                recent.set(random.nextInt(RECENT), article);
            }
            return article;
        }

        /** Adds about {@code tenths}/10 of the source's sentences, renamed. */
        private void pick(Source s, int tenths, Map<String, String> renamed, List<String> into) {
            for (String sentence : s.sentences) {
                if (random.nextInt(10) < tenths) {
                    into.add(rename(sentence, renamed));
                }
            }
        }

        private String inventName() {
            StringBuilder b = new StringBuilder();
            int n = 2 + random.nextInt(2);
            for (int i = 0; i < n; i++) {
                b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            return Character.toUpperCase(b.charAt(0)) + b.substring(1);
        }

        private static String rename(String text, Map<String, String> renamed) {
            String out = text;
            for (Map.Entry<String, String> e : renamed.entrySet()) {
                out = out.replace(e.getKey(), e.getValue());
            }
            return out;
        }
    }

    // ---------------------------------------------------------------- duplicates

    /**
     * Shingle similarity (three-word Jaccard, the quantity the MinHash signature estimates) of light
     * edits of an article against the original, and of rewrites: different IndoSum articles on the same
     * news, taken as the pairs with the most shared content words. Then the linker's own decisions.
     */
    static final class DuplicateCalibration {
        private final List<Source> sources;
        private final Random random;

        DuplicateCalibration(List<Source> sources, Random random) {
            this.sources = sources;
            this.random = random;
        }

        void run() {
            Map<String, List<Double>> edits = new LinkedHashMap<>();
            List<String[]> pairs = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Source s = sources.get(random.nextInt(sources.size()));
                Map<String, String> variants = lightEdits(s);
                for (Map.Entry<String, String> v : variants.entrySet()) {
                    edits.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(jaccard(s.body, v.getValue()));
                    pairs.add(new String[] {s.body, v.getValue(), v.getKey()});
                }
            }
            List<double[]> rewrites = rewritePairs();
            System.out.println("three-word shingle Jaccard (min / 5th pct / median):");
            for (Map.Entry<String, List<Double>> e : edits.entrySet()) {
                List<Double> v = new ArrayList<>(e.getValue());
                Collections.sort(v);
                System.out.printf(Locale.ROOT, "  light edit %-28s n=%d  %.3f / %.3f / %.3f%n", e.getKey(), v.size(),
                        v.get(0), v.get(Percentile.rank(v.size(), 5)), v.get(Percentile.rank(v.size(), 50)));
            }
            List<Double> rw = new ArrayList<>();
            rewrites.forEach(r -> rw.add(r[0]));
            Collections.sort(rw);
            System.out.printf(Locale.ROOT, "  rewrites (same news, other writer) n=%d  median %.3f / 95th pct %.3f / max %.3f%n",
                    rw.size(), rw.get(Percentile.rank(rw.size(), 50)), rw.get(Percentile.rank(rw.size(), 95)), rw.get(rw.size() - 1));

            // The linker's decisions on the same pairs.
            Map<String, int[]> found = new LinkedHashMap<>();
            int n = 0;
            for (String[] p : pairs) {
                Linker linker = new Linker();
                LocalDate day = LocalDate.of(2022, 3, 1);
                linker.add(CrudeEntities.annotate("a" + n, null, day, p[0]));
                linker.add(CrudeEntities.annotate("b" + n, null, day, p[1]));
                boolean copy = "a".concat(String.valueOf(n)).equals(linker.result().links().get("b" + n).duplicateOf());
                int[] c = found.computeIfAbsent(p[2], k -> new int[2]);
                c[0] += copy ? 1 : 0;
                c[1]++;
                n++;
            }
            found.forEach((k, c) -> System.out.printf(Locale.ROOT, "  linker marks %-28s as copy: %d / %d%n", k, c[0], c[1]));
            int falseCopies = 0;
            for (double[] r : rewrites) {
                Linker linker = new Linker();
                LocalDate day = LocalDate.of(2022, 3, 1);
                Source a = sources.get((int) r[1]);
                Source b = sources.get((int) r[2]);
                linker.add(CrudeEntities.annotate(a.id, a.title, day, a.body));
                linker.add(CrudeEntities.annotate(b.id, b.title, day, b.body));
                falseCopies += linker.result().links().get(b.id).duplicateOf() != null ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "  linker marks rewrites as copy: %d / %d%n", falseCopies, rewrites.size());
        }

        private Map<String, String> lightEdits(Source s) {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("exact copy", s.body);
            out.put("re-scrape with boilerplate", "Baca juga: Berita terkini hari ini\n\n" + s.body
                    + "\n\n(ant/red) Ikuti kami di media sosial. Copyright 2022.");
            List<String> words = new ArrayList<>(List.of(s.body.split(" ")));
            for (int i = 0; i < words.size() / 20; i++) {
                words.set(random.nextInt(words.size()), words.get(random.nextInt(words.size())));
            }
            out.put("5% of words changed", String.join(" ", words));
            List<String> sentences = new ArrayList<>(s.sentences);
            if (sentences.size() > 3) {
                sentences.remove(random.nextInt(sentences.size()));
                sentences.remove(sentences.size() - 1);
            }
            out.put("two sentences dropped", String.join(" ", sentences));
            List<String> edited = new ArrayList<>(sentences);
            if (!edited.isEmpty()) {
                int k = random.nextInt(edited.size());
                edited.set(k, edited.get(k).replaceFirst("\\S+", "Sementara itu,"));
            }
            out.put("dropped, reworded and framed", "Jakarta - " + String.join(" ", edited) + " (red)");
            return out;
        }

        /** Pairs of different articles sharing most content words: [jaccard, indexA, indexB]. */
        private List<double[]> rewritePairs() {
            List<Set<String>> words = new ArrayList<>();
            for (Source s : sources) {
                Set<String> w = new HashSet<>();
                for (String t : s.body.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    if (t.length() > 4) {
                        w.add(t);
                    }
                }
                words.add(w);
            }
            List<double[]> best = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                for (int j = 0; j < i; j++) {
                    Set<String> a = words.get(i);
                    Set<String> b = words.get(j);
                    long shared = a.stream().filter(b::contains).count();
                    double overlap = (double) shared / Math.max(1, Math.min(a.size(), b.size()));
                    if (overlap >= 0.5 && !sources.get(i).body.equals(sources.get(j).body)) {
                        best.add(new double[] {jaccard(sources.get(i).body, sources.get(j).body), i, j});
                    }
                }
            }
            return best;
        }

        static double jaccard(String a, String b) {
            Set<String> x = shingles(a);
            Set<String> y = shingles(b);
            long shared = x.stream().filter(y::contains).count();
            return (double) shared / (x.size() + y.size() - shared);
        }

        private static Set<String> shingles(String text) {
            String[] w = text.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}\\p{N}]+");
            Set<String> out = new HashSet<>();
            for (int i = 0; i + 3 <= w.length; i++) {
                out.add(w[i] + " " + w[i + 1] + " " + w[i + 2]);
            }
            return out;
        }
    }

    // ---------------------------------------------------------------- IndoSum as linking input

    /** An IndoSum article as linking input: readable text in one paragraph, headline from the address. */
    record Source(String id, String title, String body, List<String> sentences, List<String> names) {

        /** The articles once each (see {@link IndoSumCorpus#distinct}). */
        static List<Source> distinct(List<IndoSumArticle> articles) {
            List<Source> out = new ArrayList<>();
            for (IndoSumArticle a : IndoSumCorpus.distinct(articles)) {
                List<String> sentences = a.sentences();
                String body = String.join(" ", sentences);
                out.add(new Source(a.id(), a.headline(), body, sentences, CrudeEntities.names(body)));
            }
            return out;
        }
    }

    /** Entities for linking without running the annotator: runs of capitalised words, all typed as organisations. */
    static final class CrudeEntities {
        /** Runs of capitalised words not opening a sentence: crude stand-ins for named entities. */
        private static final Pattern NAME = Pattern.compile("(?<=[a-z,] )(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)*)");

        static AnnotatedArticle annotate(String id, String title, LocalDate day, String body) {
            Map<String, List<Span>> spans = new LinkedHashMap<>();
            Matcher m = NAME.matcher(body);
            while (m.find()) {
                spans.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(new Span(m.start(1), m.end(1)));
            }
            return annotated(id, title, day, body, spans);
        }

        /** The same with the names already known: their places are looked up rather than matched anew. */
        static AnnotatedArticle annotate(String id, String title, LocalDate day, String body, List<String> names) {
            Map<String, List<Span>> spans = new LinkedHashMap<>();
            for (String name : names) {
                for (int i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + name.length())) {
                    spans.computeIfAbsent(name, k -> new ArrayList<>()).add(new Span(i, i + name.length()));
                }
            }
            return annotated(id, title, day, body, spans);
        }

        private static AnnotatedArticle annotated(String id, String title, LocalDate day, String body,
                                                  Map<String, List<Span>> spans) {
            List<Entity> entities = new ArrayList<>();
            spans.forEach((name, s) -> entities.add(new Entity(name, EntityType.ORG, List.of(name), List.of(), s)));
            Article a = new Article(id, null, "id", null, title, day, day == null ? null : PublishedBasis.STATED,
                    List.of(), null, body);
            return new AnnotatedArticle(a, new Annotations(entities, List.of(), List.of(), List.of()));
        }

        static List<String> names(String body) {
            Set<String> out = new LinkedHashSet<>();
            Matcher m = NAME.matcher(body);
            while (m.find()) {
                out.add(m.group(1));
            }
            return List.copyOf(out);
        }
    }
}
