package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * CLICK-ID reports of 12 September 2019 on the haze of the forest and land fires from three towns, Sindonews's "Kabut
 * Asap di Pangkalan Bun Kian Parah, Transportasi Sungai Lumpuh" and "Kabut Asap Masih Menyelimuti Kota Padangsidimpuan"
 * and Okezone's "Bencana Asap Karhutla Lumpuhkan Aktivitas Pendidikan di Riau", and Kompas.com's report of the same day on a
 * teacher in Cilincing sickened by a smelter's smoke.
 */
class HeadlineSpreadsTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles haze = new ComparedArticles(
            IndoSumSample.read("/link/clickid-haze-towns.jsonl").stream().map(ANNOTATOR::annotate).toList());

    @Test
    void theHazeIsNamedButNotAnySmoke() {
        assertThat(HeadlineSpreads.of("Kabut Asap di Pangkalan Bun Kian Parah, Transportasi Sungai Lumpuh")).isTrue();
        assertThat(HeadlineSpreads.of("Bencana Asap Karhutla Lumpuhkan Aktivitas Pendidikan di Riau")).isTrue();
        assertThat(HeadlineSpreads.of("Karhutla Parah, Walhi Desak Pemerintah Evaluasi Restorasi Gambut")).isTrue();
        assertThat(HeadlineSpreads.of("Kena Pneumonia, Guru di Cilincing Sempat Membaik Saat Tak Hirup Asap Peleburan Timah"))
                .isFalse();
        assertThat(HeadlineSpreads.of("Canggih, Pendeteksi Asap Rokok Berbasis Internet Kreasi ITT Purwokerto")).isFalse();
        assertThat(HeadlineSpreads.of(null)).isFalse();
    }

    @Test
    void twoTownsReportsOfTheHazeAreOneStory() {
        ArticleProfile pangkalanBun = haze.profile("sindonews-3229");
        ArticleProfile riau = haze.profile("okezone-1710");
        PairFeatures f = haze.pair("sindonews-3229", "okezone-1710");

        // their headlines name different places, and their words share too little to thread them
        assertThat(HeadlinePlaces.apart(pangkalanBun, riau)).isTrue();
        assertThat(StoryThreader.sameStory(f)).isFalse();
        assertThat(StoryThreader.oneSpread(HeadlineSpreads.of(pangkalanBun.title()), riau, f)).isTrue();
        assertThat(StoryThreader.oneSpread(true, haze.profile("sindonews-3133"),
                haze.pair("sindonews-3229", "sindonews-3133"))).isTrue();
    }

    @Test
    void anotherSmokeOrAnotherWeekIsNot() {
        ArticleProfile teacher = haze.profile("kompas-3250");
        PairFeatures f = haze.pair("sindonews-3229", "kompas-3250");
        assertThat(StoryThreader.oneSpread(true, teacher, f)).isFalse();

        PairFeatures sameDay = haze.pair("sindonews-3229", "okezone-1710");
        PairFeatures daysLater = new PairFeatures(sameDay.termCosine(), sameDay.entityOverlap(), sameDay.sharedQuotes(),
                StoryThreader.SUBJECT_DAY_GAP + 1, sameDay.sameOutlet(), sameDay.titleOverlap());
        assertThat(StoryThreader.oneSpread(true, haze.profile("okezone-1710"), daysLater)).isFalse();
    }
}
