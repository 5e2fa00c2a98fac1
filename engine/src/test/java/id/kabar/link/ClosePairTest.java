package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * The side piece that {@link StoryThreader#CLOSE_PAIR} lets into a grown story, in CLICK-ID text (10-16 Sep
 * 2019): tempo.co on Xanana Gusmao at BJ Habibie's grave ("Xanana Gusmao Ziarahi Makam BJ Habibie", 15 Sep)
 * and okezone.com on his condolence visit to the family the night before ("Melayat ke BJ Habibie, Xanana
 * Gusmao: Rakyat Timor Leste Tak Akan Melupakan Beliau"), beside four reports of the week's main matter: the
 * national mourning and flags at half-mast, the body arriving at Kalibata, Jokowi's tribute, the burial beside
 * Ainun. Both pieces are labelled part of Habibie's death and funeral.
 */
class ClosePairTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles compared = new ComparedArticles(
            IndoSumSample.read("/link/clickid-habibie-xanana.jsonl").stream().map(ANNOTATOR::annotate).toList());

    @Test
    void aSidePieceReachesItsSagaThroughOneClosePairOnly() {
        PairFeatures xanana = compared.pair("tempo-2765", "okezone-3747");

        assertThat(StoryThreader.sameStory(xanana)).isTrue();
        assertThat(StoryThreader.evidence(xanana)).isGreaterThanOrEqualTo(StoryThreader.CLOSE_PAIR);
        // Against each report of the main matter it stands below any threading pair: were the one close pair
        // held to the whole story's measure, the grave visit would be a story of its own.
        for (String main : new String[] {"okezone-2620", "okezone-1891", "okezone-3356", "okezone-2294"}) {
            PairFeatures f = compared.pair("tempo-2765", main);
            assertThat(StoryThreader.sameStory(f)).as(main).isFalse();
            assertThat(StoryThreader.evidence(f)).as(main).isLessThan(StoryThreader.SAME_STORY);
        }
    }
}
