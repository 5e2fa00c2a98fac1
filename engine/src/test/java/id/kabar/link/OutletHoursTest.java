package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One outlet reports a happening live and follows it up hours later: the follow-up is the next happening, however much it
 * shares with the event. CLICK-ID, 11 September 2019: okezone.com's "Apartemen Kalibata City Terbakar, 2 Orang Luka Bakar"
 * (08:35) and sindonews.com's "Kebakaran di Apartemen Kalibata City, Dua Penghuni Alami Luka Bakar" (11:25) report the
 * fire; sindonews.com's "Pasutri, Korban kebakaran di Kalibata City Dirawat di RS Siloam" (19:23) follows its own report
 * up eight hours on, and had joined the fire's event.
 */
class OutletHoursTest {
    private static final LocalDate DAY = LocalDate.of(2019, 9, 11);
    private static final double WEAK = EventClusterer.OUTLET_SPAN_EVIDENCE - 0.1;

    private final List<ArticleProfile> profiles = new ArrayList<>(List.of(
            article(0, "okezonecom", "Apartemen Kalibata City Terbakar, 2 Orang Luka Bakar", "08:35"),
            article(1, "sindonewscom", "Kebakaran di Apartemen Kalibata City, Dua Penghuni Alami Luka Bakar", "11:25"),
            article(2, "sindonewscom", "Pasutri, Korban kebakaran di Kalibata City Dirawat di RS Siloam", "19:23"),
            article(3, "tempoco", "Kebakaran di Apartemen Kalibata City, Dua Penghuni Luka", "11:21"),
            article(4, "okezonecom", "Penyebab Kebakaran di Apartemen Kalibata City karena Korsleting Listrik", "08:55")));

    private EventClusterer fire() {
        EventClusterer clusterer = new EventClusterer(new Partition(), profiles::get);
        profiles.forEach(p -> clusterer.add(p.seq()));
        clusterer.join(1, 0);
        return clusterer;
    }

    @Test
    void anOutletsFollowUpHoursAfterItsReportStaysOutOfTheEvent() {
        EventClusterer clusterer = fire();
        // compared with okezone.com's report, not sindonews.com's: the event's span of sindonews.com's pieces decides
        assertThat(clusterer.outletsWithinHours(2, 0, WEAK, false)).isFalse();
        assertThat(clusterer.outletsWithinHours(2, 1, WEAK, false)).isFalse();
        // a pair that reads nearly alike still joins: a report rewritten as its happening unfolds
        assertThat(clusterer.outletsWithinHours(2, 1, EventClusterer.OUTLET_SPAN_EVIDENCE, false)).isTrue();
    }

    @Test
    void anotherOutletsReportAndAnOutletsPieceWithinHoursJoin() {
        EventClusterer clusterer = fire();
        assertThat(clusterer.outletsWithinHours(3, 0, 0, false)).isTrue();
        assertThat(clusterer.outletsWithinHours(4, 1, 0, false)).isTrue();
    }

    /** Once the follow-up has joined on strong evidence, the outlet's span holds it: a weak pair cannot stretch it further. */
    @Test
    void aJoinedEventsSpanCountsEveryMember() {
        EventClusterer clusterer = fire();
        clusterer.join(2, 1);
        assertThat(clusterer.outletsWithinHours(4, 0, 0, false)).isTrue();
        profiles.add(article(5, "sindonewscom", "Kebakaran di Apartemen Kalibata City, Dua Penghuni Alami Luka Bakar",
                "10:00"));
        clusterer.add(5);
        assertThat(clusterer.outletsWithinHours(5, 0, WEAK, false)).as("10:00 to 19:23").isFalse();
    }

    /** An event keeps the times of its first {@link EventClusterer.OutletTimes#SLOTS} outlets; a later outlet's are not bound. */
    @Test
    void anEventKeepsTheTimesOfItsFirstOutletsOnly() {
        long[] okezone = EventClusterer.OutletTimes.of(profiles.get(0));
        long[] sindonews = EventClusterer.OutletTimes.of(profiles.get(1));
        long[] tempo = EventClusterer.OutletTimes.of(profiles.get(3));
        long[] event = EventClusterer.OutletTimes.merge(EventClusterer.OutletTimes.merge(okezone, sindonews), tempo);
        assertThat(EventClusterer.OutletTimes.widest(event, EventClusterer.OutletTimes.of(profiles.get(2))))
                .isEqualTo(8 * 60 - 2);
        ArticleProfile later = article(6, "tempoco", "Kebakaran di Apartemen Kalibata City, Dua Penghuni Luka", "23:00");
        assertThat(EventClusterer.OutletTimes.widest(event, EventClusterer.OutletTimes.of(later))).isZero();
        // an article published at no stated time sets no bound
        ArticleProfile undated = article(7, "sindonewscom", "Pasutri, Korban kebakaran di Kalibata City", null);
        assertThat(EventClusterer.OutletTimes.widest(event, EventClusterer.OutletTimes.of(undated))).isZero();
    }

    private static ArticleProfile article(int seq, String outlet, String title, String time) {
        Instant at = time == null ? null : OffsetDateTime.parse(DAY + "T" + time + ":00+07:00").toInstant();
        return new ArticleProfile(seq, "a" + seq, outlet, DAY, title, List.of(DAY), DAY, null,
                new int[0], new float[0], new int[0], new float[0], new int[0], List.of(), List.of(), null, 0, null, 0,
                new int[0], new int[0], new int[0], HappeningKinds.of(title), new int[0], null, null, null, null, false, at);
    }
}
