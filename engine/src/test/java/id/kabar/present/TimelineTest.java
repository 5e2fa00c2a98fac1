package id.kabar.present;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Event;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void placesEventsByDayAndKeepsLabelsApart() {
        List<Event> events = List.of(
                new Event("e1", LocalDate.of(2022, 2, 25), "Rusia Siap Kirim Perwakilan untuk Berdialog dengan Ukraina", List.of("a", "b")),
                new Event("e2", LocalDate.of(2022, 2, 28), "Delegasi Rusia dan Ukraina Bertemu di Belarus", List.of("c")),
                new Event("e3", LocalDate.of(2022, 3, 1), "Kremlin: Terlalu Cepat Menilai Pembicaraan", List.of("d")),
                new Event("e4", null, "Tanpa tanggal", List.of("e")),
                new Event("e5", LocalDate.of(2022, 3, 14), "Rusia Bantah Minta Bantuan Militer China", List.of("f")));
        Timeline t = Timeline.of(events);
        assertThat(t.dots()).extracting(Timeline.Dot::eventId).containsExactly("e1", "e2", "e3", "e5");
        assertThat(t.dots().get(0).x()).isEqualTo(t.margin());
        assertThat(t.dots().get(3).x()).isEqualTo(t.axisEnd());
        assertThat(t.dots().get(0).r()).isGreaterThan(t.dots().get(1).r());
        // e1's label runs to the right past e2 and e3, so those go to other rows.
        assertThat(t.dots().stream().filter(d -> d.label() != null).map(Timeline.Dot::labelY).distinct().count())
                .isGreaterThan(1);
        assertThat(t.first()).isEqualTo(LocalDate.of(2022, 2, 25));
    }

    @Test
    void aStoryWithoutDatesHasAnEmptyChart() {
        assertThat(Timeline.of(List.of(new Event("e1", null, "x", List.of("a")))).isEmpty()).isTrue();
    }
}
