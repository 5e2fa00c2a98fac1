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
import java.util.function.Function;
import java.util.regex.Pattern;
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
    /** The narrowest column of a stage table: wide enough for a count of thousands beside its neighbour. */
    private static final int MIN_COLUMN = 8;
    /** The words that name a gold file set aside or held out, never tuned on: its pairs are counted, not listed. */
    private static final Pattern NOT_FOR_DEVELOPMENT = Pattern.compile("aside|heldout");

    @Option(names = "--input", arity = "1..*", required = true, description = "the corpus: files or folders, as for analyze")
    List<Path> input;

    @Option(names = "--gold", arity = "1..*", required = true, description = "gold files in the seeds' gold format")
    List<Path> gold;

    @Option(names = "--out", description = "also write the contract files here")
    Path out;

    @Option(names = "--quote-stages", description = "also count the gold quote-group pairs of each gold file by the "
            + "first stage that loses them (development files only: it reads which pairs are missed)")
    boolean quoteStages;

    @Option(names = "--show-quote-stages", description = "with --quote-stages, list each lost pair of a development "
            + "file with its stage (an aside or held-out file's pairs are counted, never listed)")
    boolean showQuoteStages;

    @Option(names = "--claim-stages", description = "also count the gold claim-group pairs of each gold file by the "
            + "first stage that loses them (development files only: it reads which pairs are missed)")
    boolean claimStages;

    @Option(names = "--show-claim-stages", description = "with --claim-stages, list each lost pair of a development "
            + "file with its stage (an aside or held-out file's pairs are counted, never listed)")
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
        List<List<GoldLinking.GroupPair>> pairsOf = golds.stream()
                .map(g -> g.gold().quotePairs(g.articles(), g.stories())).toList();
        List<QuotePairStages.Pair> asked = missed(pairsOf).stream()
                .map(p -> new QuotePairStages.Pair(p.first(), p.second())).toList();
        Map<String, AnnotatedArticle> byId = byId(corpus);
        stageRows("quote pairs lost at", "no quote", QuotePairStages.Stage.values(),
                QuotePairStages.of(corpus, asked).iterator(), names(golds), pairsOf, ref -> described(byId, ref),
                showQuoteStages).forEach(System.out::println);
    }

    /**
     * The gold claim-group pairs of each file counted by the first stage that loses them: a claim of the pair not
     * found in its article at all (no claim of that category and figure), else the grouping's stage
     * ({@link ClaimPairStages}).
     */
    private void printClaimStages(List<AnnotatedArticle> corpus, Map<String, ArticleLinks> links,
                                  List<GoldArticles> golds) {
        List<List<GoldLinking.GroupPair>> pairsOf = golds.stream()
                .map(g -> g.gold().claimPairs(g.articles(), g.stories())).toList();
        List<ClaimPairStages.Pair> asked = missed(pairsOf).stream()
                .map(p -> new ClaimPairStages.Pair(p.first(), p.second())).toList();
        Map<String, AnnotatedArticle> byId = byId(corpus);
        stageRows("claim pairs lost at", "no claim", ClaimPairStages.Stage.values(),
                ClaimPairStages.of(corpus, links, asked).iterator(), names(golds), pairsOf,
                ref -> describedClaim(byId, links, ref), showClaimStages).forEach(System.out::println);
    }

    /** The gold pairs the run did not group, both of whose members it found, in file order: those a diagnosis stages. */
    private static List<GoldLinking.GroupPair> missed(List<List<GoldLinking.GroupPair>> pairsOf) {
        return pairsOf.stream().flatMap(List::stream)
                .filter(p -> p.first() != null && p.second() != null && !p.grouped()).toList();
    }

    private static Map<String, AnnotatedArticle> byId(List<AnnotatedArticle> corpus) {
        Map<String, AnnotatedArticle> byId = new HashMap<>();
        corpus.forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    private static List<String> names(List<GoldArticles> golds) {
        return golds.stream().map(GoldArticles::name).toList();
    }

    /**
     * Whether a gold file is development data, whose lost pairs may be listed one by one: not one set aside
     * ({@code clickid-quotegroups-aside3.json}) or held out ({@code clickid-heldout.json}), which are only ever
     * counted, so that nothing is tuned on their items.
     */
    static boolean development(String goldName) {
        return !NOT_FOR_DEVELOPMENT.matcher(goldName).find();
    }

    /**
     * One row per gold file: its pairs, those with a member not found, those lost at each stage of the diagnosis
     * (taken from {@code stages} in the order {@link #missed} listed them), and those found; with {@code showLost},
     * after a development file's row its lost pairs one by one. The last stage, one group, is headed "regrouped": a
     * pair the run missed that the diagnosis groups, reading the articles as the run dated them again after linking
     * (ContextDating), so the linker had read them with other days.
     */
    static List<String> stageRows(String title, String notFound, Enum<?>[] stageNames, Iterator<? extends Enum<?>> stages,
                                  List<String> goldNames, List<List<GoldLinking.GroupPair>> pairsOf,
                                  Function<MemberRef, String> describe, boolean showLost) {
        List<String> rows = new ArrayList<>();
        List<String> headers = new ArrayList<>(List.of("gold", notFound));
        for (int k = 0; k < stageNames.length; k++) {
            headers.add(k == stageNames.length - 1 ? "regrouped"
                    : stageNames[k].name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        headers.add("found");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%n%-28s", title));
        headers.forEach(h -> header.append(String.format(Locale.ROOT, " %" + Math.max(MIN_COLUMN, h.length()) + "s", h)));
        rows.add(header.toString());
        for (int i = 0; i < goldNames.size(); i++) {
            Map<String, Integer> counts = new HashMap<>();
            List<String> lost = new ArrayList<>();
            for (GoldLinking.GroupPair p : pairsOf.get(i)) {
                String stage = p.first() == null || p.second() == null ? notFound
                        : p.grouped() ? "found" : headers.get(2 + stages.next().ordinal());
                counts.merge(stage, 1, Integer::sum);
                if (!stage.equals("found")) {
                    lost.add(stage + "  " + describe.apply(p.first()) + "\n    " + describe.apply(p.second()));
                }
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-28s", goldNames.get(i)));
            for (String h : headers) {
                int n = h.equals("gold") ? pairsOf.get(i).size() : counts.getOrDefault(h, 0);
                row.append(String.format(Locale.ROOT, " %" + Math.max(MIN_COLUMN, h.length()) + "d", n));
            }
            rows.add(row.toString());
            if (showLost && development(goldNames.get(i))) {
                lost.forEach(line -> rows.add("  " + line));
            }
        }
        return rows;
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
