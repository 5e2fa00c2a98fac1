package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One actor's appearance written up from two angles, and the day that keeps such a join from chaining. CLICK-ID, 13
 * September 2019: okezone.com's {@code Buruknya Kendaraan Pribadi di Mata JK, Sebabkan Polusi hingga Utang RI Membengkak}
 * and sindonews.com's {@code JK: Kemacetan Merupakan Tanda Negara Maju}, both leads opening with the Vice-President
 * Jusuf Kalla at the Indotrans Expo. And Habibie's funeral: okezone.com's {@code Jokowi Akan Pimpin Upacara Pemakaman BJ
 * Habibie Besok} of the 11th, the same outlet's {@code Jenazah BJ Habibie Tiba di TMP Kalibata, Upacara Pemakaman Dimulai}
 * of the 12th, and tempo.co's {@code BJ Habibie Disemayamkan di Sebelah Ainun} of the 12th.
 */
class OneActorsAnglesTest {
    private static final LocalDate ELEVENTH = LocalDate.of(2019, 9, 11);
    private static final LocalDate TWELFTH = LocalDate.of(2019, 9, 12);

    /** okezone-4393 and sindonews-2404 as the linker compared them over the week: evidence 0.397, headlines 0.197 alike. */
    private static final double EXPO_TERMS = 0.317;
    private static final double EXPO_ENTITIES = 0.828;
    private static final double EXPO_HEADLINES = 0.197;
    private static final PairFeatures EXPO_ANGLES =
            new PairFeatures(EXPO_TERMS, EXPO_ENTITIES, 0, 0, false, EXPO_HEADLINES, true, false);

    @Test
    void oneActorsAnglesOfOneDayPassThePlainBar() {
        assertThat(EXPO_ANGLES.headlinesApart()).isTrue();
        assertThat(EventClusterer.sameEvent(EXPO_ANGLES)).isFalse();
        assertThat(EventClusterer.oneActorsAngles(EXPO_ANGLES)).isTrue();
    }

    @Test
    void theAnglesNeedOneActorAndOneDay() {
        PairFeatures otherActors =
                new PairFeatures(EXPO_TERMS, EXPO_ENTITIES, 0, 0, false, EXPO_HEADLINES, false, false);
        PairFeatures nextDay = new PairFeatures(EXPO_TERMS, EXPO_ENTITIES, 0, 1, false, EXPO_HEADLINES, true, false);
        // okezone.com's own piece of the Expo, okezone-4415: one outlet's pieces keep their margin
        PairFeatures oneOutlet = new PairFeatures(EXPO_TERMS, EXPO_ENTITIES, 0, 0, true, EXPO_HEADLINES, true, false);

        assertThat(EventClusterer.oneActorsAngles(otherActors)).isFalse();
        assertThat(EventClusterer.oneActorsAngles(nextDay)).isFalse();
        assertThat(EventClusterer.oneActorsAngles(oneOutlet)).isFalse();
    }

    /**
     * Gary Neville on Solskjaer, 13 September 2019: okezone.com's {@code Neville: Sabar, Solskjaer Bisa Sesukses Klopp},
     * whose headline reports his words, against tempo.co's {@code Liga Inggris: Pendukung Manchester United Alami
     * Frustrasi}, both leads opening with Neville, headlines sharing no key word, evidence 0.399 as the linker compared
     * them over the week. The one actor's angle is the support an article of someone's words needs of the event it joins.
     */
    @Test
    void anAngleOfOneActorSupportsHisWords() {
        PairFeatures neville = new PairFeatures(0.399, 0.637, 0, 0, false, 0.0, true, false);
        EventClusterer.Support support = new EventClusterer.Support();
        support.count(0, neville);

        assertThat(EventClusterer.sameEvent(neville)).isFalse();
        assertThat(EventClusterer.oneActorsAngles(neville)).isTrue();
        assertThat(support.bearsWords(0)).isTrue();
    }

    @Test
    void anEventOfTwoDaysTakesNoAngle() {
        List<ArticleProfile> profiles = new ArrayList<>(List.of(
                article(0, "Jokowi Akan Pimpin Upacara Pemakaman BJ Habibie Besok", ELEVENTH, ELEVENTH),
                article(1, "Jenazah BJ Habibie Tiba di TMP Kalibata, Upacara Pemakaman Dimulai", TWELFTH, TWELFTH),
                article(2, "BJ Habibie Disemayamkan di Sebelah Ainun", TWELFTH, TWELFTH),
                article(3, "Pemakaman BJ Habibie Dipimpin Jokowi", TWELFTH, TWELFTH)));
        EventClusterer clusterer = new EventClusterer(new Partition(), profiles::get);
        profiles.forEach(p -> clusterer.add(p.seq()));

        assertThat(clusterer.oneDayTogether(2, 1)).isTrue();
        clusterer.join(3, 1);
        assertThat(clusterer.oneDayTogether(2, 1)).isTrue();
        clusterer.join(0, 1);
        // the announcement of the 11th came in with the burial of the 12th: an angle may no longer join
        assertThat(clusterer.mayJoin(2, 1)).isTrue();
        assertThat(clusterer.oneDayTogether(2, 1)).isFalse();
    }

    private static ArticleProfile article(int seq, String title, LocalDate published, LocalDate happened) {
        return new ArticleProfile(seq, "a" + seq, null, published, title, List.of(happened), happened, null, new int[0],
                new float[0], new int[0], new float[0], new int[0], List.of(), List.of(), null, 0, null, 0,
                new int[0], new int[0], new int[0], HappeningKinds.of(title), new int[0], null, null, null, null);
    }
}
