package id.kabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import id.kabar.bench.gold.GoldLinking;
import id.kabar.link.ClaimPairStages;
import id.kabar.link.QuotePairStages;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.Claim;
import id.kabar.model.MemberRef;
import id.kabar.model.Quote;
import id.kabar.pipeline.Analysis;
import id.kabar.pipeline.AnalysisResult;
import id.kabar.pipeline.ProgressListener;
import id.kabar.present.ContractWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A whole corpus through the real pipeline, its links scored against gold files read by hand: events and
 * stories (B-cubed), copies (pair F1), the same quote and the same figure across articles (group pairs).
 *
 * <pre>
 *   kabar bench corpus --input clickid-2019-09-10-to-16.jsonl.gz \
 *       --gold bench/src/main/resources/id/kabar/bench/clickid-tune.json bench/src/main/resources/id/kabar/bench/clickid-heldout.json
 * </pre>
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Links a corpus with the real pipeline and scores its events, stories, copies, quote and claim groups against gold files.")
final class CorpusBench implements Callable<Integer> {

    @Option(names = "--input", arity = "1..*", required = true, description = "the corpus: files or folders, as for analyze")
    List<Path> input;

    @Option(names = "--gold", arity = "1..*", required = true, description = "gold files in the seeds' gold format")
    List<Path> gold;

    @Option(names = "--out", description = "also write the contract files here")
    Path out;

    @Option(names = "--quote-stages", description = "also count the gold quote-group pairs of each gold file by the "
            + "first stage that loses them (development files only: it reads which pairs are missed)")
    boolean quoteStages;

    @Option(names = "--show-quote-stages", description = "with --quote-stages, list each lost pair with its stage")
    boolean showQuoteStages;

    @Option(names = "--claim-stages", description = "also count the gold claim-group pairs of each gold file by the "
            + "first stage that loses them (development files only: it reads which pairs are missed)")
    boolean claimStages;

    @Option(names = "--show-claim-stages", description = "with --claim-stages, list each lost pair with its stage")
    boolean showClaimStages;

