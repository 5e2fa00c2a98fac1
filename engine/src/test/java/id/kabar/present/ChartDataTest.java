package id.kabar.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.model.Event;
import id.kabar.store.SearchResult.DayCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Messages M = Messages.of("en");
    /** The five outlets of the CLICK-ID week and four more, as a national store would hold them. */
    private static final List<String> OUTLETS = List.of("detikNews", "Kompas.com", "Liputan6.com", "Okezone", "Tempo.co",
            "Antara", "CNN Indonesia", "Republika", "Suara.com");

    @Test
    void aWeekIsPlottedByDayWithEmptyDaysAsZeroAndOneSeriesPerOutlet() throws Exception {
        LocalDate first = LocalDate.of(2019, 9, 10);
        JsonNode o = JSON.readTree(ChartData.days(List.of(new DayCount(first, "Kompas.com", 3),
                new DayCount(first, "detikNews", 1), new DayCount(first.plusDays(2), "Kompas.com", 2)), "/search?q=banjir", M));
        assertThat(o.get("unit").asText()).isEqualTo("day");
        assertThat(o.get("x")).hasSize(3);
        assertThat(o.get("series").get(0).toString()).isEqualTo("{\"label\":\"Kompas.com\",\"values\":[3,0,2]}");
        assertThat(o.get("series").get(1).toString()).isEqualTo("{\"label\":\"detikNews\",\"values\":[1,0,0]}");
    }

    @Test
    void yearsArePlottedByMonthAndOutletsBeyondTheColoursAreSummed() throws Exception {
        List<DayCount> counts = new ArrayList<>();
        LocalDate first = LocalDate.of(2016, 1, 5);
        for (int i = 0; i < OUTLETS.size(); i++) {
            counts.add(new DayCount(first, OUTLETS.get(i), 10 - i));
        }
        counts.add(new DayCount(LocalDate.of(2018, 6, 30), null, 1));
        JsonNode o = JSON.readTree(ChartData.days(counts, "/search?q=banjir", M));
        assertThat(o.get("unit").asText()).isEqualTo("month");
        assertThat(o.get("x")).hasSize(30);
        assertThat(o.get("series")).hasSize(ChartData.MAX_OUTLETS);
        JsonNode other = o.get("series").get(ChartData.MAX_OUTLETS - 1);
        assertThat(other.get("label").asText()).isEqualTo("other outlets");
        // Republika (3) and Suara.com (2) in January 2016, the one article without an outlet in June 2018
        assertThat(other.get("values").get(0).asInt()).isEqualTo(5);
        assertThat(other.get("values").get(29).asInt()).isEqualTo(1);
    }

    @Test
    void aTitleThatIsMarkupCannotEndTheScriptBlockThatCarriesIt() throws Exception {
        String title = "Warga menulis </script><script>alert('x')</script> & <!-- di kolom komentar";
        Timeline t = Timeline.of(List.of(new Event("E1", LocalDate.of(2024, 5, 2), title, List.of("a"))), Map.of());
        String json = ChartData.timeline(t, M);
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(JSON.readTree(json).get("events").get(0).get(0).get("title").asText()).isEqualTo(title);
    }
}
