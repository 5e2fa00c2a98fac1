package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * Three CLICK-ID reports of the forest fire on Mount Merbabu (13-14 Sep 2019): Okezone's "100 Petugas Gabungan
 * Padamkan Kebakaran Hutan Gunung Merbabu" and, the next morning, "Gunung Merbabu dan Andong Terbakar, Pemadaman
 * Libatkan Tim Gabungan", and Sindonews' "Kobaran Api Lahap 150 Hektare Hutan Gunung Merbabu". They name no person or
 * body in common (a disaster agency's spokesman in one, none in the others) and tell the fire in their own words, so
 * neither names nor words alone thread them: their headlines name the subject.
 */
class StorySubjectTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles fire = new ComparedArticles(
            IndoSumSample.read("/link/clickid-merbabu-fire.jsonl").stream().map(ANNOTATOR::annotate).toList());

    @Test
    void reportsHeadliningOneSubjectThreadWhenTheirWordsBackIt() {
        PairFeatures nextMorning = fire.pair("okezone-500", "okezone-4547");

        assertThat(StoryThreader.evidence(nextMorning)).isLessThan(StoryThreader.SAME_STORY);
        assertThat(nextMorning.termCosine()).isLessThan(StoryThreader.WORDS_ALONE)
                .isGreaterThanOrEqualTo(StoryThreader.WORDS_UNDER_SUBJECT);
        assertThat(nextMorning.titleOverlap()).isGreaterThanOrEqualTo(StoryThreader.HEADLINES_SHARE_SUBJECT);
        assertThat(StoryThreader.sharesSubject(nextMorning)).isTrue();
        assertThat(StoryThreader.sameStory(nextMorning)).isTrue();
    }

    @Test
    void aSubjectHeadlinedAgainDaysLaterNeedsMoreThanItsHeadline() {
        PairFeatures nextMorning = fire.pair("okezone-500", "okezone-4547");
        PairFeatures daysLater = new PairFeatures(nextMorning.termCosine(), nextMorning.entityOverlap(),
                nextMorning.sharedQuotes(), StoryThreader.SUBJECT_DAY_GAP + 1, nextMorning.sameOutlet(),
                nextMorning.titleOverlap());

        assertThat(StoryThreader.sharesSubject(daysLater)).isFalse();
        assertThat(StoryThreader.sameStory(daysLater)).isFalse();
    }

    @Test
    void aHeadlineAloneWithoutTheWordsDoesNotThread() {
        PairFeatures sameDay = fire.pair("sindonews-2365", "okezone-4547");
        PairFeatures fewWords = new PairFeatures(StoryThreader.WORDS_UNDER_SUBJECT - 0.01, sameDay.entityOverlap(),
                sameDay.sharedQuotes(), sameDay.dayGap(), sameDay.sameOutlet(), sameDay.titleOverlap());

        assertThat(sameDay.titleOverlap()).isGreaterThanOrEqualTo(StoryThreader.HEADLINES_SHARE_SUBJECT);
        assertThat(StoryThreader.sharesSubject(fewWords)).isFalse();
    }
}
