package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @Test
    void tellsIndonesianFromMalayByTheirOwnSpellings() {
        assertThat(identifier.identify("Juru bicara Kremlin Dmitry Peskov mengatakan Presiden Vladimir Putin telah diberitahu"
                + " tentang pembicaraan tersebut. Ukraina mengatakan lebih dari 350 warga sipil telah tewas sejak Moskow"
                + " melancarkan serangannya Kamis lalu.")).isEqualTo("id");
        assertThat(identifier.identify("Perdana Menteri berkata kerajaan akan memastikan bahawa harga barang keperluan tidak"
                + " naik kerana bekalan mencukupi, manakala polis akan memantau sebarang sorokan di seluruh negeri."))
                .isEqualTo("ms");
    }

    @Test
    void tellsEnglishAndOtherLanguages() {
        assertThat(identifier.identify("The Kremlin said it was too early to draw conclusions from the first round of talks"
                + " that were held with Ukraine, and that the president had been informed.")).isEqualTo("en");
        assertThat(identifier.identify("Le projet de loi sur le renseignement a été massivement approuvé par les députés"
                + " dans la soirée, mais il reste contesté par les associations.")).isEqualTo("fr");
    }

    /**
     * A caption whose only function words ("is", "in") are English and Dutch alike used to get whichever profile
     * a {@code Map.of} happened to iterate first, so the same page was "nl" in one run and "en" in the next.
     */
    @Test
    void aTieBetweenProfilesGoesTheSameWayInEveryRun() {
        assertThat(identifier.identify("Photo: Jokowi is in Rotterdam")).isEqualTo("en");
        assertThat(identifier.identify("De minister is in Jakarta")).isEqualTo("nl");
    }

    @Test
    void saysUndeterminedWhenNoProfileFits() {
        assertThat(identifier.identify("")).isEqualTo("und");
        assertThat(identifier.identify("123 456 789")).isEqualTo("und");
    }
}
