package id.kabar.bench.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.link.FigureKinds;
import id.kabar.model.Claim;
import id.kabar.model.MemberRef;
import id.kabar.model.ClaimCategory;
import id.kabar.model.Qualifier;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the linking part of the output contract (events, stories, copies, quote and claim groups)
 * against a gold file in the format of the seeds' gold, by the same rules as the project's reference
 * scorer ({@code eval/score.py}): B-cubed over the gold's articles for events and stories, pair F1 for
 * copies, and group pairs across articles for quotes and claims, where a found quote stands for a gold
 * one when the bags of their words agree (F1 at least {@link #SAME_QUOTE_WORDS}) and a claim when its
 * category and value agree and, beyond the reference scorer, its span lies on gold's text of it
 * ({@link #goldPlaces}). Precision of groups counts only the pairs gold can judge: both members
 * matched to items gold lists.
 */
public final class GoldLinking {
    /** The reference scorer's bar for one quote standing for another. */
    static final double SAME_QUOTE_WORDS = 0.5;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * Words two claimants must share in a run ending one of them to name one source though each has words the other
     * lacks: a person's given and family name (`Sri Mulyani`); a single shared word is as often a namesake or another
     * office of one kind (`Setiawan`, `Kementerian`).
     */
    private static final int SHARED_NAME_WORDS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode gold;
    private final Map<String, JsonNode> goldArticles = new LinkedHashMap<>();

    private GoldLinking(JsonNode gold) {
        this.gold = gold;
        gold.path("articles").properties().forEach(e -> goldArticles.put(e.getKey(), e.getValue()));
    }

    public static GoldLinking read(Path file) throws IOException {
        return new GoldLinking(JSON.readTree(file.toFile()));
    }

    public static GoldLinking of(JsonNode gold) {
        return new GoldLinking(gold);
    }

    public Set<String> articleIds() {
        return goldArticles.keySet();
    }

    /** Precision, recall and F1 with the counts behind them ({@code n}: articles or gold pairs). */
    public record Figures(double precision, double recall, double f1, int n) {
        static Figures of(double p, double r, int n) {
            return new Figures(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), n);
        }
    }

    /**
     * Group pairs: recall over all gold pairs, precision over the found pairs gold can judge. The kind of a found pair
     * is its whole group's ({@code kindAccuracy}: figures gold does not list may make it a disagreement), and, in
     * {@code kindOfGoldMembers}, the kind the linker gives the group's members gold lists alone, which judges how
     * the grouper relates the figures gold labels apart from what else it joined to them.
     */
    public record GroupFigures(int goldPairs, int found, int judged, double recall, double precision, Double kindAccuracy,
                               Double kindOfGoldMembers) {
    }

    public record Scores(Figures events, Figures stories, Figures copies, GroupFigures quoteGroups,
                         GroupFigures claimGroups) {
    }

    /**
     * @param articles the contract's article objects by id (at least those gold lists)
     * @param stories  the contract's story objects
     */
    public Scores score(Map<String, JsonNode> articles, List<JsonNode> stories) {
        Map<List<Object>, Integer> quoteMap = matchQuotes(articles);
        Map<List<Object>, Integer> claimMap = matchPlacedClaims(articles);
        return new Scores(bcubed("event", articles), bcubed("story", articles), copies(articles),
                groups("quote_groups", "quote", quoteMap, stories, null),
                groups("claim_groups", "claim", claimMap, stories, articles));
    }

    /**
     * The claims of gold's articles: precision, recall and F1 by category and value with a repeat of a matched
     * figure neither hit nor false alarm (the reference scorer's rule), and the claimant of the matched claims.
     */
    public ClaimFigures claims(Map<String, JsonNode> articles) {
        Map<List<Object>, Integer> matched = matchClaims(articles);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int labelled = 0;
        int same = 0;
        int missing = 0;
        int unlabelledGiven = 0;
        for (Map.Entry<String, JsonNode> e : goldArticles.entrySet()) {
            JsonNode golds = e.getValue().path("claims");
            if (!e.getValue().has("claims")) {
                continue;
            }
            JsonNode found = articles.get(e.getKey()) == null ? JSON.createArrayNode() : articles.get(e.getKey()).path("claims");
            Set<Integer> matchedFound = new HashSet<>();
            Set<List<String>> matchedFigures = new HashSet<>();
            for (int j = 0; j < golds.size(); j++) {
                Integer i = matched.get(List.of(e.getKey(), j));
                if (i != null) {
                    matchedFound.add(i);
                    matchedFigures.add(figure(found.get(i)));
                }
                if (golds.get(j).path("optional").asBoolean(false)) {
                    continue;
                }
                if (i == null) {
                    fn++;
                    continue;
                }
                tp++;
                String goldClaimant = golds.get(j).path("claimant").asText("");
                String foundClaimant = found.get(i).path("claimant").asText("");
                if (words(goldClaimant).isEmpty()) {
                    unlabelledGiven += words(foundClaimant).isEmpty() ? 0 : 1;
                } else {
                    labelled++;
                    if (words(foundClaimant).isEmpty()) {
                        missing++;
                    } else if (sameSource(foundClaimant, goldClaimant)
                            || writtenAs(articles.get(e.getKey()), foundClaimant, goldClaimant)) {
                        same++;
                    }
                }
            }
            for (int i = 0; i < found.size(); i++) {
                if (!matchedFound.contains(i) && !matchedFigures.contains(figure(found.get(i)))) {
                    fp++;
                }
            }
        }
        double p = tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return new ClaimFigures(Figures.of(p, r, tp + fn), labelled, same, missing, labelled - same - missing,
                unlabelledGiven);
    }

    /**
     * Claims by category and value ({@code figures}, n: gold claims), and of the matched claims whose gold names a
     * claimant ({@code labelled}) those whose claimant names the same source, none, or another; and the matched claims
     * given a claimant where gold names none ({@code unlabelledGiven}).
     */
    public record ClaimFigures(Figures figures, int labelled, int sameClaimant, int noClaimant, int otherClaimant,
                               int unlabelledGiven) {
    }

    /** A claim's category and value as the reference scorer tells repeats apart. */
    private static List<String> figure(JsonNode claim) {
        return List.of(claim.path("category").asText(""), claim.path("value").asText(""));
    }

    /**
     * Two claimants name one source when every word of the shorter opens a word of the longer, in order: a person's
     * first name or a shortened family name (`Rahmat` for `Rahmat Hidayat`, `Hary Tanoe` for `Hary Tanoesoedibjo`) and
     * an organisation written with its short form (`Badan Nasional Penanggulangan Bencana (BNPB)`) name who gold names;
     * or when each has words the other lacks around a name both end with or hold whole: a title before a short name
     * and a full name without it (`Menkeu Sri Mulyani`, `Sri Mulyani Indrawati`), as the reference scorer takes a
     * speaker's name by its first and last words. One shared word is not enough (`Deni Setiawan`, `Danu Setiawan`).
     */
    static boolean sameSource(String found, String gold) {
        List<String> f = words(found);
        List<String> g = words(gold);
        List<String> shorter = f.size() <= g.size() ? f : g;
        List<String> longer = f.size() <= g.size() ? g : f;
        if (shorter.isEmpty()) {
            return false;
        }
        int k = 0;
        for (String w : longer) {
            if (k < shorter.size() && w.startsWith(shorter.get(k))) {
                k++;
            }
        }
        return k == shorter.size() || sharedName(f, g);
    }

    /**
     * Whether the longest run of words {@code a} and {@code b} share in order (a word opening the other counts) holds
     * {@link #SHARED_NAME_WORDS} words or more and takes in the last word of one of them: the name both write.
     */
    private static boolean sharedName(List<String> a, List<String> b) {
        int[][] run = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                String x = a.get(i - 1);
                String y = b.get(j - 1);
                if (x.startsWith(y) || y.startsWith(x)) {
                    run[i][j] = run[i - 1][j - 1] + 1;
                    if (run[i][j] >= SHARED_NAME_WORDS && (i == a.size() || j == b.size())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether one entity of the article is named by both {@code name} and {@code form}, by its name or a form the text
     * writes it in ({@code Joko Widodo}, written {@code Jokowi}; {@code Badan Pusat Statistik}, written {@code BPS}): a
     * claimant given in one of an entity's forms names the source gold writes in another.
     */
    private static boolean writtenAs(JsonNode article, String name, String form) {
        for (JsonNode entity : article.path("entities")) {
            if (namedBy(entity, name) && namedBy(entity, form)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the entity's name or one of the forms the article writes it in names the same source as {@code form}. */
    private static boolean namedBy(JsonNode entity, String form) {
        if (entity.path("name").asText("").equals(form)) {
            return true;
        }
        for (JsonNode mention : entity.path("mentions")) {
            if (sameSource(mention.asText(""), form)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a text in order, folded as the reference scorer folds them. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private Figures bcubed(String level, Map<String, JsonNode> articles) {
        Map<String, String> goldLabel = new LinkedHashMap<>();
        Map<String, String> foundLabel = new HashMap<>();
        goldArticles.forEach((id, g) -> {
            if (g.hasNonNull(level)) {
                goldLabel.put(id, g.get(level).asText());
                JsonNode a = articles.get(id);
                String found = a == null ? null : a.path(level).asText(null);
                foundLabel.put(id, found == null ? "__missing_" + id : found);
            }
        });
        if (goldLabel.isEmpty()) {
            return null;
        }
        Map<String, Set<String>> goldGroups = new HashMap<>();
        Map<String, Set<String>> foundGroups = new HashMap<>();
        goldLabel.forEach((id, l) -> goldGroups.computeIfAbsent(l, k -> new HashSet<>()).add(id));
        foundLabel.forEach((id, l) -> foundGroups.computeIfAbsent(l, k -> new HashSet<>()).add(id));
        double p = 0;
        double r = 0;
        for (String id : goldLabel.keySet()) {
            Set<String> g = goldGroups.get(goldLabel.get(id));
            Set<String> f = foundGroups.get(foundLabel.get(id));
            int both = (int) g.stream().filter(f::contains).count();
            p += (double) both / f.size();
            r += (double) both / g.size();
        }
        int n = goldLabel.size();
        return Figures.of(p / n, r / n, n);
    }

    private Figures copies(Map<String, JsonNode> articles) {
        if (goldArticles.values().stream().noneMatch(g -> g.has("duplicate_of"))) {
            return null;
        }
        Set<List<String>> goldPairs = copyPairs(id -> goldArticles.get(id).path("duplicate_of").asText(null));
        Set<List<String>> foundPairs = copyPairs(id -> {
            JsonNode a = articles.get(id);
            return a == null ? null : a.path("duplicate_of").asText(null);
        });
        int tp = (int) foundPairs.stream().filter(goldPairs::contains).count();
        double p = foundPairs.isEmpty() ? (goldPairs.isEmpty() ? 1 : 0) : (double) tp / foundPairs.size();
        double r = goldPairs.isEmpty() ? 1 : (double) tp / goldPairs.size();
        return Figures.of(p, r, goldPairs.size());
    }

    /** Pairs of gold articles in one copy family, by the copy relation {@code copyOf}. */
    private Set<List<String>> copyPairs(java.util.function.Function<String, String> copyOf) {
        Map<String, String> parent = new HashMap<>();
        java.util.function.UnaryOperator<String> root = x -> {
            while (!parent.getOrDefault(x, x).equals(x)) {
                x = parent.get(x);
            }
            return x;
        };
        for (String id : goldArticles.keySet()) {
            String original = copyOf.apply(id);
            if (original != null && goldArticles.containsKey(original)) {
                parent.put(root.apply(id), root.apply(original));
            }
        }
        Map<String, List<String>> families = new TreeMap<>();
        for (String id : goldArticles.keySet()) {
            families.computeIfAbsent(root.apply(id), k -> new ArrayList<>()).add(id);
        }
        Set<List<String>> pairs = new HashSet<>();
        for (List<String> family : families.values()) {
            for (String a : family) {
                for (String b : family) {
                    if (a.compareTo(b) < 0) {
                        pairs.add(List.of(a, b));
                    }
                }
            }
        }
        return pairs;
    }

    private record Candidate(double score, int found, int gold) {
    }

    /** (article, gold quote index) to the index of the found quote standing for it. */
    private Map<List<Object>, Integer> matchQuotes(Map<String, JsonNode> articles) {
        return matchItems(articles, "quotes", (article, f, g) -> {
            double s = bagF1(f.path("text").asText(""), g.path("text").asText(""));
            return s >= SAME_QUOTE_WORDS ? s : -1;
        });
    }

    private Map<List<Object>, Integer> matchClaims(Map<String, JsonNode> articles) {
        return matchItems(articles, "claims", (article, f, g) -> sameFigure(f, g) ? 1 : -1);
    }

    private static boolean sameFigure(JsonNode found, JsonNode gold) {
        double gv = gold.path("value").asDouble(Double.NaN);
        return Objects.equals(found.path("category").asText(null), gold.path("category").asText(null))
                && found.path("value").isNumber()
                && Math.abs(found.path("value").asDouble() - gv) <= 1e-6 * Math.max(1, Math.abs(gv));
    }

    /**
     * The claims of gold's articles that claim groups are scored on: category and value as {@link #matchClaims}, and
     * the found claim's span on the words gold's text stands on ({@link #goldPlaces}), so that a pair is not found
     * through another figure of the same value (a count the article gives of something else). Where gold's text is
     * not found in the body, or the found claim has no span, value alone decides, as the reference scorer's does.
     */
    private Map<List<Object>, Integer> matchPlacedClaims(Map<String, JsonNode> articles) {
        // each gold claim is placed once, however many found claims share its value
        Map<JsonNode, List<int[]>> placed = new IdentityHashMap<>();
        return matchItems(articles, "claims", (article, f, g) -> {
            if (!sameFigure(f, g)) {
                return -1;
            }
            List<int[]> places = placed.computeIfAbsent(g,
                    gold -> goldPlaces(article.path("body").asText(""), gold.path("text").asText("")));
            if (places.isEmpty() || !f.has("start") || !f.has("end")) {
                return 1;
            }
            int start = f.path("start").asInt();
            int end = f.path("end").asInt();
            return places.stream().anyMatch(p -> start < p[1] && p[0] < end) ? 1 : -1;
        });
    }

    /** Most characters between two pieces of a shortened gold text: its pieces lie in one sentence or two. */
    static final int GOLD_PIECE_GAP = 400;
    /** What gold writes where it shortens a span: an ellipsis, or three commas. */
    private static final Pattern SHORTENED = Pattern.compile("\\.\\.\\.|\u2026|,,,");

    /**
     * Where gold's text of a claim lies in the body: every place its pieces (the text cut at the ellipses gold
     * shortens it with) stand in order, each within {@link #GOLD_PIECE_GAP} of the one before, as [start, end) of
     * the first piece's start and the last piece's end; words compared without case and across any run of spaces.
     */
    static List<int[]> goldPlaces(String body, String goldText) {
        List<Pattern> pieces = new ArrayList<>();
        for (String piece : SHORTENED.split(goldText)) {
            List<String> words = new ArrayList<>();
            for (String w : piece.trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(Pattern.quote(w));
                }
            }
            if (!words.isEmpty()) {
                pieces.add(Pattern.compile(String.join("\\s+", words),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        List<int[]> out = new ArrayList<>();
        if (pieces.isEmpty() || body.isEmpty()) {
            return out;
        }
        Matcher first = pieces.get(0).matcher(body);
        while (first.find()) {
            int end = first.end();
            for (int k = 1; k < pieces.size() && end >= 0; k++) {
                Matcher next = pieces.get(k).matcher(body).region(end, Math.min(body.length(), end + GOLD_PIECE_GAP));
                end = next.find() ? next.end() : -1;
            }
            if (end >= 0) {
                out.add(new int[] {first.start(), end});
            }
        }
        return out;
    }

    private interface ItemLikeness {
        /** How well a found item of the contract's article stands for a gold one; negative when it does not. */
        double of(JsonNode article, JsonNode found, JsonNode gold);
    }

    /** One-to-one matches of found to gold items in each article, best first (ties in found, then gold order). */
    private Map<List<Object>, Integer> matchItems(Map<String, JsonNode> articles, String field, ItemLikeness likeness) {
        Map<List<Object>, Integer> out = new HashMap<>();
        goldArticles.forEach((id, g) -> {
            if (!g.has(field)) {
                return;
            }
            JsonNode article = articles.get(id) == null ? JSON.createObjectNode() : articles.get(id);
            JsonNode found = article.has(field) ? article.path(field) : JSON.createArrayNode();
            JsonNode golds = g.get(field);
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                for (int j = 0; j < golds.size(); j++) {
                    double s = likeness.of(article, found.get(i), golds.get(j));
                    if (s >= 0) {
                        candidates.add(new Candidate(s, i, j));
                    }
                }
            }
            candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
            Set<Integer> usedFound = new HashSet<>();
            Set<Integer> usedGold = new HashSet<>();
            for (Candidate c : candidates) {
                if (!usedFound.contains(c.found()) && !usedGold.contains(c.gold())) {
                    usedFound.add(c.found());
                    usedGold.add(c.gold());
                    out.put(List.of(id, c.gold()), c.found());
                }
            }
        });
        return out;
    }

    /**
     * A pair of quotes or claims of two articles that gold lists in one group, each side by the found item standing
     * for it ({@link #SAME_QUOTE_WORDS} for quotes, category and value for claims), null where the article gives none.
     */
    public record GroupPair(MemberRef first, MemberRef second, boolean grouped) {
    }

    /**
     * Every pair of quotes of two articles that gold lists in one group, by the found quotes standing for them, and
     * whether the stories' quote groups hold the two in one group.
     */
    public List<GroupPair> quotePairs(Map<String, JsonNode> articles, List<JsonNode> stories) {
        return groupPairs("quote_groups", "quote", matchQuotes(articles), stories);
    }

    /**
     * Every pair of claims of two articles that gold lists in one group, by the found claims standing for them, and
     * whether the stories' claim groups hold the two in one group.
     */
    public List<GroupPair> claimPairs(Map<String, JsonNode> articles, List<JsonNode> stories) {
        return groupPairs("claim_groups", "claim", matchPlacedClaims(articles), stories);
    }

    private List<GroupPair> groupPairs(String groupField, String indexField, Map<List<Object>, Integer> matched,
                                       List<JsonNode> stories) {
        Set<Set<List<Object>>> grouped = new HashSet<>();
        for (JsonNode story : stories) {
            for (JsonNode g : story.path(groupField)) {
                List<List<Object>> members = new ArrayList<>();
                for (JsonNode m : g.path("members")) {
                    if (goldArticles.containsKey(m.path("article").asText())) {
                        members.add(List.of(m.path("article").asText(), m.path(indexField).asInt()));
                    }
                }
                grouped.addAll(pairsAcrossArticles(members));
            }
        }
        List<GroupPair> out = new ArrayList<>();
        for (JsonNode g : gold.path(groupField)) {
            List<MemberRef> members = new ArrayList<>();
            List<MemberRef> found = new ArrayList<>();
            for (JsonNode m : g.path("members")) {
                String article = m.get(0).asText();
                members.add(new MemberRef(article, m.get(1).asInt()));
                Integer f = matched.get(List.of(article, m.get(1).asInt()));
                found.add(f == null ? null : new MemberRef(article, f));
            }
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    MemberRef x = found.get(i);
                    MemberRef y = found.get(j);
                    if (!members.get(i).article().equals(members.get(j).article())) {
                        out.add(new GroupPair(x, y, x != null && y != null && grouped.contains(
                                Set.of(List.of(x.article(), x.index()), List.of(y.article(), y.index())))));
                    }
                }
            }
        }
        return out;
    }

    /** {@code withKinds}: the contract's articles by id, to relate a group's figures again; null to judge no kinds. */
    private GroupFigures groups(String groupField, String indexField, Map<List<Object>, Integer> matched,
                                List<JsonNode> stories, Map<String, JsonNode> withKinds) {
        boolean withKind = withKinds != null;
        Set<List<Object>> listed = new HashSet<>();
        matched.forEach((k, found) -> listed.add(List.of(k.get(0), found)));
        JsonNode goldGroups = gold.path(groupField);
        if (goldGroups.isEmpty()) {
            return null;
        }
        int total = 0;
        Map<Set<List<Object>>, String> goldPairs = new HashMap<>();
        for (JsonNode g : goldGroups) {
            List<List<Object>> raw = new ArrayList<>();
            List<List<Object>> mapped = new ArrayList<>();
            for (JsonNode m : g.path("members")) {
                String article = m.get(0).asText();
                int index = m.get(1).asInt();
                raw.add(List.of(article, index));
                Integer found = matched.get(List.of(article, index));
                if (found != null) {
                    mapped.add(List.of(article, found));
                }
            }
            total += pairsAcrossArticles(raw).size();
            for (Set<List<Object>> p : pairsAcrossArticles(mapped)) {
                goldPairs.put(p, g.path("kind").asText(null));
            }
        }
        Map<Set<List<Object>>, String> foundPairs = new HashMap<>();
        Map<Set<List<Object>>, String> goldMemberKinds = new HashMap<>();
        for (JsonNode story : stories) {
            for (JsonNode g : story.path(groupField)) {
                List<List<Object>> members = new ArrayList<>();
                for (JsonNode m : g.path("members")) {
                    String article = m.path("article").asText();
                    if (goldArticles.containsKey(article)) {
                        members.add(List.of(article, m.path(indexField).asInt()));
                    }
                }
                String ofGoldMembers = withKind ? kindOf(members.stream().filter(listed::contains).toList(), withKinds)
                        : null;
                for (Set<List<Object>> p : pairsAcrossArticles(members)) {
                    foundPairs.put(p, g.path("kind").asText(null));
                    goldMemberKinds.put(p, ofGoldMembers);
                }
            }
        }
        int found = 0;
        int judged = 0;
        int judgedRight = 0;
        int kindRight = 0;
        int goldMemberKindRight = 0;
        for (Map.Entry<Set<List<Object>>, String> p : foundPairs.entrySet()) {
            boolean right = goldPairs.containsKey(p.getKey());
            if (right) {
                found++;
                kindRight += Objects.equals(goldPairs.get(p.getKey()), p.getValue()) ? 1 : 0;
                goldMemberKindRight += Objects.equals(goldPairs.get(p.getKey()), goldMemberKinds.get(p.getKey())) ? 1 : 0;
            }
            if (listed.containsAll(p.getKey())) {
                judged++;
                judgedRight += right ? 1 : 0;
            }
        }
        return new GroupFigures(total, found, judged, total == 0 ? Double.NaN : (double) found / total,
                judged == 0 ? Double.NaN : (double) judgedRight / judged,
                withKind && found > 0 ? (double) kindRight / found : null,
                withKind && found > 0 ? (double) goldMemberKindRight / found : null);
    }

    /** The kind the linker gives claims (article, index) of the contract's articles, each reported on its day. */
    private static String kindOf(List<List<Object>> members, Map<String, JsonNode> articles) {
        List<Claim> claims = new ArrayList<>();
        List<LocalDate> reported = new ArrayList<>();
        for (List<Object> m : members) {
            JsonNode article = articles.get((String) m.get(0));
            JsonNode c = article.path("claims").path((Integer) m.get(1));
            claims.add(new Claim(c.path("text").asText(), ClaimCategory.valueOf(c.path("category").asText()
                    .toUpperCase(Locale.ROOT)), c.path("value").asDouble(), Qualifier.EXACT, null, null, null, null, 0, 0));
            String published = article.path("published").asText("");
            reported.add(published.length() < 10 ? null : LocalDate.parse(published.substring(0, 10)));
        }
        return FigureKinds.of(claims, reported).name().toLowerCase(Locale.ROOT);
    }

    /** Unordered pairs of members from different articles. */
    private static Set<Set<List<Object>>> pairsAcrossArticles(List<List<Object>> members) {
        Set<Set<List<Object>>> out = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (!members.get(i).get(0).equals(members.get(j).get(0))) {
                    out.add(Set.of(members.get(i), members.get(j)));
                }
            }
        }
        return out;
    }

    /** Bag-of-words F1 of two texts, words folded as the reference scorer folds them. */
    static double bagF1(String found, String gold) {
        Map<String, Integer> f = bag(found);
        Map<String, Integer> g = bag(gold);
        if (f.isEmpty() && g.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (Map.Entry<String, Integer> e : f.entrySet()) {
            common += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0;
        }
        double p = (double) common / f.values().stream().mapToInt(Integer::intValue).sum();
        double r = (double) common / g.values().stream().mapToInt(Integer::intValue).sum();
        return 2 * p * r / (p + r);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> out = new HashMap<>();
        words(text).forEach(w -> out.merge(w, 1, Integer::sum));
        return out;
    }
}
