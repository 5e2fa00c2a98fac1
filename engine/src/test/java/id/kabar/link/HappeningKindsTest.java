package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kinds of happening read from CLICK-ID headlines of 10-16 September 2019. */
class HappeningKindsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2019, 9, 10);

    @Test
    void supportForAPlanIsAnotherKindThanTheMeetingWhereItWasMade() {
        // clickid-okezone-4127 and clickid-kompas-170, both of 10 September 2019
        long support = HappeningKinds.of("Fahri Hamzah Dukung Jokowi Dirikan Istana Kepresidenan di Papua");
        long meeting = HappeningKinds.of("Didampingi Kepala BIN, Jokowi Bertemu Tokoh Papua di Istana");

        assertThat(HappeningKinds.named(support)).isNotEqualTo(HappeningKinds.NONE);
        assertThat(HappeningKinds.apart(support, meeting)).isTrue();
    }

    @Test
    void aVisitToTheSickAndTheRumourOfHisDeathAreDifferentKinds() {
        long visit = HappeningKinds.of("Wapres Kalla Jenguk BJ Habibie");
        long rumour = HappeningKinds.of("Kabar Habibie Meninggal Dipastikan Hoaks");

        assertThat(HappeningKinds.apart(visit, rumour)).isTrue();
    }

    @Test
    void theElectedsDeclaredWealthIsAnotherKindThanTheirElection() {
        // clickid-tempo-2912 and clickid-okezone-4657, both of 13 September 2019: the list shares the vote's names
        long wealth = HappeningKinds.of("Lima Catatan LHKPN Pimpinan KPK 2019-2023");
        long election = HappeningKinds.of("Firli Bahuri Terpilih Jadi Ketua KPK 2019-2023");

        assertThat(HappeningKinds.named(wealth)).isNotEqualTo(HappeningKinds.NONE);
        assertThat(HappeningKinds.apart(wealth, election)).isTrue();
    }

    @Test
    void aPlayersLoanIsAnotherKindThanTheMatchOfTheClubThatSignedHim() {
        // clickid-tempo-2440 and clickid-tempo-3389, both of 13 September 2019: the two share the club's names
        long loan = HappeningKinds.of("Bursa Transfer Liga 1: Semen Padang FC Pinjam Flavio Beck");
        long match = HappeningKinds.of("Hasil Liga 1: PSS Sleman Menang di Kandang Semen Padang FC 1-0");

        assertThat(HappeningKinds.named(loan)).isNotEqualTo(HappeningKinds.NONE);
        assertThat(HappeningKinds.apart(loan, match)).isTrue();
    }

    @Test
    void aHeadlineTellingAPriceTellsADailyFigureAndNoKind() {
        long gold = HappeningKinds.of("Harga Emas Antam Turun Jadi Rp 751.000 per Gram");
        long index = HappeningKinds.of("Jatuh Bangun, IHSG Ditutup Menguat di 6.336");
        long match = HappeningKinds.of("Timnas Indonesia U-19 Menang Tipis 1-0 atas Iran");

        assertThat(HappeningKinds.dailyFigure(gold)).isTrue();
        assertThat(HappeningKinds.named(gold)).isEqualTo(HappeningKinds.NONE);
        assertThat(HappeningKinds.dailyFigure(index)).isTrue();
        assertThat(HappeningKinds.dailyFigure(match)).isFalse();
        assertThat(HappeningKinds.apart(gold, match)).isFalse();
    }

    @Test
    void aDemonstrationAndItsTurningViolentAreOneKind() {
        long demonstrators = HappeningKinds.of("Diserbu Pedemo, Logo KPK Itu Tak Lagi Tertutup Kain Hitam");
        long clash = HappeningKinds.of("Paksa Bertemu Pimpinan KPK, Massa Bentrok dengan Polisi");

        assertThat(demonstrators & clash).isNotEqualTo(HappeningKinds.NONE);
        assertThat(HappeningKinds.apart(demonstrators, clash)).isFalse();
    }

    @Test
    void takingDownACoverIsNoDismissal() {
        long cloth = HappeningKinds.of("Polisi Sempat Debat dengan Pegawai KPK Soal Pencopotan Kain Hitam di Logo");
        long directors = HappeningKinds.of("Tiga Direksi Sriwijaya Air yang Dicopot Mantan Pejabat Garuda");
        long clash = HappeningKinds.of("Paksa Bertemu Pimpinan KPK, Massa Bentrok dengan Polisi");

        assertThat(HappeningKinds.named(cloth)).isEqualTo(HappeningKinds.NONE);
        assertThat(HappeningKinds.apart(cloth, clash)).isFalse();
        assertThat(HappeningKinds.apart(directors, clash)).isTrue();
    }

    @Test
    void theWinnersHeadlineAndTheLosersNameOneResult() {
        long won = HappeningKinds.of("Timnas Indonesia U-19 Menang Tipis 1-0 atas Iran");
        long lost = HappeningKinds.of("Bungkam Iran, Timnas Indonesia U-19 Balas Kekalahan");

        assertThat(won & lost).isNotEqualTo(HappeningKinds.NONE);
    }

    @Test
    void aCompetitionsNameIsNotWhatHappened() {
        // "Kualifikasi" names the competition here, not a qualifying session: it is not listed.
        assertThat(HappeningKinds.of("Kualifikasi Piala Dunia 2022: Indonesia Vs Thailand, Babak I Seri"))
                .isEqualTo(HappeningKinds.NONE);
        assertThat(HappeningKinds.of(null)).isEqualTo(HappeningKinds.NONE);
    }

    @Test
    void aHeadlineWithoutKindsIsApartFromNone() {
        long rumour = HappeningKinds.of("Beredar Kabar BJ Habibie Meninggal, Suasana RSPAD Sepi");
        long none = HappeningKinds.of("Jokowi: Habibie Bapak Teknologi Indonesia");

        assertThat(HappeningKinds.apart(rumour, none)).isFalse();
    }

    @Test
    void theOccasionBeforeASpeakersCommaIsNotWhatTheHeadlineTells() {
        long police = HappeningKinds.of("Firli Bahuri Terpilih Jadi Ketua KPK, Polri: Transparan dan Demokratis");
        long vote = HappeningKinds.of("Komisi III DPR Voting Pilih Lima Capim KPK");

        assertThat(HappeningKinds.named(police)).isEqualTo(HappeningKinds.NONE);
        assertThat(HappeningKinds.named(vote)).isNotEqualTo(HappeningKinds.NONE);
        // Without a comma the words before the colon are the speaker, and the kinds after it are named.
        assertThat(HappeningKinds.named(HappeningKinds.of("BMKG: Gempa Halmahera Selatan Magnitudo 6 Akibat Sesar Aktif")))
                .isEqualTo(HappeningKinds.named(HappeningKinds.of("Gempa Halmahera Selatan Berulang, BMKG Ungkapkan Penyebabnya")));
    }

    @Test
    void aRomanNumeralOrAFixtureBeforeAColonIsAHeadingAndNamesNoSpeaker() {
        assertThat(HappeningKinds.spoken(HappeningKinds.of("Babak I: Indonesia Belum Mampu Jebol Gawang Thailand"))).isFalse();
        assertThat(HappeningKinds.spoken(HappeningKinds.of("Indonesia Vs Thailand: Simon McMenemy Andalkan Alberto Goncalves")))
                .isFalse();
        assertThat(HappeningKinds.spoken(HappeningKinds.of("Quartararo: Marquez Ternyata Masih Manusia Biasa"))).isTrue();
    }

    @Test
    void eventsOfOneDayWhoseHeadlinesTellDifferentKindsStayApart() {
        List<ArticleProfile> profiles = new ArrayList<>(List.of(
                article(0, "Beredar Kabar BJ Habibie Meninggal, Suasana RSPAD Sepi"),
                article(1, "Kabar Habibie Meninggal Dipastikan Hoaks"),
                article(2, "Wapres JK Jenguk BJ Habibie di RSPAD"),
                article(3, "Asisten Pribadi Sebut Kabar BJ Habibie Meninggal Hoaks")));
        EventClusterer clusterer = new EventClusterer(new Partition(), profiles::get);
        profiles.forEach(p -> clusterer.add(p.seq()));

        assertThat(clusterer.mayJoin(0, 1)).isTrue();
        clusterer.join(0, 1);
        // The rumour's event names a death and a hoax; the visit names neither.
        assertThat(clusterer.mayJoin(2, 0)).isFalse();
        assertThat(clusterer.mayJoin(2, 1)).isFalse();
        assertThat(clusterer.mayJoin(3, 1)).isTrue();
    }

    private static ArticleProfile article(int seq, String title) {
        return new ArticleProfile(seq, "a" + seq, null, TUESDAY, title, List.of(TUESDAY), TUESDAY, null, new int[0],
                new float[0], new int[0], new float[0], new int[0], List.of(), List.of(), null, 0, null, 0, new int[0],
                new int[0], new int[0], HappeningKinds.of(title), new int[0], null, null, null, null);
    }

    @Test
    void aKindsWordAfterTheVictimsNamesWhatBefellThemNotTheHappeningTold() {
        // clickid-tempo-1175 (11 September 2019) and a Kompas.com report of the crash (10 September 2019)
        long victim = HappeningKinds.of("Korban Kecelakaan Nganjuk-Madiun Buronan Kasus Pil Koplo");
        long crash = HappeningKinds.of("Ini Kronologi Kecelakaan Bus Mira Vs Innova di Nganjuk-Madiun");

        assertThat(HappeningKinds.named(victim)).isEqualTo(HappeningKinds.NONE);
        assertThat(HappeningKinds.named(crash)).isNotEqualTo(HappeningKinds.NONE);
        assertThat(HappeningKinds.named(victim) & HappeningKinds.named(crash)).isEqualTo(HappeningKinds.NONE);
    }

    @Test
    void aCasualtyCountCountsTheHappeningNamedAfterItsVictims() {
        // okezone.com, 15 September 2019: its three dead are the Jagorawi crash's, though the piece is not its report
        String headline = "Korban Kecelakaan di Tol Jagorawi Hendak Pergi Ibadah ke Serpong";
        long crash = HappeningKinds.of("Ini Kronologi Kecelakaan Bus Mira Vs Innova di Nganjuk-Madiun");

        assertThat(HappeningKinds.named(HappeningKinds.of(headline))).isEqualTo(HappeningKinds.NONE);
        assertThat(HappeningKinds.named(HappeningKinds.countedFor(headline)) & HappeningKinds.named(crash))
                .isNotEqualTo(HappeningKinds.NONE);
    }

    @Test
    void aKindsVerbAfterAVerbOfSayingIsWhatTheSpeakerRecallsNotWhatHappened() {
        long recalled = HappeningKinds.of("Prabowo Ungkap Terakhir Bertemu BJ Habibie Beberapa Bulan Lalu");
        long condolence = HappeningKinds.of("Prabowo Subianto Melayat ke Rumah Duka BJ Habibie");
        assertThat(HappeningKinds.spoken(recalled)).isTrue();
        assertThat(HappeningKinds.named(recalled)).isEqualTo(HappeningKinds.NONE);
        assertThat(HappeningKinds.apart(recalled, condolence)).isFalse();
        assertThat(HappeningKinds.named(HappeningKinds.of("Iran Sebut Timnas U-19 Indonesia Layak Menang")))
                .isEqualTo(HappeningKinds.NONE);
    }

    @Test
    void aKindsNounAfterAVerbOfSayingIsTheHappeningSpokenAbout() {
        long acknowledged = HappeningKinds.of("Pelatih Iran Akui Kemenangan Timnas Indonesia U-19 di Laga Uji Coba Kedua");
        long match = HappeningKinds.of("Timnas Indonesia U-19 Menang Tipis 1-0 atas Iran");
        assertThat(acknowledged & match & ~HappeningKinds.SPOKEN).isNotEqualTo(HappeningKinds.NONE);
        assertThat(HappeningKinds.named(HappeningKinds.of("Jasa Marga Sebut Kecelakaan Tol Jagorawi Karena Pecah Ban")))
                .isNotEqualTo(HappeningKinds.NONE);
    }
}
