package id.kabar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.bench.gold.GoldLinking;
import id.kabar.model.MemberRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stage table of lost gold pairs: every file counted, only development files listed pair by pair. */
class CorpusBenchTest {
    /** Two stages of a diagnosis, as the quote and claim diagnoses name theirs. */
    private enum Stage { WORDING, ONE_GROUP }

    private static GoldLinking.GroupPair lost(String first, String second) {
        return new GoldLinking.GroupPair(new MemberRef(first, 0), new MemberRef(second, 1), false);
    }

    @Test
    void asidePairsAreCountedButNeverListed() {
        List<String> rows = CorpusBench.stageRows("quote pairs lost at", "no quote", Stage.values(),
                List.of(Stage.WORDING, Stage.WORDING, Stage.WORDING).iterator(),
                List.of("clickid-quotegroups-dev3.json", "clickid-quotegroups-aside3.json", "clickid-heldout.json"),
                List.of(List.of(lost("dev-kompas", "dev-tempo")), List.of(lost("aside-kompas", "aside-tempo")),
                        List.of(lost("heldout-okezone", "heldout-tempo"))),
                ref -> ref.article() + "#" + ref.index(), true);

        assertThat(rows).anyMatch(r -> r.contains("dev-kompas#0") && r.startsWith("  wording"));
        assertThat(rows).noneMatch(r -> r.contains("aside-kompas") || r.contains("aside-tempo"));
        assertThat(rows).noneMatch(r -> r.contains("heldout-okezone") || r.contains("heldout-tempo"));
        // each file's row still counts its one pair lost at the wording
        assertThat(rows).filteredOn(r -> r.startsWith("clickid-"))
                .extracting(r -> r.trim().split(" +"))
                .allSatisfy(cells -> assertThat(cells).containsExactly(cells[0], "1", "0", "1", "0", "0"));
    }

    @Test
    void setAsideAndHeldOutFilesAreNoDevelopmentData() {
        assertThat(CorpusBench.development("clickid-quotegroups-dev4.json")).isTrue();
        assertThat(CorpusBench.development("clickid-tune.json")).isTrue();
        assertThat(CorpusBench.development("clickid-quotegroups-aside4.json")).isFalse();
        assertThat(CorpusBench.development("clickid-heldout.json")).isFalse();
    }
}
