package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * Leads that open with an organisation acting, from CLICK-ID: the TNI's rain-making planes for Riau (okezone.com's
 * "Atasi Karhutla Riau, TNI Tambah Pesawat untuk Lakukan Hujan Buatan", sindonews.com's "Atasi Kebakaran Hutan di Riau,
 * TNI Datangkan Pesawat CN295") and BNPB's (tempo.co's "Antisipasi Karhutla, BNPB Siagakan 3 Pesawat Hujan Buatan"), all
 * of 15 September 2019.
 */
class EventOrganisationsTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles pieces = new ComparedArticles(
            IndoSumSample.read("/link/clickid-organisations-acting.jsonl").stream().map(ANNOTATOR::annotate).toList());

    private long organisations(String id) {
        return EventActors.organisations(pieces.profile(id));
    }

    @Test
    void aLeadOpeningWithAnOrganisationKeepsItsWords() {
        // okezone.com's lead opens "Panglima TNI Marsekal Hadi Tjahjanto": the TNI before its commander
        assertThat(pieces.profile("okezone-3604").leadOrganisation()).contains("tni");
        assertThat(pieces.profile("okezone-3604").leadActor()).isNull();
        // tempo.co's opens "Badan Nasional Penanggulangan Bencana menyiagakan", its headline writes BNPB
        assertThat(pieces.profile("tempo-3231").leadOrganisation()).contains("bnpb");
    }

    @Test
    void twoBodiesEachSendingTheirPlanesAreTwoHappenings() {
        long tni = EventSpeakers.merge(organisations("okezone-3604"), organisations("sindonews-3479"));
        assertThat(organisations("okezone-3604")).isNotEqualTo(EventSpeakers.NONE);
        assertThat(EventSpeakers.apart(organisations("okezone-3604"), organisations("sindonews-3479"))).isFalse();
        assertThat(EventSpeakers.apart(tni, organisations("tempo-3231"))).isTrue();
        assertThat(EventActors.headlines(pieces.profile("tempo-3231"), tni)).isFalse();
        assertThat(EventActors.headlines(pieces.profile("okezone-3604"), organisations("tempo-3231"))).isFalse();
    }

    @Test
    void aHeadlineNamingTheBodyTellsOfIt() {
        // sindonews.com's headline names the TNI whose planes okezone.com's lead opens with
        assertThat(EventActors.headlines(pieces.profile("sindonews-3479"), organisations("okezone-3604"))).isTrue();
        assertThat(EventActors.headlines(pieces.profile("sindonews-3479"), EventSpeakers.NONE)).isFalse();
    }
}
