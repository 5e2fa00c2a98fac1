package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    @Test
    void knowsThePeriodsThatEndNoSentence() {
        // "di Jl. Sudirman No. 5, Kec. Menteng", "Dr. Ir. H. Budi", "a.n. Direktur"
        assertThat(Abbreviations.isAbbreviation("jl")).isTrue();
        assertThat(Abbreviations.isAbbreviation("kec")).isTrue();
        assertThat(Abbreviations.isAbbreviation("dr")).isTrue();
        assertThat(Abbreviations.isAbbreviation("a.n")).isTrue();
        assertThat(Abbreviations.isAbbreviation("sudirman")).isFalse();
    }
}
