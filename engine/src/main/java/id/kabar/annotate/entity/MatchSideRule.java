package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The names on both sides of a match, joined by a score or by {@code vs}, are teams, and so organisations:
 * {@code Persita 1-0 Sriwijaya FC}, {@code PSMS Medan vs PSCS Cilacap} (tempo.co, 12 September 2019), where the
 * model took clubs for places or people or missed them. A side that is a listed place is a country's team and
 * stays the country ({@code Indonesia Vs Thailand}); a side the model read as a person's full name is a player
 * ({@code Anthony Ginting vs Kento Momota}); ordinary words at a side's outer edge are not the team's
 * ({@code Hasil Persib B 0-1 BaBel United Kamis}).
 */
final class MatchSideRule implements ContractRule {
    private static final Set<String> MATCH_JOINTS = WordLists.set(WordLists.class, "match-joints.txt");
    /** A football score: goals of one or two digits each ("0-1", "10-0"); "2019-2024" is a period. */
    private static final Pattern SCORE = Pattern.compile("\\d{1,2}-\\d{1,2}");
    /** The longest name a side is read over: "Brighton & Hove Albion" is four tokens. */
    private static final int MAX_SIDE = 4;

    private final Predicate<String> isCommonWord;

    /** {@code isCommonWord} tells an ordinary word even when capitalised ({@code Hasil}, {@code Kamis}). */
    MatchSideRule(Predicate<String> isCommonWord) {
        this.isCommonWord = isCommonWord;
    }

    @Override
    public void apply(ContractSentence s) {
        for (int i = 1; i + 1 < s.size(); i++) {
            if (!MATCH_JOINTS.contains(s.lower()[i]) && !SCORE.matcher(s.tokens()[i]).matches()) {
                continue;
            }
            int leftStart = i;
            while (leftStart > 0 && i - leftStart < MAX_SIDE && s.capitalised(leftStart - 1)) {
                leftStart--;
            }
            while (leftStart < i && isCommonWord.test(s.tokens()[leftStart])) {
                leftStart++;
            }
            int rightEnd = i + 1;
            while (rightEnd < s.size() && rightEnd - i - 1 < MAX_SIDE && s.capitalised(rightEnd)) {
                rightEnd++;
            }
            while (rightEnd > i + 1 && isCommonWord.test(s.tokens()[rightEnd - 1])) {
                rightEnd--;
            }
            if (leftStart < i && rightEnd > i + 1) {
                markTeam(s, leftStart, i);
                markTeam(s, i + 1, rightEnd);
            }
        }
    }

    private static void markTeam(ContractSentence s, int start, int end) {
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() == start && m.end() == end && m.name().type() == EntityType.LOC) {
                return;
            }
        }
        BioTag[] tags = s.tags();
        if (end - start >= 2 && tags[start] == BioTag.B_PER && BioTag.spanEnd(tags, start) == end) {
            return;
        }
        s.setSpan(start, end, EntityType.ORG);
    }
}
