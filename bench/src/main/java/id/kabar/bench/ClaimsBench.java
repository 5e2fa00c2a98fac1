package id.kabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.bench.gold.GoldLinking;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The claims of an output folder scored against claims gold files: F1 by category and value as the reference scorer
 * counts it, and the claimant the reference scorer does not judge: of the matched claims whose gold names one, how
 * many name the same source, none, or another, and how many claims are given a claimant gold does not name.
 *
 * <pre>
 *   kabar bench claims --out out --gold bench/src/main/resources/id/kabar/bench/clickid-claims-dev.json
 * </pre>
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Scores an output folder's claims and their claimants against claims gold files.")
final class ClaimsBench implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--out", required = true, description = "an output folder holding articles.jsonl")
    Path out;

    @Option(names = "--gold", arity = "1..*", required = true, description = "claims gold files")
    List<Path> gold;

    @Override
    public Integer call() throws IOException {
        Map<String, JsonNode> articles = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(out.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    JsonNode a = JSON.readTree(line);
                    articles.put(a.path("id").asText(), a);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-28s %-22s %s%n", "gold", "claims P/R/F1 (n)", "claimant same/labelled (none, other; given where gold names none)");
        for (Path g : gold) {
            GoldLinking.ClaimFigures c = GoldLinking.read(g).claims(articles);
            System.out.printf(Locale.ROOT, "%-28s %-22s %d/%d %s (%d, %d; %d)%n", g.getFileName(),
                    String.format(Locale.ROOT, "%.3f/%.3f/%.3f (%d)", c.figures().precision(), c.figures().recall(),
                            c.figures().f1(), c.figures().n()),
                    c.sameClaimant(), c.labelled(),
                    c.labelled() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) c.sameClaimant() / c.labelled()),
                    c.noClaimant(), c.otherClaimant(), c.unlabelledGiven());
        }
        return 0;
    }
}
