package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * Two sides of one dispute on one day, from CLICK-ID (10 September 2019): okezone.com's "Polemik KPAI Vs PB Djarum, Komnas
 * PA: Menpora Gagal Paham UU Perlindungan Anak" (the child-protection commission's chair faulting the sports minister,
 * Imam Nahrawi) and tribunnews.com's "Alasan PB Djarum Hentikan Audisi, karena Enggan Langgar Undang-undang?" (the
 * foundation's programme director, Yoppy Rosimin, on why the auditions stop), and tribunnews.com's "Kukuh Audisi Berhenti
 * Tahun Depan, PB Djarum Tak Ingin Langgar Undang-undang & Ikuti Tuntutan KPAI", the director's same word retold.
 */
class StrangerActorsTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles pieces = new ComparedArticles(
            IndoSumSample.read("/link/clickid-pb-djarum-audition.jsonl").stream().map(ANNOTATOR::annotate).toList());

    private boolean strangers(String joining, String founder) {
        return EventClusterer.strangerActors(pieces.profile(joining), pieces.profile(founder),
                pieces.pair(joining, founder), pieces.vocabulary());
    }

    @Test
    void actorsNeitherReportNamesTellTwoHappenings() {
        assertThat(pieces.profile("tribunnews-571").leadActor()).isNotNull();
        assertThat(pieces.profile("okezone-3989").leadActor()).isNotNull();
        assertThat(strangers("tribunnews-571", "okezone-3989")).isTrue();
        assertThat(strangers("okezone-3989", "tribunnews-571")).isTrue();
    }

    @Test
    void aReportNamingTheOthersActorIsNoStranger() {
        // the retelling names the foundation's director, whom the other's lead opens with
        String director = pieces.profile("tribunnews-571").leadActor();
        assertThat(EventClusterer.namesPerson(pieces.profile("tribunnews-636"), director, pieces.vocabulary())).isTrue();
        assertThat(strangers("tribunnews-636", "tribunnews-571")).isFalse();
    }

    @Test
    void anArticleNamesAPersonByAnyWordOfHisName() {
        assertThat(EventClusterer.namesPerson(pieces.profile("okezone-3989"), "imam nahrawi", pieces.vocabulary())).isTrue();
        assertThat(EventClusterer.namesPerson(pieces.profile("okezone-3989"), "yoppy rosimin", pieces.vocabulary()))
                .isFalse();
    }
}
