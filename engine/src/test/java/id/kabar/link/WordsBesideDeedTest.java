package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An article whose headline reports someone's words joins an event only when it reports one happening with at least
 * {@link EventClusterer#SPOKEN_SUPPORT} of the members it meets. CLICK-ID, 15 September 2019: Sindonews's "Dipuji Marquez,
 * Quartararo: Ini Momen Terbaik dalam Karier" reads like Sindonews's own race report "Menangi Duel vs Quartararo, Marquez
 * Juara di Misano", but not like the other outlets' reports of the race ("Hasil MotoGP, Marquez Juara di Kandang Rossi",
 * "Hasil MotoGP San Marino: Marquez Berjaya dalam Kepungan Yamaha"): the rider's words are his own happening.
 */
class WordsBesideDeedTest {
    private static final int RACE = 7;

    /** A pair of one day between outlets, of the given evidence (term cosine alone). */
    private static PairFeatures pair(double evidence, boolean sameActor) {
        return new PairFeatures(evidence / 0.6, 0, 0, 0, false, 0.5, sameActor, false);
    }

    @Test
    void theRidersWordsReportWords() {
        assertThat(HappeningKinds.spoken(HappeningKinds.of("Dipuji Marquez, Quartararo: Ini Momen Terbaik dalam Karier")))
                .isTrue();
        assertThat(HappeningKinds.spoken(HappeningKinds.of("Menangi Duel vs Quartararo, Marquez Juara di Misano"))).isFalse();
    }

    @Test
    void wordsCloseToOneReportOfTheRaceDoNotJoinIt() {
        EventClusterer.Support support = new EventClusterer.Support();
        support.count(RACE, pair(0.55, false));
        support.count(RACE, pair(0.25, false));
        support.count(RACE, pair(0.20, false));

        assertThat(EventClusterer.sameEvent(pair(0.55, false))).isTrue();
        assertThat(support.bearsWords(RACE)).isFalse();
    }

    @Test
    void wordsCloseToMostReportsOrToTheSameActorsJoin() {
        EventClusterer.Support most = new EventClusterer.Support();
        most.count(RACE, pair(0.55, false));
        most.count(RACE, pair(0.45, false));
        most.count(RACE, pair(0.20, false));
        EventClusterer.Support actor = new EventClusterer.Support();
        actor.count(RACE, pair(0.55, true));
        actor.count(RACE, pair(0.20, false));
        actor.count(RACE, pair(0.20, false));

        assertThat(most.bearsWords(RACE)).isTrue();
        assertThat(actor.bearsWords(RACE)).isTrue();
        assertThat(new EventClusterer.Support().bearsWords(RACE)).isTrue();
    }

    @Test
    void membersReportingOtherDaysAreNotCounted() {
        EventClusterer.Support support = new EventClusterer.Support();
        support.count(RACE, pair(0.55, false));
        support.count(RACE, new PairFeatures(0.1, 0, 0, 3, false, 0.5));
        support.count(RACE, new PairFeatures(0.1, 0, 0, -1, false, 0.5));

        assertThat(support.bearsWords(RACE)).isTrue();
    }
}
