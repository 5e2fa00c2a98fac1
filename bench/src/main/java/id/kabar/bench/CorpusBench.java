package id.kabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import id.kabar.bench.gold.GoldLinking;
import id.kabar.model.AnnotatedArticle;
import id.kabar.pipeline.Analysis;
import id.kabar.pipeline.AnalysisResult;
import id.kabar.pipeline.ProgressListener;
import id.kabar.present.ContractWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
        }
        return 0;
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
