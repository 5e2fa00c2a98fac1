package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * Six IndoSum articles weeks apart: Pos Kota on Sandiaga Uno and the Jakarta bay reclamation, then on
 * vehicle-test brokers four weeks later (one deputy governor, two matters); CNN Indonesia on Sri Mulyani's
 * growth forecast, then on her call to arrest the rush-money agitators ten days later (one minister, two
 * matters); CNN Indonesia on the driver of Setya Novanto's crashed car named a suspect, then on Novanto
 * wanting the crash case dropped three weeks later (one thread).
 */
class StoryEvidenceTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles compared = new ComparedArticles(
            IndoSumSample.read("/link/indosum-weeks-apart.jsonl").stream().map(ANNOTATOR::annotate).toList());

    @Test
    void aFamousNameWeeksApartWithoutSharedWordsDoesNotThread() {
        PairFeatures sandiaga = pair("reklamasi-sandi", "calo-kir");
        PairFeatures sriMulyani = pair("ekonomi-kuartal-iv", "rushmoney");

        assertThat(sandiaga.dayGap()).isGreaterThan(StoryThreader.NAMES_ALONE_DAYS);
        assertThat(sriMulyani.dayGap()).isGreaterThan(StoryThreader.NAMES_ALONE_DAYS);
        assertThat(StoryThreader.sameStory(sandiaga)).isFalse();
        assertThat(StoryThreader.sameStory(sriMulyani)).isFalse();
        // Within a week the same names and words would still thread them, as a reaction days later should.
        assertThat(StoryThreader.sameStory(daysApart(sandiaga, 5))).isTrue();
        assertThat(StoryThreader.sameStory(daysApart(sriMulyani, 5))).isTrue();
    }

    @Test
    void aThreadTakenUpWeeksLaterInItsOwnWordsStillJoins() {
        PairFeatures crash = pair("wartawan-sopir", "kasus-kecelakaannya");

        assertThat(crash.dayGap()).isGreaterThan(StoryThreader.NAMES_ALONE_DAYS);
        assertThat(StoryThreader.sameStory(crash)).isTrue();
        // The words back every shared name, so the names count in full.
        assertThat(StoryThreader.evidence(crash)).isEqualTo(StoryThreader.evidence(daysApart(crash, 5)));
    }

    /** The same pair reported the given number of days apart. */
    private static PairFeatures daysApart(PairFeatures f, int days) {
        return new PairFeatures(f.termCosine(), f.entityOverlap(), f.sharedQuotes(), days, f.sameOutlet(), f.titleOverlap());
    }

    private PairFeatures pair(String first, String second) {
        return compared.pair(first, second);
    }
}
