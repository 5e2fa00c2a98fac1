package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * Headlines naming who acted, from CLICK-ID, all of 10 September 2019: the President's meeting with 61 Papuan figures at
 * the palace (tempo.co's "Palapa Ring Rampung, Jokowi Janji Seluruh Papua Terlayani 4G", tribunnews.com's "Diminta Bangun
 * Istana Kepresidenan di Papua, Jokowi: Saya Bisik-bisik Dulu dengan Para Menteri" and "Tak Hanya Bangun Istana, Jokowi
 * Juga Janjikan Kesempatan Kerja di BUMN bagi 1000 Sarjana Papua"), the DPR deputy's support for the palace in Papua
 * (okezone.com's "Fahri Hamzah Dukung Jokowi Dirikan Istana Kepresidenan di Papua") and a PKB politician's (tribunnews.com's
 * "Karding Dukung Niat Jokowi Bangun Istana Presiden di Papua", whose lead names him only as "Politikus Partai
 * Kebangkitan Bangsa (PKB), Abdul Kadir Karding" after the party); two visits to the sick Habibie at RSPAD (sindonews.com's
 * "Tak Bisa Jenguk, Hamdan Zoelva Doakan BJ Habibie Lekas Sembuh", tribunnews.com's "Sejumlah Pejabat Besuk BJ Habibie di
 * RSPAD: SBY, Nila Moeloek Hingga Anies Baswedan", whose lead opens with the health minister Nila F Moeloek); SBY's and
 * Aburizal Bakrie's visits the same day (tribunnews.com's "SBY Jenguk BJ Habibie di RSPAD", tempo.co's "Didampingi Putra
 * BJ Habibie, SBY Hanya 20 Menit di RSPAD", Kompas.com's "Aburizal: Kondisi Pak Habibie Lebih Baik dari Pagi Tadi").
 */
class EventActorsTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles pieces = new ComparedArticles(
            IndoSumSample.read("/link/clickid-visits-and-reactions.jsonl").stream().map(ANNOTATOR::annotate).toList());

    private long actors(String id) {
        return EventActors.of(pieces.profile(id));
    }

    @Test
    void aReactionHeadliningItsOwnActorIsApartFromTheHappeningItAnswers() {
        long meeting = EventSpeakers.merge(actors("tempo-2065"), actors("tribunnews-218"));
        assertThat(meeting).isNotEqualTo(EventSpeakers.NONE);
        assertThat(actors("okezone-4127")).isNotEqualTo(EventSpeakers.NONE);
        // Fahri Hamzah's headline names the President too, but its lead opens with Fahri Hamzah
        assertThat(EventSpeakers.apart(meeting, actors("okezone-4127"))).isTrue();
    }

    @Test
    void aListedShortNameInTheHeadlineMeetsTheLeadsFullName() {
        // tempo.co's lead opens with "Presiden Joko Widodo", tribunnews.com's headline and lead write "Jokowi"
        assertThat(actors("tribunnews-264")).isNotEqualTo(EventSpeakers.NONE);
        assertThat(EventSpeakers.apart(actors("tempo-2065"), actors("tribunnews-264"))).isFalse();
    }

    @Test
    void twoVisitorsToOneBedsideAreTwoHappenings() {
        assertThat(EventSpeakers.apart(actors("sindonews-1657"), actors("tribunnews-766"))).isTrue();
    }

    @Test
    void aVisitorWhoseNameTheScrapeTookOutOfTheLeadIsKnownByTheHeadline() {
        // tribunnews.com's "SBY Jenguk BJ Habibie di RSPAD" opens "Presiden ke-6 RI , menjenguk BJ Habibie": the patient
        // is not the one acting; tempo.co's "Didampingi Putra BJ Habibie, SBY Hanya 20 Menit di RSPAD" tells the same visit
        assertThat(pieces.profile("tribunnews-761").leadActor()).isEqualTo("susilo bambang yudhoyono");
        assertThat(EventSpeakers.apart(actors("tribunnews-761"), actors("tempo-1420"))).isFalse();
        assertThat(EventSpeakers.apart(actors("tribunnews-761"), actors("sindonews-1657"))).isTrue();
        // Kompas.com's "Aburizal: Kondisi Pak Habibie Lebih Baik dari Pagi Tadi" opens "Ketua Dewan Pembina Partai Golkar ,
        // menyampaikan": Aburizal's own visit
        assertThat(EventSpeakers.apart(actors("kompas-753"), actors("tribunnews-761"))).isTrue();
    }

    @Test
    void aLeadOpeningWithNoPersonSetsNoActor() {
        assertThat(actors("tribunnews-34")).isEqualTo(EventSpeakers.NONE);
        assertThat(EventSpeakers.apart(actors("tribunnews-34"), actors("okezone-4127"))).isFalse();
    }
}
