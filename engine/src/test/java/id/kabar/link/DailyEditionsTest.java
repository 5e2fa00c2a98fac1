package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One outlet's reports of two of its days, each telling its own day's news, are two happenings however alike they
 * read. CLICK-ID, okezone.com on Antam's gold price: "Turun Lagi, Harga Emas Antam Dijual Rp754.000/Gram" (10
 * September, "harga emas Antam ... hari ini") and "Harga Emas Antam Terus Turun, Hari Ini Dijual Rp751.000/Gram"
 * (11 September); their leads write no day with a figure, so only the days they were published and place their news
 * on tell them apart. okezone.com's report of the Misano qualifying incident published the morning after ("Sabtu 14
 * September") places its news on the day before and still meets the outlet's report of that day.
 */
class DailyEditionsTest {
    private static final LocalDate SATURDAY = LocalDate.of(2019, 9, 14);
    private static final LocalDate SUNDAY = LocalDate.of(2019, 9, 15);

    @Test
    void anOutletsPiecesOfTwoDaysEachOnItsOwnDayAreTwoHappenings() {
        List<ArticleProfile> profiles = new ArrayList<>(List.of(
                article(0, "okezonecom", "Turun Lagi, Harga Emas Antam Dijual Rp754.000/Gram",
                        LocalDate.of(2019, 9, 10), LocalDate.of(2019, 9, 10)),
                article(1, "okezonecom", "Harga Emas Antam Terus Turun, Hari Ini Dijual Rp751.000/Gram",
                        LocalDate.of(2019, 9, 11), LocalDate.of(2019, 9, 11))));
        EventClusterer clusterer = new EventClusterer(new Partition(), profiles::get);
        profiles.forEach(p -> clusterer.add(p.seq()));

        assertThat(EventClusterer.dailyEditions(profiles.get(0), profiles.get(1))).isTrue();
        assertThat(clusterer.mayJoin(1, 0)).isFalse();
    }

    /**
     * Kompas.com's "Hari Ini Harga Emas Antam Kembali Turun" ("pada Selasa (10/9/2019) senilai Rp 754.000 per gram") and
     * tempo.co's "Harga Emas Antam Turun Jadi Rp 751.000 per Gram" of the next day ("turun Rp 3.000 pada perdagangan hari
     * ini"): two outlets, but each day's price is that day's happening.
     */
    @Test
    void twoOutletsDailyFiguresOfTwoDaysAreTwoHappenings() {
        List<ArticleProfile> profiles = new ArrayList<>(List.of(
                article(0, "kompascom", "Hari Ini Harga Emas Antam Kembali Turun",
                        LocalDate.of(2019, 9, 10), LocalDate.of(2019, 9, 10)),
                article(1, "tempoco", "Harga Emas Antam Turun Jadi Rp 751.000 per Gram",
                        LocalDate.of(2019, 9, 11), LocalDate.of(2019, 9, 11)),
                article(2, "okezonecom", "Harga Emas Antam Terus Turun, Hari Ini Dijual Rp751.000/Gram",
                        LocalDate.of(2019, 9, 11), LocalDate.of(2019, 9, 11))));
        EventClusterer clusterer = new EventClusterer(new Partition(), profiles::get);
        profiles.forEach(p -> clusterer.add(p.seq()));

        assertThat(EventClusterer.dailyEditions(profiles.get(0), profiles.get(1))).isTrue();
        assertThat(clusterer.mayJoin(1, 0)).isFalse();
        // the same day's price told by two outlets is one happening
        assertThat(EventClusterer.dailyEditions(profiles.get(1), profiles.get(2))).isFalse();
        assertThat(clusterer.mayJoin(2, 1)).isTrue();
    }

    /**
     * Two outlets' pieces of two days whose headlines tell no daily figure are judged by the days they report on:
     * sindonews.com's "Menangi Duel vs Quartararo, Marquez Juara di Misano" (15 September) and Kompas.com's "Kalah dari
     * Marquez, Ini Kata Quartararo" (16 September), each placed on its publication day.
     */
    @Test
    void twoOutletsPiecesOfTwoDaysWithoutDailyFiguresAreNoDailyEditions() {
        ArticleProfile race = article(0, "sindonewscom", "Menangi Duel vs Quartararo, Marquez Juara di Misano",
                SUNDAY, SUNDAY);
        ArticleProfile words = article(1, "kompascom", "Kalah dari Marquez, Ini Kata Quartararo",
                SUNDAY.plusDays(1), SUNDAY.plusDays(1));

        assertThat(EventClusterer.dailyEditions(race, words)).isFalse();
    }

    @Test
    void aReportOfTheMorningAfterPlacedOnTheDayBeforeStillJoins() {
        List<ArticleProfile> profiles = new ArrayList<>(List.of(
                article(0, "okezonecom", "Tak Ada Hukuman untuk Marquez dan Rossi atas Insiden di Sirkuit Misano",
                        SATURDAY, SATURDAY),
                article(1, "okezonecom", "Marquez Tak Tahu Maksud Rossi di Kualifikasi MotoGP San Marino 2019",
                        SUNDAY, SATURDAY),
                article(2, "tempoco", "Rossi dan Marquez Bersitegang Lagi di GP San Marino", SUNDAY, SUNDAY)));
        EventClusterer clusterer = new EventClusterer(new Partition(), profiles::get);
        profiles.forEach(p -> clusterer.add(p.seq()));

        assertThat(EventClusterer.dailyEditions(profiles.get(0), profiles.get(1))).isFalse();
        assertThat(clusterer.mayJoin(1, 0)).isTrue();
        // Another outlet's report of the next day: the days the two report on decide, one apart.
        assertThat(EventClusterer.dailyEditions(profiles.get(0), profiles.get(2))).isFalse();
        assertThat(clusterer.mayJoin(2, 0)).isTrue();
    }

    private static ArticleProfile article(int seq, String outlet, String title, LocalDate published, LocalDate happened) {
        return new ArticleProfile(seq, "a" + seq, outlet, published, title, List.of(happened, published), happened, null,
                new int[0], new float[0], new int[0], new float[0], new int[0], List.of(), List.of(), null, 0, null, 0,
                new int[0], new int[0], new int[0], HappeningKinds.of(title), new int[0], null, null, null, null);
    }
}
