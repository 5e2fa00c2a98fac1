package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * Headlines reporting the words of people the articles quote, from CLICK-ID: the President's word at the Hotel Sultan on
 * the KPK leaders' returning their mandate (Kompas.com's "Jokowi: KPK Tak Mengenal Pengembalian Mandat", okezone.com's
 * "Jokowi ke Pimpinan KPK: Bijaklah dalam Bernegara!") and KPK chair Agus Rahardjo's word at the KPK building (tempo.co's
 * "Revisi UU KPK, Agus Rahardjo: Ada Undangan Presiden, Tapi Ditunda"), all of 16 September 2019; Quartararo's words
 * after the San Marino race of 15 September (Kompas.com's "Kalah dari Marquez, Ini Kata Quartararo", sindonews.com's
 * "Dipuji Marquez, Quartararo: Ini Momen Terbaik dalam Karier").
 */
class EventSpeakersTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles pieces = new ComparedArticles(
            IndoSumSample.read("/link/clickid-kpk-mandate-speakers.jsonl").stream().map(ANNOTATOR::annotate).toList());

    private long speakers(String id) {
        return EventSpeakers.of(pieces.profile(id));
    }

    @Test
    void theWordsOfThePresidentAndOfTheKpkChairAreTwoHappenings() {
        assertThat(speakers("kompas-502")).isNotEqualTo(EventSpeakers.NONE);
        assertThat(speakers("tempo-1639")).isNotEqualTo(EventSpeakers.NONE);
        assertThat(EventSpeakers.apart(speakers("kompas-502"), speakers("tempo-1639"))).isTrue();
        long president = EventSpeakers.merge(speakers("kompas-502"), speakers("okezone-1341"));
        assertThat(EventSpeakers.apart(president, speakers("tempo-1639"))).isTrue();
    }

    @Test
    void aListedShortNameInTheHeadlineStandsForTheQuotedFullName() {
        // the quotes' speaker is Joko Widodo; both headlines write Jokowi
        assertThat(EventSpeakers.apart(speakers("kompas-502"), speakers("okezone-1341"))).isFalse();
    }

    @Test
    void aHeadlineNamingTwoQuotedPeopleMeetsEither() {
        // Kompas.com quotes Marquez more than Quartararo, whose words its headline reports
        assertThat(EventSpeakers.apart(speakers("kompas-569"), speakers("sindonews-3309"))).isFalse();
        assertThat(EventSpeakers.apart(speakers("kompas-569"), speakers("tempo-1639"))).isTrue();
    }

    @Test
    void anEventWithNoHeadlinedSpeakerMeetsAny() {
        assertThat(EventSpeakers.apart(EventSpeakers.NONE, speakers("tempo-1639"))).isFalse();
    }
}
