package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {
    private final DatelineParser parser = new DatelineParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "KNews.id- Rusia menyatakan siap mengirim perwakilan negara mereka ke Ibu Kota Belarus.|KNews.id|null",
            "WowKeren - Presiden Rusia Vladimir Putin masih enggan menarik pasukan militernya.|WowKeren|null",
            "Suara.com - Para pejabat dari Rusia dan Ukraina telah mengakhiri pembicaraan perdamaian mereka.|Suara.com|null",
            "SERAMBINEWS.COM, MOSKOW - Pemerintah Rusia membantah telah meminta bantuan militer China.|SERAMBINEWS.COM|Moskow",
            "Moskow, Gatra.com - Kremlin mengatakan terlalu dini untuk menarik kesimpulan.|Gatra.com|Moskow",
            "Jakarta, CNN Indonesia -- Presiden Joko Widodo meminta menteri menahan harga beras.|CNN Indonesia|Jakarta",
            "Jakarta (ANTARA) - Menteri Keuangan Sri Mulyani Indrawati mengatakan defisit anggaran terkendali.|ANTARA|Jakarta",
            "Jakarta - Polisi menangkap dua orang terduga pelaku pencurian kendaraan bermotor di Cakung.|null|Jakarta",
            "TRIBUNNEWS.COM, KUALA LUMPUR - Polis Diraja Malaysia menahan tiga warga asing.|TRIBUNNEWS.COM|Kuala Lumpur",
            "Liputan6.com, Jakarta - Harga emas Antam naik Rp 5.000 per gram pada perdagangan Senin.|Liputan6.com|Jakarta",
    })
    void readsOutletAndPlace(String lead, String outlet, String place) {
        Dateline d = parser.parse(lead).orElseThrow();
        assertThat(d.outlet()).isEqualTo(outlet);
        assertThat(d.place()).isEqualTo(place);
        assertThat(lead.substring(d.length())).doesNotStartWith(" ").doesNotStartWith("-");
    }

    @Test
    void readsAFullDateInTheDateline() {
        Dateline d = parser.parse("Kupang, 3 Maret 2022 - Gubernur NTT meninjau lokasi banjir bandang di Flores Timur.").orElseThrow();
        assertThat(d.date()).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(d.place()).isEqualTo("Kupang");
    }

    @Test
    void aDayInBracketsIsNoAgency() {
        Dateline d = parser.parse("Jakarta, Senin (9/9/2019) - Willy pun sependapat jika dibentuk dewan pengawas KPK lewat revisi.")
                .orElseThrow();
        assertThat(d.outlet()).isNull();
        assertThat(d.place()).isEqualTo("Jakarta");
    }

    @Test
    void readsADateAloneOpeningTheLead() {
        Dateline d = parser.parse("Feb. 23, 2015 -- Life-threatening peanut allergies have mysteriously been on the rise in the past decade.")
                .orElseThrow();
        assertThat(d.date()).isEqualTo(LocalDate.of(2015, 2, 23));
        assertThat(d.place()).isNull();
        assertThat(d.outlet()).as("the year is no outlet").isNull();
        assertThat(parser.parse("16.09.2019 - Der Stadtrat hat am Montagabend ein neues Parkkonzept beschlossen.").orElseThrow().date())
                .isEqualTo(LocalDate.of(2019, 9, 16));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Rusia telah menghadapi rentetan sanksi internasional karena melancarkan serangannya di Ukraina.",
            "Presiden Joko Widodo - yang akrab disapa Jokowi - mengatakan pembangunan harus merata.",
            "Pertemuan Rusia-Ukraina di Belarus itu diharapkan dapat menghentikan perang.",
            "“Mari kita tunggu sampai akhir operasi ini,” katanya.",
    })
    void leavesRunningTextAlone(String line) {
        assertThat(parser.parse(line)).isEmpty();
    }

    @Test
    void properCasesShoutedPlaces() {
        assertThat(DatelineParser.properCase("MOSKOW")).isEqualTo("Moskow");
        assertThat(DatelineParser.properCase("BANDA ACEH")).isEqualTo("Banda Aceh");
        assertThat(DatelineParser.properCase("Den Haag")).isEqualTo("Den Haag");
    }
}
