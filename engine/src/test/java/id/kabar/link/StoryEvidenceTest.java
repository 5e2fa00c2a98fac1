package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * Six IndoSum articles weeks apart: Pos Kota on Sandiaga Uno and the Jakarta bay reclamation, then on
 * vehicle-test brokers four weeks later (one deputy governor, two matters); CNN Indonesia on Sri Mulyani's
 * growth forecast, then on her call to arrest the rush-money agitators ten days later (one minister, two
 * matters); CNN Indonesia on the driver of Setya Novanto's crashed car named a suspect, then on Novanto
 * wanting the crash case dropped three weeks later (one thread). And two CLICK-ID reports a day apart that
 * share the weather agency's names and hardly a word: Tribunnews on its wave warnings ("Info BMKG Peringatan
 * Dini Potensi Gelombang Tinggi Hari Ini, Selasa 10 September") and Okezone on an earthquake ("Gempa M4,8
 * Guncang Jember, Tidak Berpotensi Tsunami").
 */
class StoryEvidenceTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles compared = new ComparedArticles(
            IndoSumSample.read("/link/indosum-weeks-apart.jsonl").stream().map(ANNOTATOR::annotate).toList());

    @Test
    void aFamousNameWeeksApartWithoutSharedWordsDoesNotThread() {
        PairFeatures sandiaga = pair("reklamasi-sandi", "calo-kir");
        PairFeatures sriMulyani = pair("ekonomi-kuartal-iv", "rushmoney");

        assertThat(StoryThreader.sameStory(sandiaga)).isFalse();
        assertThat(StoryThreader.sameStory(sriMulyani)).isFalse();
        // The shared names count only as far as shared words back them, whatever the gap.
        assertThat(sandiaga.entityOverlap()).isGreaterThan(StoryThreader.NAMES_PER_WORDS * sandiaga.termCosine());
        assertThat(StoryThreader.evidence(sandiaga)).isEqualTo(StoryThreader.evidence(daysApart(sandiaga, 2)));
    }

    @Test
    void anAgencyNamedByTwoMattersOnNeighbouringDaysDoesNotThreadThem() {
        ComparedArticles reports = new ComparedArticles(
                IndoSumSample.read("/link/clickid-earthquakes.jsonl").stream().map(ANNOTATOR::annotate).toList());
        PairFeatures waveAndQuake = reports.pair("tribunnews-658", "okezone-3187");

        assertThat(waveAndQuake.dayGap()).isEqualTo(1);
        assertThat(StoryThreader.sameStory(waveAndQuake)).isFalse();
        // The agency's long name, cut in three before ("Badan Meteorologi Klimatologi dan" | "Geofisika" | "BMKG"),
        // is now one entity with its acronym, so its names alone, even counted in full, no longer thread them.
        double namesInFull = 0.5 * waveAndQuake.termCosine() + 0.5 * waveAndQuake.entityOverlap();
        assertThat(namesInFull).isLessThan(StoryThreader.SAME_STORY);
    }

    /**
     * Okezone's and Tribunnews' reports of the small Palu quake of 10 September ("Palu Diguncang Gempa Magnitudo
     * 3,4"; "Gempa bumi guncang , , dengan magnitudo 3.4 pada Selasa (10/9/2019)", the places lost to links) tell
     * it in the agency's words and share no name to back them: the words alone thread them. The Talaud quake of the
     * next day, told in the same formula, shares fewer of them.
     */
    @Test
    void twoReportsOfOneHappeningThatShareNoNameThreadByTheirWordsAlone() {
        ComparedArticles reports = new ComparedArticles(
                IndoSumSample.read("/link/clickid-earthquakes.jsonl").stream().map(ANNOTATOR::annotate).toList());
        PairFeatures palu = reports.pair("okezone-4183", "tribunnews-938");
        PairFeatures paluAndTalaud = reports.pair("okezone-4183", "sindonews-2085");

        assertThat(StoryThreader.evidence(palu)).isLessThan(StoryThreader.SAME_STORY);
        assertThat(palu.termCosine()).isGreaterThanOrEqualTo(StoryThreader.WORDS_ALONE);
        assertThat(StoryThreader.sameStory(palu)).isTrue();
        assertThat(paluAndTalaud.termCosine()).isLessThan(StoryThreader.WORDS_ALONE);
        assertThat(StoryThreader.sameStory(paluAndTalaud)).isFalse();
    }

    @Test
    void aThreadTakenUpWeeksLaterInItsOwnWordsStillJoins() {
        PairFeatures crash = pair("wartawan-sopir", "kasus-kecelakaannya");

        assertThat(crash.dayGap()).isGreaterThan(StoryThreader.WINDOW_DAYS / 2);
        assertThat(StoryThreader.sameStory(crash)).isTrue();
        // The words back every shared name, so the names count in full.
        assertThat(crash.entityOverlap()).isLessThanOrEqualTo(StoryThreader.NAMES_PER_WORDS * crash.termCosine());
    }

    /** The same pair reported the given number of days apart. */
    private static PairFeatures daysApart(PairFeatures f, int days) {
        return new PairFeatures(f.termCosine(), f.entityOverlap(), f.sharedQuotes(), days, f.sameOutlet(), f.titleOverlap());
    }

    private PairFeatures pair(String first, String second) {
        return compared.pair(first, second);
    }
}
