package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reports of one market figure's day are one happening: CLICK-ID, Thursday 12 September 2019, okezone.com's opening of
 * the IHSG, "IHSG Melesat ke Level 6.409" (09:25), its midday session, "IHSG Balik Melemah ke 6.358 pada Jeda Sesi I"
 * (12:23), and its close, "IHSG Ditutup Semakin Terperosok ke 6.342" (16:16), with sindonews.com's "Hubungan AS-China Bikin
 * Pasar Asia Naik, IHSG Pulang Anjlok 39,78 Poin" (16:31): each a singleton event before, their numbers and words apart
 * (evidence 0.25 to 0.46), the outlet's opening and close hours apart.
 */
class MarketDayTest {
    private static final LocalDate DAY = LocalDate.of(2019, 9, 12);
    private static final String OPENING = "IHSG Melesat ke Level 6.409";
    private static final String CLOSE = "IHSG Ditutup Semakin Terperosok ke 6.342";

    @Test
    void aHeadlineTellsTheMoveOfOneMarketFigure() {
        assertThat(HappeningKinds.marketFigure(OPENING)).isEqualTo("ihsg");
        assertThat(HappeningKinds.marketFigure("Siang Ini, Rupiah Terus Bersinar ke Rp14.022")).isEqualTo("rupiah");
    }

    @Test
    void twoFiguresAForecastOrSomeonesWordsTellNoOneFiguresMove() {
        assertThat(HappeningKinds.marketFigure("IHSG Terperosok, Rupiah Malah Menguat ke Rp13.994/USD")).isNull();
        assertThat(HappeningKinds.marketFigure("IHSG Diprediksi Bergerak di Level 6.296-6.488")).isNull();
        assertThat(HappeningKinds.marketFigure("Sri Mulyani Prediksi Rupiah Bakal Kembali Tembus Rp15.000/USD")).isNull();
        assertThat(HappeningKinds.marketFigure("Rupiah Menguat, Darmin: Menuju Titik Equilibrium Baru")).isNull();
        assertThat(HappeningKinds.marketFigure("Bursa Transfer Liga 1: Kalteng Putra Datangkan 2 Pemain Baru")).isNull();
    }

    @Test
    void oneOutletsOpeningAndCloseOfOneDayAreOneMarketDay() {
        DocumentFrequencies df = new DocumentFrequencies(new Vocabulary(), BackgroundFrequencies.bundled());
        ArticleProfile opening = article(0, "okezonecom", OPENING, DAY, "09:25");
        PairFeatures.Comparer comparer = new PairFeatures.Comparer(opening, df);

        assertThat(comparer.with(article(1, "okezonecom", CLOSE, DAY, "16:16")).sameMarketDay()).isTrue();
        assertThat(comparer.with(article(2, "sindonewscom", "Siang Ini, Rupiah Terus Bersinar ke Rp14.022", DAY, "12:41"))
                .sameMarketDay()).as("the rupiah's day").isFalse();
        assertThat(comparer.with(article(3, "okezonecom", "IHSG Balik Menguat ke 6.366 pada Pembukaan Perdagangan",
                DAY.plusDays(1), "09:10")).sameMarketDay()).as("the next day").isFalse();
    }

    /** Evidence read over the whole week with the annotator: okezone.com's opening and close, 0.409, under its bar. */
    @Test
    void theReportsOfOneMarketDayAreOneEventThoughTheirNumbersDiffer() {
        PairFeatures openingAndClose = new PairFeatures(0.681, 0.002, 0, 0, true, 0.328, false, false, false, false, true);
        PairFeatures asTwoPieces = new PairFeatures(0.681, 0.002, 0, 0, true, 0.328, false, false, false, false, false);
        // tempo.co's and sindonews.com's closes of the rupiah, "Rupiah Menguat Seiring Redanya Ketegangan Amerika - Cina"
        // and "Mantap, Rupiah Melompat Tinggalkan Level Rp14.000": evidence 0.140
        PairFeatures rupiahCloses = new PairFeatures(0.196, 0.090, 0, 0, false, 0.129, false, false, false, false, true);
        PairFeatures nothingShared = new PairFeatures(0.05, 0.0, 0, 0, false, 0.3, false, false, false, false, true);

        assertThat(EventClusterer.sameEvent(asTwoPieces)).isFalse();
        assertThat(EventClusterer.sameEvent(openingAndClose)).isTrue();
        assertThat(EventClusterer.sameEvent(rupiahCloses)).isTrue();
        assertThat(EventClusterer.sameEvent(nothingShared)).isFalse();
    }

    @Test
    void anOutletsReportsOfOneMarketDayJoinHoursApart() {
        List<ArticleProfile> profiles = List.of(article(0, "okezonecom", OPENING, DAY, "09:25"),
                article(1, "okezonecom", CLOSE, DAY, "16:16"));
        EventClusterer clusterer = new EventClusterer(new Partition(), profiles::get);
        profiles.forEach(p -> clusterer.add(p.seq()));

        assertThat(clusterer.outletsWithinHours(1, 0, 0.409, false)).isFalse();
        assertThat(clusterer.outletsWithinHours(1, 0, 0.409, true)).isTrue();
    }

    private static ArticleProfile article(int seq, String outlet, String title, LocalDate day, String time) {
        Instant at = OffsetDateTime.parse(day + "T" + time + ":00+07:00").toInstant();
        return new ArticleProfile(seq, "a" + seq, outlet, day, title, List.of(day), day, null,
                new int[0], new float[0], new int[0], new float[0], new int[0], List.of(), List.of(), null, 0, null, 0,
                new int[0], new int[0], new int[0], HappeningKinds.of(title), new int[0], null, null, null, null, false, at);
    }
}
