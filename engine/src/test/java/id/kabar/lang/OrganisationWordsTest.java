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

    @Test
    void aHeadMayBeSeveralWords() {
        // "dirujuk ke Rumah Sakit M Djamil Padang", "Kepala Sekolah SMAN 3 Parepare" (CLICK-ID)
        assertThat(OrganisationWords.headLength(new String[] {"rumah", "sakit", "m", "djamil"}, 0)).isEqualTo(2);
        assertThat(OrganisationWords.headLength(new String[] {"rumah", "warga"}, 0)).isZero();
        assertThat(OrganisationWords.headLength(new String[] {"kepala", "sekolah", "sman", "3"}, 1)).isZero();
        assertThat(OrganisationWords.headLength(new String[] {"kepala", "sekolah", "sman", "3"}, 2)).isEqualTo(1);
    }
}
