package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void honorificsAndDegreesDoNotCount() {
        // "Gubernur Jawa Barat Dr. H. Ahmad Heryawan, M.Si. membuka acara ..." and later "Ahmad Heryawan"
        assertThat(NameKey.of("Dr. H. Ahmad Heryawan, M.Si.")).isEqualTo(NameKey.of("Ahmad Heryawan"));
        assertThat(NameKey.of("KH Ma'ruf Amin")).isEqualTo(NameKey.of("Ma'ruf Amin"));
        assertThat(NameKey.of("Ir. Joko Widodo")).isEqualTo(NameKey.of("Joko Widodo"));
        assertThat(NameKey.of("Hj. Siti Aisyah, S.H.")).isEqualTo(NameKey.of("Siti Aisyah"));
        assertThat(NameKey.of("Irjen Pol Fadil Imran")).isEqualTo(NameKey.of("Fadil Imran"));
    }

    @Test
    void transliterationsMeet() {
        assertThat(NameKey.of("Zelenskyy")).isEqualTo(NameKey.of("Zelensky")).isEqualTo(NameKey.of("Zelenskiy"));
        assertThat(NameKey.of("Crimea")).isEqualTo(NameKey.of("Krimea"));
        assertThat(NameKey.of("Donbass")).isEqualTo(NameKey.of("Donbas"));
        assertThat(NameKey.of("Zaporizhzhya")).isEqualTo(NameKey.of("Zaporizhzhia"));
    }

    @Test
    void oldSpellingsMeet() {
        assertThat(NameKey.of("Soeharto")).isEqualTo(NameKey.of("Suharto"));
        assertThat(NameKey.of("Basuki Tjahaja Purnama")).isEqualTo(NameKey.of("Basuki Cahaya Purnama"));
        assertThat(NameKey.of("Djakarta")).isEqualTo(NameKey.of("Jakarta"));
    }

    @Test
    void initialsWrittenWithNoSpaceBeforeTheNameMeetTheNameWithOne() {
        // "berpulangnya Bapak B.J.Habibie" and "Presiden ke-3 RI, BJ Habibie" (CLICK-ID); one initial is a degree
        assertThat(NameKey.of("B.J.Habibie")).isEqualTo(NameKey.of("BJ Habibie"));
        assertThat(NameKey.of("Budi, S.Kom")).isEqualTo(NameKey.of("Budi"));
    }

    @Test
    void differentNamesStayApart() {
        assertThat(NameKey.of("Vladimir Putin")).isNotEqualTo(NameKey.of("Vladimir Makei"));
        assertThat(NameKey.of("Kiev")).isNotEqualTo(NameKey.of("Kharkiv"));
    }

    @Test
    void honorificWordsAreRecognised() {
        assertThat(NameKey.isHonorific("Dr.")).isTrue();
        assertThat(NameKey.isHonorific("M.Si.")).isTrue();
        assertThat(NameKey.isHonorific("Peskov")).isFalse();
    }
}
