package id.kabar.bench;

import id.kabar.annotate.Annotator;
import id.kabar.bench.corpus.IndoSumArticle;
import id.kabar.bench.corpus.IndoSumCorpus;
import id.kabar.bench.events.CandidatePairs;
import id.kabar.bench.events.LabelledPair;
import id.kabar.bench.events.LinkScores;
import id.kabar.bench.events.PairLabel;
import id.kabar.link.Linker;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import id.kabar.model.Event;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Story;
import id.kabar.pipeline.Analysis;
import id.kabar.pipeline.AnalysisResult;
import id.kabar.pipeline.ProgressListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Events and stories on IndoSum against pairs read by hand: candidate pairs to read, the linker's
 * scores on the read pairs, and a sample of its events to read. Pairs read on other pages (the CLICK-ID
 * copies) are scored on those pages run through the whole pipeline.
 *
 * <pre>
 *   kabar bench events --indosum dev.01.jsonl ... --candidates pairs.txt   (pairs to read, linker-blind)
 *   kabar bench events --indosum ... --candidates pairs.txt --days 4-30 --linker-threads 40
 *                                       (story pairs weeks apart, plus some the linker threads, marked apart)
 *   kabar bench events --indosum ... --score indosum-event-pairs.tsv indosum-story-pairs.tsv
 *                                       (pairwise and B-cubed figures, each file and draw apart)
 *   kabar bench events --pages clickid-2019-09-10-to-16.jsonl.gz --score clickid-copy-pairs.tsv
 *                                       (the same on pages analysed as {@code kabar analyze} does)
 *   kabar bench events --indosum ... --sample 20                           (multi-article events to read)
 * </pre>
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Event and story linking on IndoSum, scored against pairs read by hand.")
final class EventBench implements Callable<Integer> {
    private static final int LEAD_CHARS = 400;

    @Option(names = "--indosum", arity = "1..*", description = "IndoSum JSONL files or folders of them")
    List<Path> indosum;

    @Option(names = "--pages", arity = "1..*",
            description = "instead of IndoSum: pipeline inputs (pages, JSON Lines) to analyse and score with --score")
    List<Path> pages;

    @Option(names = "--candidates", description = "write candidate pairs to read into this file")
    Path candidates;

    @Option(names = "--per-band", defaultValue = "204", description = "candidate pairs drawn from each similarity band")
    int perBand;

    @Option(names = "--days", defaultValue = "0-3", converter = DayGapsConverter.class,
            description = "crawl days apart of the candidate pairs, as MIN-MAX (0-3 events, 4-30 stories)")
    CandidatePairs.DayGaps days;

    @Option(names = "--linker-threads", defaultValue = "0",
            description = "also draw this many pairs the linker puts in one story, more than 3 days apart (biased toward the linker)")
    int linkerThreads;

    @Option(names = "--score", arity = "1..*", description = "score the linker against these TSVs of read pairs")
    List<Path> score;

    @Option(names = "--sample", description = "print this many random multi-article events of the linker")
    int sample;

