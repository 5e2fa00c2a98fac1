package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two reports whose leads write different days tell two happenings, even one day apart, where the day spans of
 * events alone let neighbouring days meet. CLICK-ID, Antam's gold price: "Harga emas Antam turun Rp4.000 menjadi
 * Rp754.000 per gram, Selasa (10/9/2019)" and the next day's "Rabu (11/9/2019) ... dijual Rp751.000 per gram";
 * a report published on the 11th whose lead writes no day ("Hari Ini Harga Emas Antam Kembali Turun") is placed
 * by its days and may still join either.
 */
class EventLeadDaysTest {
    private static final LocalDate TUESDAY = LocalDate.of(2019, 9, 10);
    private static final LocalDate WEDNESDAY = LocalDate.of(2019, 9, 11);

    @Test
    void eventsWhoseLeadsWriteDifferentDaysStayApart() {
        List<ArticleProfile> profiles = new ArrayList<>(List.of(
                article(0, "Harga Emas Antam Turun Rp4.000 Jadi Rp754.000 Per Gram", TUESDAY, TUESDAY, TUESDAY),
                article(1, "Harga Emas Antam Terus Turun, Hari Ini Dijual Rp751.000/Gram", WEDNESDAY, WEDNESDAY, WEDNESDAY),
                article(2, "Hari Ini Harga Emas Antam Kembali Turun", WEDNESDAY, TUESDAY, null)));
        EventClusterer clusterer = new EventClusterer(new Partition(), profiles::get);
        profiles.forEach(p -> clusterer.add(p.seq()));

        // One day apart, as an event's days may spread, but each lead writes its own day.
        assertThat(clusterer.mayJoin(0, 1)).isFalse();
        // The report without a day in its lead is placed on the day its body names most.
        assertThat(clusterer.mayJoin(2, 0)).isTrue();
        assertThat(clusterer.mayJoin(2, 1)).isTrue();
        clusterer.join(2, 0);
        // Joined, it carries Tuesday's lead day into the event, which Wednesday's lead then meets.
        assertThat(clusterer.mayJoin(1, 2)).isFalse();
    }

    private static ArticleProfile article(int seq, String title, LocalDate published, LocalDate happened, LocalDate leadDay) {
        return new ArticleProfile(seq, "a" + seq, null, published, title, List.of(happened), happened, null, new int[0],
                new float[0], new int[0], new float[0], new int[0], List.of(), List.of(), null, 0, null, 0,
                new int[0], new int[0], new int[0], HappeningKinds.of(title), new int[0], leadDay, null, null, null);
    }
}
