package id.kabar.present;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void groupsEventsByTheDayTheyHappenedInDayOrder() {
        List<Event> events = List.of(
                new Event("e2", LocalDate.of(2022, 2, 28), "Delegasi Rusia dan Ukraina Bertemu di Belarus", List.of("c")),
                new Event("e1", LocalDate.of(2022, 2, 25), "Rusia Siap Kirim Perwakilan untuk Berdialog dengan Ukraina", List.of("a", "b")),
                new Event("e3", LocalDate.of(2022, 2, 28), "Kremlin: Terlalu Cepat Menilai Pembicaraan", List.of("d")),
                new Event("e4", null, "Tanpa tanggal", List.of("e")),
                new Event("e5", LocalDate.of(2022, 3, 14), "Rusia Bantah Minta Bantuan Militer China", List.of("f")));
        Timeline t = Timeline.of(events, Map.of());
        assertThat(t.days()).extracting(Timeline.Day::day).containsExactly(LocalDate.of(2022, 2, 25),
                LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 14));
        assertThat(t.days().get(1).events()).extracting(Timeline.Entry::eventId).containsExactly("e2", "e3");
        assertThat(t.days().get(0).articles()).isEqualTo(2);
        assertThat(t.events()).isEqualTo(4);
        assertThat(t.undated()).isEqualTo(1);
    }

    @Test
    void aStoryWithoutDatesHasAnEmptyTimeline() {
        Timeline t = Timeline.of(List.of(new Event("e1", null, "x", List.of("a"))), Map.of());
        assertThat(t.isEmpty()).isTrue();
        assertThat(t.undated()).isEqualTo(1);
    }
}
