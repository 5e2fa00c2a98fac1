package id.kabar.annotate.claim;

import id.kabar.model.Claim;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The figures an article has counted each kind of people with so far, kept as its claims are found so that whether a
 * number picks a part out of a whole told before is one look-up, not a pass over every claim before it.
 */
final class ToldCounts {
    private final Map<String, Set<Double>> valuesByUnit = new HashMap<>();
    private final Map<String, Double> largestByUnit = new HashMap<>();

    /** Notes a claim the article tells. */
    void add(Claim claim) {
        if (claim.unit() == null) {
            return;
        }
        String unit = claim.unit().toLowerCase(Locale.ROOT);
        valuesByUnit.computeIfAbsent(unit, u -> new HashSet<>()).add(claim.value());
        largestByUnit.merge(unit, claim.value(), Math::max);
    }

    /**
     * Whether the number counts people ({@code unit}) the claims told before count with a larger figure and never
     * with its own: kompas.com's {@code Lima terdakwa kerusuhan ...}, then {@code Tiga terdakwa tersebut diketahui
     * sebagai kader ... asal Tasikmalaya} (16 September 2019) picks three out of the five, a tally the other outlets
     * give ({@code tiga terdakwa asal Tasikmalaya}), where a figure told before ({@code lima orang tersebut}) names the
     * same people again. Only people: things the text listed one by one are named back after a larger figure as often
     * ({@code empat manfaat}, then {@code Selain dua manfaat di atas}, tempo.co, 12 September 2019), and so are a
     * side's points after another side's ({@code 12 poin}, then {@code Tiga poin tersebut diraih Marseille}).
     */
    boolean partOfWhole(NumberMention n, String unit) {
        if (unit == null || !ClaimLexicon.isPeople(unit)) {
            return false;
        }
        String key = unit.toLowerCase(Locale.ROOT);
        Double largest = largestByUnit.get(key);
        return largest != null && largest > n.value() && !valuesByUnit.get(key).contains(n.value());
    }
}
