package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationWordsTest {

    @Test
    void opensTheNamesOfMinistriesAndAgencies() {
        // "Kepala Badan Pusat Statistik (BPS) Suhariyanto ... Kementerian Luar Negeri"
        assertThat(OrganisationWords.isHead("badan")).isTrue();
        assertThat(OrganisationWords.isHead("kementerian")).isTrue();
        assertThat(OrganisationWords.isHead("kepala")).isFalse();
    }

    @Test
    void closesTheNamesOfForeignInstitutions() {
        // "peneliti dari Monash University", "Federal Reserve"
        assertThat(OrganisationWords.isTail("university")).isTrue();
        assertThat(OrganisationWords.isTail("reserve")).isTrue();
        assertThat(OrganisationWords.isTail("monash")).isFalse();
    }
}
