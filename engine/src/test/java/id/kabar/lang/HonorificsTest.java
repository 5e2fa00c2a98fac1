package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HonorificsTest {

    @Test
    void knowsTheWordsAroundANameInEveryKind() {
        // "kata Kapolres Garut AKBP Wirdhanto Hadicaksono", "Prof Dr Ir H. Budi Santoso, MSi", "kata Pak Basuki"
        assertThat(Honorifics.isHonorific("akbp")).isTrue();
        assertThat(Honorifics.isHonorific("msi")).isTrue();
        assertThat(Honorifics.isHonorific("pak")).isTrue();
        assertThat(Honorifics.isHonorific("wirdhanto")).isFalse();
    }

    @Test
    void tellsTitlesWrittenBeforeTheNameFromRanksAndDegrees() {
        // "Dr dr Damayanti": an academic title inside the name, in lower case
        assertThat(Honorifics.isTitle("dr")).isTrue();
        assertThat(Honorifics.isTitle("drg")).isTrue();
        assertThat(Honorifics.isTitle("akbp")).isFalse();
        assertThat(Honorifics.isTitle("msi")).isFalse();
    }
}
