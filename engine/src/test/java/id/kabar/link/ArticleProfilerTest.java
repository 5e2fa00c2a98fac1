package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleProfilerTest {
    @Test
    void theLeadOfAnUntitledArticleSkipsItsDateline() {
        assertThat(ArticleProfiler.lead("Suara.com - Para pejabat dari Rusia dan Ukraina telah mengakhiri pembicaraan "
                + "perdamaian mereka. Mereka akan kembali ke ibu kota masing-masing."))
                .isEqualTo("Para pejabat dari Rusia dan Ukraina telah mengakhiri pembicaraan perdamaian mereka.");
        assertThat(ArticleProfiler.lead("Jakarta, CNN Indonesia - - Ratusan orang yang diduga merupakan anggota Front "
                + "Pembela Islam membakar kantor GMBI di Ciampea, Bogor. Polisi menangkap sejumlah orang."))
                .startsWith("Ratusan orang yang diduga");
    }

    @Test
    void aLeadWithoutDatelineIsKeptWhole() {
        assertThat(ArticleProfiler.lead("Vladimir Putin siap kirimkan perwakilannya datang ke Belarus guna kembali "
                + "lakukan negoisasi dengan Ukraina. Pertemuan itu digelar di Minsk."))
                .isEqualTo("Vladimir Putin siap kirimkan perwakilannya datang ke Belarus guna kembali lakukan negoisasi "
                        + "dengan Ukraina.");
    }

    @Test
    void theDayAnArticleReportsIsTheOneItSpeaksOfMost() {
        LocalDate thursday = LocalDate.of(2022, 2, 24);
        LocalDate friday = LocalDate.of(2022, 2, 25);
        assertThat(ArticleProfiler.mostSupported(List.of(friday, thursday, friday))).isEqualTo(friday);
        // A report published the day after speaks of the day before as often: the happening comes first.
        assertThat(ArticleProfiler.mostSupported(List.of(thursday, friday))).isEqualTo(thursday);
        assertThat(ArticleProfiler.mostSupported(List.of())).isNull();
    }
}
