package id.kabar.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.annotate.text.TextSegmenter;
import id.kabar.model.EntityType;
import id.kabar.model.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five hand-annotated seed articles, scored the way the contract's scorer scores quotes: a found quote
 * matches a gold one when their words overlap with F1 of at least 0.5, and its speaker must match the
 * gold speaker's name or one of its aliases by surname.
 */
class SeedQuotesTest {
    private static JsonNode seeds;

    /** What one run over the seeds found, counted the way the scorer counts. */
    private static final class Score {
        final List<String> problems = new ArrayList<>();
        int matched;
        int speakerRight;
        int extra;
        int missed;

        double strictF1() {
            double precision = speakerRight / (double) (matched + extra);
            double recall = speakerRight / (double) (matched + missed);
            return 2 * precision * recall / (precision + recall);
        }
    }

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SeedQuotesTest.class.getResourceAsStream("/quotes/seed-quotes.json")) {
            seeds = new ObjectMapper().readTree(in);
        }
    }

    private static Score score(boolean withEntities) {
        Score score = new Score();
        for (JsonNode article : seeds) {
            String body = article.get("body").asText();
            Entities entities = Entities.in(body);
            Map<String, List<String>> aliases = new HashMap<>();
            for (JsonNode e : article.get("entities")) {
                List<String> forms = new ArrayList<>();
                e.get("aliases").forEach(a -> forms.add(a.asText()));
                entities.add(e.get("name").asText(), EntityType.valueOf(e.get("type").asText()),
                        forms.toArray(String[]::new));
                forms.add(e.get("name").asText());
                aliases.put(norm(e.get("name").asText()), forms);
            }
            List<Quote> found = new QuoteFinder().find(new TextSegmenter().segment(body),
                    withEntities ? entities.list() : List.of());
            scoreArticle(score, article.get("id").asText(), article.get("quotes"), found, aliases);
        }
        return score;
    }

    @Test
    void detectionAndSpeakersReachTheTargetWithTheGoldEntities() {
        Score score = score(true);
        assertThat(score.strictF1()).as("strict F1; problems:%n%s", String.join("\n", score.problems))
                .isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void capitalisedNamesStandInWhenNoEntityIsKnown() {
        Score score = score(false);
        assertThat(score.strictF1()).as("strict F1; problems:%n%s", String.join("\n", score.problems))
                .isGreaterThanOrEqualTo(0.9);
    }

    private static void scoreArticle(Score score, String id, JsonNode gold, List<Quote> found,
                                     Map<String, List<String>> aliases) {
        boolean[] used = new boolean[found.size()];
        boolean[] goldUsed = new boolean[gold.size()];
        record Pair(double f, int found, int gold) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                double f = bagF1(found.get(i).text(), gold.get(j).get("text").asText());
                if (f >= 0.5) {
                    pairs.add(new Pair(f, i, j));
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b.f, a.f));
        for (Pair p : pairs) {
            if (used[p.found] || goldUsed[p.gold]) {
                continue;
            }
            used[p.found] = true;
            goldUsed[p.gold] = true;
            JsonNode g = gold.get(p.gold);
            if (g.get("optional").asBoolean()) {
                continue;
            }
            score.matched++;
            String want = g.get("speaker").asText();
            String got = found.get(p.found).speaker();
            if (speakerMatches(got, aliases.getOrDefault(norm(want), List.of(want))) || bagF1(got, want) >= 0.5) {
                score.speakerRight++;
            } else {
                score.problems.add(id + ": speaker of '" + g.get("text").asText() + "' is " + got + ", want " + want);
            }
        }
        for (int j = 0; j < gold.size(); j++) {
            if (!goldUsed[j] && !gold.get(j).get("optional").asBoolean()) {
                score.missed++;
                score.problems.add(id + ": missed " + gold.get(j).get("kind").asText() + " '" + gold.get(j).get("text").asText() + "'");
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                score.extra++;
                score.problems.add(id + ": extra " + found.get(i));
            }
        }
    }


    private static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return String.join(" ", n.split("[^\\p{L}\\p{N}_]+")).trim();
    }

    private static List<String> words(String s) {
        String n = norm(s);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    private static double bagF1(String a, String b) {
        Map<String, Integer> counts = new HashMap<>();
        words(b).forEach(w -> counts.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : words(a)) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                common++;
                counts.put(w, c - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double p = common / (double) words(a).size();
        double r = common / (double) words(b).size();
        return 2 * p * r / (p + r);
    }

    private static boolean speakerMatches(String got, List<String> names) {
        List<String> p = words(got);
        if (p.isEmpty()) {
            return false;
        }
        for (String name : names) {
            List<String> g = words(name);
            if (g.isEmpty()) {
                continue;
            }
            if (p.equals(g)) {
                return true;
            }
            if (p.get(p.size() - 1).equals(g.get(g.size() - 1))
                    && (p.size() == 1 || g.size() == 1 || p.get(0).equals(g.get(0)))) {
                return true;
            }
        }
        return false;
    }
}
