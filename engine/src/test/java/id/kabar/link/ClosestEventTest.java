package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An arriving article's candidates are weighed closest first, so it joins the event it resembles most. CLICK-ID, 10
 * September 2019, Indonesia against Thailand: Kompas's live update "Indonesia Vs Thailand, Garuda Tertinggal 0-1" passes
 * the event bar with Sindonews's line-up published before kick-off ("Susunan Pemain Indonesia vs Thailand: Andalkan
 * Beto") and with Sindonews's half-time report ("Babak I: Indonesia Belum Mampu Jebol Gawang Thailand"), whose events may
 * not become one; the index offered the line-up first.
 */
class ClosestEventTest {
    // As measured on the week's run, with the annotator's entities.
    private static final PairFeatures WITH_LINE_UP = new PairFeatures(0.380, 0.662, 0, 0, false, 0.38);
    private static final PairFeatures WITH_HALF_TIME = new PairFeatures(0.424, 0.678, 0, 0, false, 0.25);

    @Test
    void theLiveUpdatePassesTheBarWithBoth() {
        assertThat(EventClusterer.sameEvent(WITH_LINE_UP)).isTrue();
        assertThat(EventClusterer.sameEvent(WITH_HALF_TIME)).isTrue();
    }

    @Test
    void theHalfTimeReportIsWeighedFirstWhereTheTwoEventsMayNotJoin() {
        List<Linker.Compared> offered = List.of(new Linker.Compared(1561, WITH_LINE_UP),
                new Linker.Compared(1543, WITH_HALF_TIME));

        assertThat(Linker.closestFirst(offered, (a, b) -> false)).extracting(Linker.Compared::other)
                .containsExactly(1543, 1561);
    }

    @Test
    void theOrderStandsWhereTheEventsMayJoin() {
        List<Linker.Compared> offered = List.of(new Linker.Compared(1561, WITH_LINE_UP),
                new Linker.Compared(1543, WITH_HALF_TIME));

        assertThat(Linker.closestFirst(offered, (a, b) -> true)).extracting(Linker.Compared::other)
                .containsExactly(1561, 1543);
    }

    @Test
    void onlyTheClosestMovesAhead() {
        PairFeatures farther = new PairFeatures(0.300, 0.500, 0, 0, false, 0.30);
        List<Linker.Compared> offered = List.of(new Linker.Compared(7, WITH_LINE_UP), new Linker.Compared(5, farther),
                new Linker.Compared(3, WITH_LINE_UP), new Linker.Compared(1543, WITH_HALF_TIME));

        assertThat(Linker.closestFirst(offered, (a, b) -> false)).extracting(Linker.Compared::other)
                .containsExactly(1543, 7, 5, 3);
    }
}