    @Override
    public Integer call() throws IOException {
        List<GoldLinking> golds = new ArrayList<>();
        for (Path g : gold) {
            golds.add(GoldLinking.read(g));
        }
        AnalysisResult result = new Analysis().run(input, ProgressListener.NONE);
        System.out.printf(Locale.ROOT, "corpus: %d articles, %d rejected, %d stories, %.1f s%n",
                result.articles().size(), result.rejected().size(), result.corpus().stories().size(),
                result.elapsed().toMillis() / 1000.0);
        if (out != null) {
            new ContractWriter().write(out, result.articles(), result.corpus(), result.rejected());
        }
        Map<String, AnnotatedArticle> byId = new HashMap<>();
        result.articles().forEach(a -> byId.put(a.id(), a));
        List<JsonNode> stories = result.corpus().stories().stream().map(s -> (JsonNode) ContractWriter.storyJson(s)).toList();
        System.out.printf(Locale.ROOT, "%-28s %5s  %-17s %-17s %-17s %-22s %-28s%n", "gold", "arts",
                "events P/R/F1", "stories P/R/F1", "copies P/R/F1", "quote groups R/P", "claim groups R/P kind/of gold");
        List<GoldArticles> staged = new ArrayList<>();
        List<GoldArticles> claimStaged = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            GoldLinking g = golds.get(i);
            Map<String, JsonNode> articles = new LinkedHashMap<>();
            for (String id : g.articleIds()) {
                AnnotatedArticle a = byId.get(id);
                if (a != null) {
                    articles.put(id, ContractWriter.articleJson(a, result.corpus().links().get(id)));
                }
            }
            GoldLinking.Scores s = g.score(articles, stories);
            System.out.printf(Locale.ROOT, "%-28s %5d  %-17s %-17s %-17s %-22s %-28s%n", gold.get(i).getFileName(),
                    g.articleIds().size(), figures(s.events()), figures(s.stories()), figures(s.copies()),
                    groups(s.quoteGroups()), groups(s.claimGroups()));
            if (quoteStages && s.quoteGroups() != null) {
                staged.add(new GoldArticles(gold.get(i).getFileName().toString(), g, articles, stories));
            }
            if (claimStages && s.claimGroups() != null) {
                claimStaged.add(new GoldArticles(gold.get(i).getFileName().toString(), g, articles, stories));
            }
        }
        if (!staged.isEmpty()) {
            printQuoteStages(result.articles(), staged);
        }
        if (!claimStaged.isEmpty()) {
            printClaimStages(result.articles(), result.corpus().links(), claimStaged);
        }
        return 0;
    }

    /** A gold file's name, its gold, and the contract's objects of its articles and of the stories. */
    private record GoldArticles(String name, GoldLinking gold, Map<String, JsonNode> articles, List<JsonNode> stories) {
    }

    /**
     * The gold quote-group pairs of each file counted by the first stage that loses them: a quote of the pair not
     * found in its article at all, else the grouping's stage ({@link QuotePairStages}).
     */
    private void printQuoteStages(List<AnnotatedArticle> corpus, List<GoldArticles> golds) {
        List<QuotePairStages.Pair> asked = new ArrayList<>();
        List<List<GoldLinking.GroupPair>> pairsOf = new ArrayList<>();
        for (GoldArticles g : golds) {
            List<GoldLinking.GroupPair> pairs = g.gold().quotePairs(g.articles(), g.stories());
            pairsOf.add(pairs);
            pairs.stream().filter(p -> p.first() != null && p.second() != null && !p.grouped())
                    .forEach(p -> asked.add(new QuotePairStages.Pair(p.first(), p.second())));
        }
        Iterator<QuotePairStages.Stage> stages = QuotePairStages.of(corpus, asked).iterator();
        Map<String, AnnotatedArticle> byId = new HashMap<>();
        corpus.forEach(a -> byId.put(a.id(), a));
        // regrouped: a pair the run missed that the diagnosis groups, reading the articles as the run dated them again
        // after linking (ContextDating): the linker read them with other days
        System.out.printf(Locale.ROOT, "%n%-28s %5s %9s %8s %9s %8s %8s %9s %6s%n", "quote pairs lost at", "gold",
                "no quote", "speaker", "never met", "wording", "grouping", "regrouped", "found");
        for (int i = 0; i < golds.size(); i++) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            List<String> lost = new ArrayList<>();
            for (GoldLinking.GroupPair p : pairsOf.get(i)) {
                String stage = p.first() == null || p.second() == null ? "NO_QUOTE"
                        : p.grouped() ? "FOUND" : stages.next().name();
                counts.merge(stage, 1, Integer::sum);
                if (!stage.equals("FOUND")) {
                    lost.add(stage + "  " + described(byId, p.first()) + "\n    " + described(byId, p.second()));
                }
            }
            System.out.printf(Locale.ROOT, "%-28s %5d %9d %8d %9d %8d %8d %9d %6d%n", golds.get(i).name(),
                    pairsOf.get(i).size(), counts.getOrDefault("NO_QUOTE", 0), counts.getOrDefault("SPEAKER", 0),
                    counts.getOrDefault("NEVER_MET", 0), counts.getOrDefault("WORDING", 0),
                    counts.getOrDefault("GROUPING", 0), counts.getOrDefault("GROUPED", 0),
                    counts.getOrDefault("FOUND", 0));
            if (showQuoteStages) {
                lost.forEach(line -> System.out.println("  " + line));
            }
        }
    }

    /**
     * The gold claim-group pairs of each file counted by the first stage that loses them: a claim of the pair not
     * found in its article at all (no claim of that category and figure), else the grouping's stage
     * ({@link ClaimPairStages}).
     */
    private void printClaimStages(List<AnnotatedArticle> corpus, Map<String, ArticleLinks> links,
                                  List<GoldArticles> golds) {
        List<ClaimPairStages.Pair> asked = new ArrayList<>();
        List<List<GoldLinking.GroupPair>> pairsOf = new ArrayList<>();
        for (GoldArticles g : golds) {
            List<GoldLinking.GroupPair> pairs = g.gold().claimPairs(g.articles(), g.stories());
            pairsOf.add(pairs);
            pairs.stream().filter(p -> p.first() != null && p.second() != null && !p.grouped())
                    .forEach(p -> asked.add(new ClaimPairStages.Pair(p.first(), p.second())));
        }
        Iterator<ClaimPairStages.Stage> stages = ClaimPairStages.of(corpus, links, asked).iterator();
        Map<String, AnnotatedArticle> byId = new HashMap<>();
        corpus.forEach(a -> byId.put(a.id(), a));
        // regrouped: a pair the run missed that the diagnosis groups (the linker read the articles with other days)
        System.out.printf(Locale.ROOT, "%n%-28s %5s %9s %8s %9s %8s %8s %9s %6s%n", "claim pairs lost at", "gold",
                "no claim", "subject", "never met", "refused", "grouping", "regrouped", "found");
        for (int i = 0; i < golds.size(); i++) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            List<String> lost = new ArrayList<>();
            for (GoldLinking.GroupPair p : pairsOf.get(i)) {
                String stage = p.first() == null || p.second() == null ? "NO_CLAIM"
                        : p.grouped() ? "FOUND" : stages.next().name();
                counts.merge(stage, 1, Integer::sum);
                if (!stage.equals("FOUND")) {
                    lost.add(stage + "  " + describedClaim(byId, links, p.first()) + "\n    "
                            + describedClaim(byId, links, p.second()));
                }
            }
            System.out.printf(Locale.ROOT, "%-28s %5d %9d %8d %9d %8d %8d %9d %6d%n", golds.get(i).name(),
                    pairsOf.get(i).size(), counts.getOrDefault("NO_CLAIM", 0), counts.getOrDefault("SUBJECT", 0),
                    counts.getOrDefault("NEVER_MET", 0), counts.getOrDefault("REFUSED", 0),
                    counts.getOrDefault("GROUPING", 0), counts.getOrDefault("GROUPED", 0),
                    counts.getOrDefault("FOUND", 0));
            if (showClaimStages) {
                lost.forEach(line -> System.out.println("  " + line));
            }
        }
    }

    /** A found claim as the listing shows it: its article, day, story and event, figure, unit and subject; {@code -} for none. */
    private static String describedClaim(Map<String, AnnotatedArticle> byId, Map<String, ArticleLinks> links,
                                         MemberRef ref) {
        if (ref == null) {
            return "-";
        }
        AnnotatedArticle a = byId.get(ref.article());
        Claim c = a.annotations().claims().get(ref.index());
        ArticleLinks l = links.get(ref.article());
        return String.format(Locale.ROOT, "%s#%d %s %s/%s [%s %s] %s | %s", ref.article(), ref.index(),
                a.article().published(), l.story(), l.event(), c.category(), c.unit(), c.text(), c.subject());
    }

    /** A found quote as the listing shows it: its article, place, day, speaker and words; {@code -} for none. */
    private static String described(Map<String, AnnotatedArticle> byId, MemberRef ref) {
        if (ref == null) {
            return "-";
        }
        AnnotatedArticle a = byId.get(ref.article());
        Quote q = a.annotations().quotes().get(ref.index());
        return String.format(Locale.ROOT, "%s#%d %s [%s] %s: %s", ref.article(), ref.index(), a.article().published(),
                q.kind(), q.speaker(), q.text());
    }

    private static String figures(GoldLinking.Figures f) {
        return f == null ? "-" : String.format(Locale.ROOT, "%.2f/%.2f/%.3f", f.precision(), f.recall(), f.f1());
    }

    private static String groups(GoldLinking.GroupFigures g) {
        if (g == null) {
            return "-";
        }
        // the kind of the whole group found, then of its members gold lists alone
        String kind = g.kindAccuracy() == null ? "" : String.format(Locale.ROOT, " %.2f/%.2f", g.kindAccuracy(),
                g.kindOfGoldMembers());
        return String.format(Locale.ROOT, "%.2f/%.2f (%d/%d, %d)%s", g.recall(), g.precision(), g.found(),
                g.goldPairs(), g.judged(), kind);
    }
}
