package id.kabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.time.DateContext;
import id.kabar.model.Article;
import id.kabar.model.PublishedBasis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchYearsTest {

    private static Article dated(String id, LocalDate day) {
        return new Article(id, null, "id", null, null, day, day == null ? null : PublishedBasis.STATED, List.of(), null,
                "Teks berita.");
    }

    @Test
    void theBatchCoversTheYearsItsDatesFallInAndNotAStrayOldPage() {
        BatchYears years = new BatchYears();
        years.add(dated("old", LocalDate.of(2015, 6, 1)));
        for (int i = 0; i < 30; i++) {
            years.add(dated("a" + i, LocalDate.of(2016 + i % 3, 3, 27)));
        }
        years.add(dated("undated", null));
        assertThat(years.context()).isEqualTo(DateContext.years(2016, 2018));
    }

    @Test
    void aBatchWithNoDateCoversNoYear() {
        BatchYears years = new BatchYears();
        years.add(dated("undated", null));
        assertThat(years.context()).isEqualTo(DateContext.NONE);
    }
}
