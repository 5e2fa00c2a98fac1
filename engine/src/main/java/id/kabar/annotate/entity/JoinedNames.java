package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lists a sentence's names make: names joined by a comma, {@code dan} or {@code , dan} with nothing else between
 * them ({@code Oppo, Realme, Redmi, Vivo, Motorola dan HMD Global}). The rules that retype a name by the company it
 * keeps in a list read the lists from here, so that they agree on what a list is.
 */
final class JoinedNames {
    private JoinedNames() {
    }

    /**
     * Hands each run of joined names in {@code s}, in the sentence's order, to {@code lists}: each name as its
     * {@code {start, end}} token span. A name standing alone is a run of one.
     */
    static void each(ContractSentence s, Consumer<List<int[]>> lists) {
        List<int[]> run = new ArrayList<>();
        BioTag[] tags = s.tags();
        for (int i = 0; i < s.size(); i++) {
            if (!tags[i].isBegin()) {
                continue;
            }
            int end = BioTag.spanEnd(tags, i);
            if (!run.isEmpty() && !joined(s, run.get(run.size() - 1)[1], i)) {
                lists.accept(run);
                run = new ArrayList<>();
            }
            run.add(new int[] {i, end});
            i = end - 1;
        }
        if (!run.isEmpty()) {
            lists.accept(run);
        }
    }

    /** Whether only a comma, "dan" or ", dan" stands between the name ending at {@code end} and {@code next}. */
    private static boolean joined(ContractSentence s, int end, int next) {
        int gap = next - end;
        return gap == 1 && (s.tokens()[end].equals(",") || FunctionWords.isAnd(s.lower()[end]))
                || gap == 2 && s.tokens()[end].equals(",") && FunctionWords.isAnd(s.lower()[end + 1]);
    }
}
