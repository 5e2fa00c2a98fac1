package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-ups and the events they may join: CLICK-ID headlines of 10-14 September 2019. On 10 September the visits to
 * the sick BJ Habibie were each their own happening (SBY's, Hamdan Zoelva's), and the round-ups of the day's visitors
 * ({@code SBY, Ma'ruf Amin hingga Anies Jenguk Habibie di RSPAD}) read close to each.
 */
class HeadlineRoundupsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2019, 9, 10);

    @Test
    void aWordOfAGatheringOrAnOpeningListAnnouncesARoundup() {
        assertThat(HeadlineRoundups.of("Sejumlah Tokoh Berdatangan ke RSPAD Jenguk BJ Habibie")).isTrue();
        assertThat(HeadlineRoundups.of("BJ Habibie Wafat, Sederet Menteri hingga Tokoh Bangsa Datangi RSPAD")).isTrue();
        assertThat(HeadlineRoundups.of("Hasil Lengkap Liga 2 Sabtu: Persewar dan Persetu Tuban Menang")).isTrue();
        assertThat(HeadlineRoundups.of("SBY, Ma'ruf Amin hingga Anies Jenguk Habibie di RSPAD")).isTrue();
        assertThat(HeadlineRoundups.of("Mantan Ketua MK, Istri Panglima hingga Mantan Panglima Berdatangan Jenguk BJ Habibie"))
                .isTrue();
    }

    @Test
    void oneHappeningsHeadlineIsNoRoundup() {
        assertThat(HeadlineRoundups.of("SBY Jenguk BJ Habibie di RSPAD")).isFalse();
        assertThat(HeadlineRoundups.of("Bandara Iskandar Diselimuti Kabut Asap, Sejumlah Penerbangan Dibatalkan")).isFalse();
        assertThat(HeadlineRoundups.of("Tak Nyaman, Ashanty dan Anang Hermansyah Berencana Jual Rumah")).isFalse();
        assertThat(HeadlineRoundups.of("Fakta Kecelakaan Bus Mira Vs Innova di Nganjuk-Madiun, Sempat Ambil Video hingga "
                + "3 Penumpang Tewas")).isFalse();
        assertThat(HeadlineRoundups.of(null)).isFalse();
    }

    @Test
    void aRoundupJoinsOneEventAndBridgesNone() {
        List<ArticleProfile> profiles = List.of(
                article(0, "SBY Jenguk BJ Habibie di RSPAD"),
                article(1, "SBY, Ma'ruf Amin hingga Anies Jenguk Habibie di RSPAD"),
                article(2, "Tak Bisa Jenguk, Hamdan Zoelva Doakan BJ Habibie Lekas Sembuh"),
                article(3, "Didampingi Putra BJ Habibie, SBY Hanya 20 Menit di RSPAD"));
        EventClusterer clusterer = new EventClusterer(new Partition(), profiles::get);
        profiles.forEach(p -> clusterer.add(p.seq()));

        // alone, the round-up may join the first visit it is weighed with
        assertThat(clusterer.roundupBetween(1, 0)).isFalse();
        clusterer.join(1, 0);
        // then it carries no second visit into that one, nor brings a later piece into its event
        assertThat(clusterer.roundupBetween(1, 2)).isTrue();
        assertThat(clusterer.roundupBetween(3, 1)).isTrue();
        // the later piece joins the visit through the visit's own report
        assertThat(clusterer.roundupBetween(3, 0)).isFalse();
    }

    private static ArticleProfile article(int seq, String title) {
        return new ArticleProfile(seq, "a" + seq, null, TUESDAY, title, List.of(TUESDAY), TUESDAY, null, new int[0],
                new float[0], new int[0], new float[0], new int[0], List.of(), List.of(), null, 0, null, 0, new int[0],
                new int[0], new int[0], HappeningKinds.of(title), new int[0], TUESDAY, null, null, null);
    }
}
