package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CLICK-ID headlines (10-16 Sep 2019) that number a step of a series: okezone.com's results of the four free practices
 * at Misano on 13 and 14 September, the first half of Indonesia's under-16 match against the Philippines as Tempo and
 * okezone.com headline it, the first and second day of Jakarta's widened odd-even rule.
 */
class HeadlineSeriesTest {
    private static final String FP1 = "Hasil Latihan Bebas 1 MotoGP San Marino 2019";
    private static final String FP2 = "Hasil Sesi Latihan Bebas 2 MotoGP San Marino 2019";
    private static final LocalDate FRIDAY = LocalDate.of(2019, 9, 13);

    @Test
    void differentSessionsOfOneSeriesAreApart() {
        assertThat(HeadlineSeries.apart(HeadlineSeries.of(FP1), HeadlineSeries.of(FP2))).isTrue();
        assertThat(HeadlineSeries.apart(HeadlineSeries.of("Hasil Sesi Latihan Bebas 3 MotoGP San Marino 2019"),
                HeadlineSeries.of("Hasil Sesi Latihan Bebas 4 MotoGP San Marino 2019"))).isTrue();
        assertThat(HeadlineSeries.apart(
                HeadlineSeries.of("Hari Pertama Perluasan Ganjil Genap, 1.904 Pengendara Ditilang"),
                HeadlineSeries.of("Hari Kedua Ganjil Genap, Pelanggar di Jakarta Barat Masih Capai Ratusan"))).isTrue();
    }

    @Test
    void oneStepWrittenTwoWaysMeets() {
        // Roman numeral and ordinal word: the same first half.
        assertThat(HeadlineSeries.apart(
                HeadlineSeries.of("Kualifikasi Piala AFC U-16: Indonesia Vs Filipina 1-0 di Babak I"),
                HeadlineSeries.of("Timnas Indonesia U-16 Unggul 1-0 atas Filipina di Babak Pertama"))).isFalse();
        assertThat(HeadlineSeries.apart(
                HeadlineSeries.of("Hari Pertama Perluasan Ganjil Genap, 1.904 Pengendara Ditilang"),
                HeadlineSeries.of("1.904 Pengendara Ditilang di Hari Pertama Perluasan Ganjil-Genap"))).isFalse();
    }

    @Test
    void aCompactSessionNameIsTheSessionWrittenOut() {
        // okezone.com writes "Latihan Bebas 1", Tempo "FP1": one session, and the second another.
        assertThat(HeadlineSeries.apart(HeadlineSeries.of(FP1),
                HeadlineSeries.of("Hasil FP1 MotoGP San Marino: Quartararo Ungguli Marquez"))).isFalse();
        assertThat(HeadlineSeries.apart(HeadlineSeries.of(FP1),
                HeadlineSeries.of("Hasil FP2 MotoGP San Marino: Vinales Tercepat, Rossi Keempat"))).isTrue();
    }

    @Test
    void theQualifyingIsASessionBesideTheFreePractices() {
        // okezone.com, 14 September 2019: the qualifying's results and the third practice's, hours apart.
        String qualifying = "Hasil Kualifikasi MotoGP San Marino 2019";
        assertThat(HeadlineSeries.apart(HeadlineSeries.of(qualifying),
                HeadlineSeries.of("Hasil Sesi Latihan Bebas 3 MotoGP San Marino 2019"))).isTrue();
        assertThat(HeadlineSeries.apart(HeadlineSeries.of(qualifying),
                HeadlineSeries.of("Hasil FP3 MotoGP San Marino: Quartararo Tercepat, Rossi Ketujuh"))).isTrue();
        assertThat(HeadlineSeries.apart(HeadlineSeries.of(qualifying),
                HeadlineSeries.of("Marquez Tak Tahu Maksud Rossi di Kualifikasi MotoGP San Marino 2019"))).isFalse();
        // A football cup's qualifying numbers no practice: its match's halves still meet.
        assertThat(HeadlineSeries.apart(
                HeadlineSeries.of("Kualifikasi Piala Dunia 2022: Indonesia Vs Thailand, Babak I Seri"),
                HeadlineSeries.of("Timnas Indonesia dan Thailand Sama Kuat di Babak Pertama"))).isFalse();
    }

    @Test
    void figuresAndYearsAreNoSteps() {
        // Prices, counts and the edition's year differ between reports of one happening.
        assertThat(HeadlineSeries.of("Harga Emas Antam Turun Rp 4.000 per Gram")).isEqualTo(HeadlineSeries.NONE);
        // The qualifying is a step by its word alone, and the year after it no other.
        assertThat(HeadlineSeries.of("Jadwal Kualifikasi Piala Dunia 2022, Indonesia Vs Thailand Malam Ini"))
                .isEqualTo(HeadlineSeries.of("Kualifikasi"));
        assertThat(HeadlineSeries.of("Kualifikasi 2022")).isEqualTo(HeadlineSeries.of("Kualifikasi"));
        // A compact session name counts: Tempo's "Hasil FP2".
        assertThat(HeadlineSeries.apart(HeadlineSeries.of("Hasil FP1 MotoGP San Marino: Quartararo Ungguli Marquez"),
                HeadlineSeries.of("Hasil FP2 MotoGP San Marino: Vinales Tercepat, Rossi Keempat"))).isTrue();
    }

    @Test
    void anEventOfOneSessionTakesNoReportOfAnother() {
        // A rider's preview of the weekend joins the first practice's results; the second's may not join them.
        List<ArticleProfile> profiles = new ArrayList<>(List.of(
                article(0, "okezonecom", FP1),
                article(1, "tempoco", "Jadwal MotoGP San Marino 2019: Penebusan Marc Marquez"),
                article(2, "sindonewscom", FP2)));
        EventClusterer clusterer = new EventClusterer(new Partition(), profiles::get);
        profiles.forEach(p -> clusterer.add(p.seq()));

        assertThat(clusterer.mayJoin(1, 0)).isTrue();
        clusterer.join(1, 0);
        assertThat(clusterer.mayJoin(2, 1)).isFalse();
        assertThat(clusterer.mayJoin(2, 0)).isFalse();
    }

    private static ArticleProfile article(int seq, String outlet, String title) {
        return new ArticleProfile(seq, "a" + seq, outlet, FRIDAY, title, List.of(FRIDAY), FRIDAY, null,
                new int[0], new float[0], new int[0], new float[0], new int[0], List.of(), List.of(), null, 0, null, 0,
                new int[0], new int[0], new int[0], HappeningKinds.of(title), new int[0], null, null, null, null);
    }
}