    @Option(names = "--seed", defaultValue = "7")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (pages != null) {
            scorePages();
            return 0;
        }
        if (indosum == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "give --indosum or --pages");
        }
        List<IndoSumArticle> articles = distinctInCrawlOrder(IndoSumCorpus.read(indosum));
        System.out.printf(Locale.ROOT, "IndoSum articles: %d%n", articles.size());
        LinkedCorpus corpus = score != null || sample > 0 || linkerThreads > 0 ? link(articles) : null;
        if (candidates != null) {
            writeCandidates(articles, corpus);
        }
        if (score != null || sample > 0) {
            Map<String, IndoSumArticle> byId = new LinkedHashMap<>();
            articles.forEach(a -> byId.put(a.id(), a));
            Map<String, Shown> shown = new LinkedHashMap<>();
            articles.forEach(a -> shown.put(a.id(), new Shown(a.source(), a.crawlDay(), a.headline())));
            scoreFiles(corpus, shown);
            if (sample > 0) {
                sampleEvents(corpus, byId);
            }
        }
        return 0;
    }

    /** An article as the error lists show it. */
    private record Shown(String source, LocalDate day, String headline) {
    }

    /** The pages analysed as {@code kabar analyze} would, then the read pairs scored on them. */
    private void scorePages() throws IOException {
        if (score == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--pages needs --score");
        }
        long t0 = System.nanoTime();
        AnalysisResult result = new Analysis().run(pages, ProgressListener.NONE);
        System.out.printf(Locale.ROOT, "articles: %d, analysed and linked in %.1f s%n", result.articles().size(),
                (System.nanoTime() - t0) / 1e9);
        Map<String, Shown> shown = new LinkedHashMap<>();
        for (AnnotatedArticle a : result.articles()) {
            shown.put(a.id(), new Shown(a.article().outlet(), a.article().published(), a.article().title()));
        }
        scoreFiles(result.corpus(), shown);
    }

    private void scoreFiles(LinkedCorpus corpus, Map<String, Shown> shown) throws IOException {
        for (Path file : score == null ? List.<Path>of() : score) {
            System.out.printf(Locale.ROOT, "%n==== %s%n", file.getFileName());
            List<LabelledPair> pairs = LabelledPair.read(file);
            for (String draw : pairs.stream().map(LabelledPair::draw).distinct().toList()) {
                System.out.printf(Locale.ROOT, "%n--- draw: %s%n", draw);
                score(pairs.stream().filter(p -> p.draw().equals(draw)).toList(), corpus, shown);
            }
        }
    }

    /** Once each (the folds repeat some), oldest crawl first: ids start with the crawl time. */
    private static List<IndoSumArticle> distinctInCrawlOrder(List<IndoSumArticle> all) {
        List<IndoSumArticle> out = IndoSumCorpus.distinct(all);
        out.sort(Comparator.comparing(IndoSumArticle::id));
        return out;
    }

    // ---------------------------------------------------------------- candidates

    /**
     * The linker-blind draw for the chosen day gaps, then (when asked) the pairs the linker threads into
     * one story more than an event's days apart, each marked with its draw: the second draw covers false
     * threads but only finds what the linker already joins, so it is scored apart.
     */
    private void writeCandidates(List<IndoSumArticle> articles, LinkedCorpus corpus) throws IOException {
        CandidatePairs pairs = new CandidatePairs(articles, days);
        System.out.println("qualifying pairs by cosine band: " + pairs.bandCounts());
        List<CandidatePairs.Candidate> drawn = new ArrayList<>(pairs.sample(perBand, seed));
        int blind = drawn.size();
        if (linkerThreads > 0) {
            List<CandidatePairs.Candidate> threaded = linkerThreaded(articles, corpus, pairs);
            System.out.printf(Locale.ROOT, "pairs in one linker story more than %d days apart: %d%n",
                    CandidatePairs.EVENT_GAPS.max(), threaded.size());
            drawn.addAll(threaded.subList(0, Math.min(linkerThreads, threaded.size())));
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(candidates, StandardCharsets.UTF_8))) {
            int n = 0;
            for (CandidatePairs.Candidate c : drawn) {
                IndoSumArticle a = articles.get(c.first());
                IndoSumArticle b = articles.get(c.second());
                out.printf(Locale.ROOT, "=== pair %d\t%s\t%s\t%s\tdays %d\tcosine %.2f\tshared names %d%n", ++n, a.id(),
                        b.id(), n <= blind ? LabelledPair.BLIND_DRAW : LINKER_DRAW, CandidatePairs.dayGap(a, b), c.cosine(),
                        c.sharedNames());
                for (IndoSumArticle x : List.of(a, b)) {
                    out.printf(Locale.ROOT, "[%s %s] %s%n    %s%n", x.source(), x.crawlDay(), x.headline(), lead(x));
                }
                out.println();
            }
        }
        System.out.printf(Locale.ROOT, "wrote %d pairs (%d linker-blind) to %s%n", drawn.size(), blind, candidates);
    }

    /** The draw name of pairs taken from the linker's own stories. */
    static final String LINKER_DRAW = "linker";

    /** Pairs of articles in one linker story crawled more than an event's days apart, shuffled with the seed. */
    private List<CandidatePairs.Candidate> linkerThreaded(List<IndoSumArticle> articles, LinkedCorpus corpus,
                                                         CandidatePairs pairs) {
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            position.put(articles.get(i).id(), i);
        }
        List<CandidatePairs.Candidate> out = new ArrayList<>();
        for (Story story : corpus.stories()) {
            List<Integer> members = story.articles().stream().map(position::get).sorted().toList();
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    int a = members.get(i);
                    int b = members.get(j);
                    if (CandidatePairs.dayGap(articles.get(a), articles.get(b)) > CandidatePairs.EVENT_GAPS.max()) {
                        out.add(pairs.compare(a, b));
                    }
                }
            }
        }
        Collections.shuffle(out, new Random(seed));
        return out;
    }

    /** Reads "MIN-MAX" day gaps from the command line. */
    static final class DayGapsConverter implements CommandLine.ITypeConverter<CandidatePairs.DayGaps> {
        @Override
        public CandidatePairs.DayGaps convert(String value) {
            return CandidatePairs.DayGaps.parse(value);
        }
    }

    private static String lead(IndoSumArticle a) {
        String text = String.join(" ", a.sentences());
        return text.length() > LEAD_CHARS ? text.substring(0, LEAD_CHARS) : text;
    }

    // ---------------------------------------------------------------- linking with the real annotator

    /** Annotates each article as the pipeline would, dated by its crawl day, and links them in crawl order. */
    private static LinkedCorpus link(List<IndoSumArticle> articles) {
        Annotator annotator = new Annotator();
        Linker linker = new Linker();
        long t0 = System.nanoTime();
        for (IndoSumArticle a : articles) {
            Article article = new Article(a.id(), a.sourceUrl(), "id", a.source(), title(a), a.crawlDay(),
                    a.crawlDay() == null ? null : PublishedBasis.STATED, List.of(), null, a.text());
            linker.add(annotator.annotate(article));
        }
        LinkedCorpus corpus = linker.result();
        System.out.printf(Locale.ROOT, "annotated and linked in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return corpus;
    }

    /**
     * The headline as a page would print it, read from the address: some outlets join its words with dots,
     * and an address of one word (an opaque id, or "Report") holds no headline at all.
     */
    static String title(IndoSumArticle a) {
        String headline = a.headline();
        if (headline == null) {
            return null;
        }
        String words = headline.replace('.', ' ').strip();
        return words.contains(" ") ? words : null;
    }

    // ---------------------------------------------------------------- scores

    /** Events and stories are scored only when every pair was read for them, copies always. */
    private void score(List<LabelledPair> pairs, LinkedCorpus corpus, Map<String, Shown> byId) {
        Map<PairLabel, Integer> counts = new EnumMap<>(PairLabel.class);
        pairs.forEach(p -> counts.merge(p.label(), 1, Integer::sum));
        List<LabelledPair> known = pairs.stream()
                .filter(p -> byId.containsKey(p.first()) && byId.containsKey(p.second())).toList();
        System.out.printf(Locale.ROOT, "read pairs: %d %s (%d not in the corpus)%n", pairs.size(), counts,
                pairs.size() - known.size());
        Function<String, String> event = id -> corpus.links().get(id).event();
        Function<String, String> story = id -> corpus.links().get(id).story();
        Function<String, String> copy = id -> LinkScores.copyRoot(corpus, id);
        boolean eventsRead = known.stream().allMatch(p -> p.label().eventRead());
        System.out.println("split      grouping    pairwise P   R     F1   (tp fp fn)   B-cubed P   R     F1");
        for (String split : List.of("all", "tuning", "held-out")) {
            List<LabelledPair> part = known.stream().filter(p -> split.equals("all")
                    || split.equals("held-out") == p.heldOut()).toList();
            if (eventsRead) {
                line(split, "events", LinkScores.judge(part, PairLabel::sameEvent, event));
                line(split, "stories", LinkScores.judge(part, PairLabel::sameStory, story));
            }
            line(split, "duplicates", LinkScores.judge(part, l -> l == PairLabel.DUPLICATE, copy));
        }
        if (eventsRead) {
            errors("events", LinkScores.judge(known, PairLabel::sameEvent, event), byId);
            errors("stories", LinkScores.judge(known, PairLabel::sameStory, story), byId);
        }
        errors("duplicates", LinkScores.judge(known, l -> l == PairLabel.DUPLICATE, copy), byId);
    }

    private static void line(String split, String grouping, LinkScores.Grouping g) {
        LinkScores.Figures p = g.pairwise();
        LinkScores.Figures b = g.bcubed();
        System.out.printf(Locale.ROOT, "%-10s %-11s %.3f %.3f %.3f (%d %d %d)   %.3f %.3f %.3f%n", split, grouping,
                p.precision(), p.recall(), p.f1(), p.truePositives(), p.falsePositives(), p.falseNegatives(),
                b.precision(), b.recall(), b.f1());
    }

    private static void errors(String grouping, LinkScores.Grouping g, Map<String, Shown> byId) {
        print(grouping + ": false merges", g.falseMerges(), byId);
        print(grouping + ": misses", g.misses(), byId);
    }

    private static void print(String heading, List<LabelledPair> pairs, Map<String, Shown> byId) {
        System.out.printf(Locale.ROOT, "%n-- %s (%d)%n", heading, pairs.size());
        for (LabelledPair p : pairs) {
            Shown a = byId.get(p.first());
            Shown b = byId.get(p.second());
            System.out.printf(Locale.ROOT, "  #%d %s (%s)%n     [%s %s] %s%n     [%s %s] %s%n", p.pair(), p.label(),
                    p.reason(), a.source(), a.day(), a.headline(), b.source(), b.day(), b.headline());
        }
    }

    // ---------------------------------------------------------------- events and stories to read

    /** Random multi-article events with their articles' leads, then random multi-article stories by headline. */
    private void sampleEvents(LinkedCorpus corpus, Map<String, IndoSumArticle> byId) {
        List<Event> multi = new ArrayList<>();
        Map<Integer, Integer> sizes = new TreeMap<>();
        for (Story s : corpus.stories()) {
            for (Event e : s.events()) {
                sizes.merge(e.articles().size(), 1, Integer::sum);
                if (e.articles().size() > 1) {
                    multi.add(e);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nevents by size %s%n", sizes);
        multi.sort(Comparator.comparing(Event::id));
        Collections.shuffle(multi, new Random(seed));
        for (Event e : multi.subList(0, Math.min(sample, multi.size()))) {
            System.out.printf(Locale.ROOT, "%n== %s %s (%d articles): %s%n", e.id(), e.date(), e.articles().size(), e.title());
            for (String id : e.articles()) {
                IndoSumArticle a = byId.get(id);
                ArticleLinks l = corpus.links().get(id);
                String lead = lead(a);
                System.out.printf(Locale.ROOT, "  [%s %s%s] %s%n      %s%n", a.source(), a.crawlDay(),
                        l.duplicateOf() == null ? "" : " copy", a.headline(), lead.substring(0, Math.min(260, lead.length())));
            }
        }
        List<Story> threads = new ArrayList<>(corpus.stories().stream().filter(st -> st.articles().size() > 1).toList());
        System.out.printf(Locale.ROOT, "%nstories of several articles: %d%n", threads.size());
        Collections.shuffle(threads, new Random(seed));
        for (Story st : threads.subList(0, Math.min(sample, threads.size()))) {
            System.out.printf(Locale.ROOT, "%n## %s (%d articles, %d events): %s%n", st.id(), st.articles().size(),
                    st.events().size(), st.title());
            for (Event e : st.events()) {
                for (String id : e.articles()) {
                    IndoSumArticle a = byId.get(id);
                    System.out.printf(Locale.ROOT, "  %s [%s %s] %s%n", e.id(), a.source(), a.crawlDay(), a.headline());
                }
            }
        }
    }
}
