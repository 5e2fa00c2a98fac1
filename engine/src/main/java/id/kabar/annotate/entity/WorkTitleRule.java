package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import id.kabar.lang.RoleWords;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The capitalised name after a kind of work ({@code film}, {@code komik}, {@code serial televisi}) or a character's
 * cue ({@code berperan sebagai}, {@code pemeran}) is a title or a fictional character, which the contract does not
 * count, though the tagger reads people in its capitals: "Ayano Fujisawa yang membintangi serial televisi GTO, Kamen
 * Rider Ryuki dan Kamen Teacher" (CNN Indonesia, 9 May 2017) names three series and one person. So are the names
 * listed after it with commas and {@code dan}. A kind of work after a job title names the holder's trade, and the
 * person after it is real ("sutradara film Joko Anwar"); a listed name stays as it is.
 */
final class WorkTitleRule implements ContractRule {
    /**
     * The cues before a work's title or a character's name, each as its words ({@code work-cues.txt}), under their
     * last word in list order: a token is held against the cues that can end on it alone, where trying every cue at
     * every token of every sentence, twice (here and in {@link WorkNamePropagation}), was 1.8 % of a run's samples.
     */
    private static final Map<String, List<String[]>> CUES_BY_LAST_WORD = WordLists.read(WordLists.class, "work-cues.txt")
            .stream().map(c -> c.split(" "))
            .collect(Collectors.groupingBy(c -> c[c.length - 1], Collectors.toUnmodifiableList()));
    private static final Set<String> QUALIFIERS = WordLists.set(WordLists.class, "work-kind-qualifiers.txt");
    /** The most titles a list after one kind of work names: "GTO, Kamen Rider Ryuki dan Kamen Teacher". */
    static final int MAX_LISTED_TITLES = 4;

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 0; i < s.size(); i++) {
            int at = titleAfterCue(s.tokens(), s.lower(), i);
            if (at < 0) {
                continue;
            }
            for (int titles = 0; titles < MAX_LISTED_TITLES && at < s.size() && tags[at].isBegin(); titles++) {
                int end = BioTag.spanEnd(tags, at);
                if (!isListed(s, at, end)) {
                    BioTag.clearSpan(tags, at, end);
                }
                at = end < s.size() && (s.tokens()[end].equals(",") || FunctionWords.isAnd(s.lower()[end]))
                        ? end + 1 : s.size();
            }
        }
    }

    /**
     * Where the title after a cue of a kind of work ending at token {@code i} may open, past the kind's qualifiers
     * ({@code televisi}), or -1 when no cue ends there or the cue names a job title's trade.
     */
    static int titleAfterCue(String[] tokens, String[] lower, int i) {
        int cueStart = cueEndingAt(tokens, lower, i);
        if (cueStart < 0 || cueStart > 0 && RoleWords.isHead(lower[cueStart - 1])) {
            return -1;
        }
        int at = i + 1;
        while (at < tokens.length && QUALIFIERS.contains(tokens[at])) {
            at++;
        }
        return at;
    }

    /** Where the cue ending at token {@code i} starts, or -1; capitalised only opening the sentence. */
    private static int cueEndingAt(String[] tokens, String[] lower, int i) {
        for (String[] cue : CUES_BY_LAST_WORD.getOrDefault(lower[i], List.of())) {
            int start = i - cue.length + 1;
            if (start < 0) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < cue.length && matches; k++) {
                matches = lower[start + k].equals(cue[k]) && (start + k == 0 || !ContractSentence.isCapitalised(tokens[start + k]));
            }
            if (matches) {
                return start;
            }
        }
        return -1;
    }

    private static boolean isListed(ContractSentence s, int start, int end) {
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() == start && m.end() == end && m.name().type() != EntityType.PER) {
                return true;
            }
        }
        return false;
    }
}
