package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * The pair through which stories meet, when it reports the words of different people, in CLICK-ID text (10-16 Sep 2019):
 * tempo.co on Arsul Sani chiding the KPK deputy Laode M Syarif at Alexander Marwata's fit and proper test ("Komisi Hukum
 * DPR Sebut Wakil Ketua KPK Bicara Bak Aktivis LSM", 12 Sep), labelled part of the KPK leadership selection, and
 * kompas.com on Laode's own word two days before ("Laode M Syarif: Penegak Hukum Itu Tidak Boleh Diikat Komitmen
 * Politik"), filed in the KPK law revision's story; and two reports of the Iranian foreign ministry's spokesman on
 * Rouhani not meeting Trump (tempo.co and okezone.com, 16 Sep).
 */
class OtherSpeakersPairTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles compared = new ComparedArticles(
            IndoSumSample.read("/link/clickid-other-speakers.jsonl").stream().map(ANNOTATOR::annotate).toList());

    @Test
    void differentPeoplesWordsMeetThroughTheirWordsNotTheNamesTheyShare() {
        PairFeatures arsulOnLaode = compared.pair("tempo-1718", "kompas-1126");

        assertThat(arsulOnLaode.otherSpeakers()).isTrue();
        assertThat(arsulOnLaode.entityOverlap()).isGreaterThan(arsulOnLaode.termCosine());
        // By names and words together the pair would let the fit and proper test into the law revision's story ...
        assertThat(StoryThreader.evidence(arsulOnLaode)).isGreaterThanOrEqualTo(StoryThreader.CLOSE_PAIR);
        // ... while its words alone do not.
        assertThat(StoryThreader.pairEvidence(arsulOnLaode)).isLessThan(StoryThreader.CLOSE_PAIR);
    }

    @Test
    void oneSpeakersWordsKeepTheirNames() {
        PairFeatures spokesman = compared.pair("tempo-3262", "okezone-1026");

        assertThat(spokesman.otherSpeakers()).isFalse();
        assertThat(StoryThreader.pairEvidence(spokesman)).isEqualTo(StoryThreader.evidence(spokesman));
        assertThat(StoryThreader.pairEvidence(spokesman)).isGreaterThanOrEqualTo(StoryThreader.CLOSE_PAIR);
    }
}
