package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Headlines reporting words, and two of one day reporting the words of different people, from CLICK-ID (10-16 Sep 2019). */
class OtherSpeakersTest {

    @Test
    void aVerbOfSayingOrASpeakerBeforeAColonReportsWords() {
        assertThat(HappeningKinds.spoken(HappeningKinds.of("Pelatih Iran Akui Kemenangan Timnas Indonesia U-19 di Laga Uji Coba Kedua")))
                .isTrue();
        assertThat(HappeningKinds.spoken(HappeningKinds.of("Timnas Indonesia U-19 Menang atas Iran, Fakhri Husaini: Saya Bangga")))
                .isTrue();
        assertThat(HappeningKinds.spoken(HappeningKinds.of("Kalah dari Marquez, Ini Kata Quartararo"))).isTrue();
    }

    @Test
    void aHeadingBeforeAColonOrAHeadlineOfDeedsReportsNoWords() {
        assertThat(HappeningKinds.spoken(HappeningKinds.of("Hasil FP1 MotoGP San Marino: Quartararo Ungguli Marquez"))).isFalse();
        assertThat(HappeningKinds.spoken(HappeningKinds.of("Hasil Kualifikasi Piala Dunia 2022: Indonesia Vs Thailand 0-3")))
                .isFalse();
        assertThat(HappeningKinds.spoken(HappeningKinds.of("Timnas Indonesia U-19 Menang Tipis 1-0 atas Iran"))).isFalse();
    }

    @Test
    void reportingWordsIsNoKindOfHappening() {
        long coach = HappeningKinds.of("Pelatih Iran Akui Kemenangan Timnas Indonesia U-19 di Laga Uji Coba Kedua");
        long match = HappeningKinds.of("Timnas Indonesia U-19 Menang Tipis 1-0 atas Iran");
        long quake = HappeningKinds.of("Gempa M6,2 Guncang Halmahera Selatan, BMKG: Tak Berpotensi Tsunami");

        assertThat(HappeningKinds.named(coach) & HappeningKinds.named(match)).isNotEqualTo(HappeningKinds.NONE);
        assertThat(HappeningKinds.apart(coach, quake)).isTrue();
        assertThat(HappeningKinds.apart(HappeningKinds.SPOKEN, quake)).isFalse();
    }

    @Test
    void theWordsOfDifferentPeopleAreNeverOneHappening() {
        long antasari = HappeningKinds.of("KPK Serahkan Mandat ke Jokowi, Antasari: Jangan Lari dari Tanggung Jawab");
        long agus = HappeningKinds.of("Kembalikan Mandat ke Jokowi, Agus Rahardjo: KPK Dikepung");
        assertThat(HappeningKinds.spoken(antasari) && HappeningKinds.spoken(agus)).isTrue();
        // Words and names alike enough for one event on their own (evidence 0.52), leads opening with different people.
        PairFeatures others = new PairFeatures(0.55, 0.6, 0, 0, false, 0.5, false, false, true);
        PairFeatures one = new PairFeatures(0.55, 0.6, 0, 0, false, 0.5, false, false, false);

        assertThat(EventClusterer.sameEvent(one)).isTrue();
        assertThat(EventClusterer.sameEvent(others)).isFalse();
    }
}
