package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.link.WordingDiff.Change;
import id.kabar.link.WordingDiff.Segment;
import org.junit.jupiter.api.Test;

class WordingDiffTest {
    @Test
    void showsWhichWordsEachTranslationOfTheAppealUses() {
        WordingDiff d = WordingDiff.between(
                "Mari duduk di meja negosiasi untuk menghentikan kematian",
                "Mari kita duduk di meja perundingan untuk menghentikan kematian");
        assertThat(d.segments()).containsExactly(
                new Segment(Change.SAME, "Mari"),
                new Segment(Change.ONLY_SECOND, "kita"),
                new Segment(Change.SAME, "duduk di meja"),
                new Segment(Change.ONLY_FIRST, "negosiasi"),
                new Segment(Change.ONLY_SECOND, "perundingan"),
                new Segment(Change.SAME, "untuk menghentikan kematian"));
        assertThat(d.agreement()).isBetween(0.8, 0.9);
    }

    @Test
    void identicalWordingIgnoringCaseAndPunctuationIsOneSameRun() {
        WordingDiff d = WordingDiff.between("Negosiasi berlanjut.", "negosiasi berlanjut");
        assertThat(d.segments()).containsExactly(new Segment(Change.SAME, "Negosiasi berlanjut."));
        assertThat(d.agreement()).isEqualTo(1.0);
    }
}
