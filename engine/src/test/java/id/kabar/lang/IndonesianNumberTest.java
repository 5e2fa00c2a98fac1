package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndonesianNumberTest {

    @Test
    void periodsGroupThousandsAndCommasMarkDecimals() {
        assertThat(IndonesianNumber.digits("3.016")).isEqualTo(3016);
        assertThat(IndonesianNumber.digits("1.234.567")).isEqualTo(1234567);
        assertThat(IndonesianNumber.digits("5,95")).isEqualTo(5.95);
        assertThat(IndonesianNumber.digits("767,8")).isEqualTo(767.8);
        assertThat(IndonesianNumber.digits("1.458")).isEqualTo(1458);
    }

    @Test
    void englishGroupingAndDecimalPointAreReadToo() {
        assertThat(IndonesianNumber.digits("1,000,000")).isEqualTo(1_000_000);
        assertThat(IndonesianNumber.digits("1.5")).isEqualTo(1.5);
        assertThat(IndonesianNumber.digits("abc")).isNaN();
    }

    /** The words patterns over running text read come from numbers.txt ({@code empat kecamatan}, {@code puluhan}). */
    @Test
    void theWordsOfNumbersForPatternsComeFromTheList() {
        assertThat("empat kecamatan".split(" ")[0]).matches(IndonesianNumber.WORD);
        assertThat("dua puluh lima").matches(IndonesianNumber.WORD + "(?:\\s+" + IndonesianNumber.WORD + ")*");
        assertThat("jt").doesNotMatch(IndonesianNumber.WORD);
        assertThat("nol").doesNotMatch(IndonesianNumber.WORD);
        assertThat("puluhan").matches(IndonesianNumber.ROUND_WORD);
        // "Rp 18 miliar" and "328 ribu ha" are written round; the short forms stand only after digits
        assertThat("miliar").matches(IndonesianNumber.SCALE_WORD);
        assertThat("ribu").matches(IndonesianNumber.SCALE_WORD);
        assertThat("jt").doesNotMatch(IndonesianNumber.SCALE_WORD);
        assertThat("lima").doesNotMatch(IndonesianNumber.SCALE_WORD);
        assertThat(IndonesianNumber.opensWithoutNumber("ribu orang")).isTrue();
        assertThat(IndonesianNumber.opensWithoutNumber("puluh")).isTrue();
        assertThat(IndonesianNumber.opensWithoutNumber("seribu orang")).isFalse();
    }

    @Test
    void numbersInWords() {
        assertThat(IndonesianNumber.words("dua")).isEqualTo(2);
        assertThat(IndonesianNumber.words("tujuh belas")).isEqualTo(17);
        assertThat(IndonesianNumber.words("dua puluh lima")).isEqualTo(25);
        assertThat(IndonesianNumber.words("tiga ratus dua puluh")).isEqualTo(320);
        assertThat(IndonesianNumber.words("seratus")).isEqualTo(100);
        assertThat(IndonesianNumber.words("dua ribu")).isEqualTo(2000);
        assertThat(IndonesianNumber.words("satu juta")).isEqualTo(1_000_000);
        assertThat(IndonesianNumber.words("negara")).isNaN();
        // a unit word written twice by a slip (okezone.com, 16 September 2019): eight bodies, not sixteen
        assertThat(IndonesianNumber.words("delapan delapan")).isEqualTo(8);
        assertThat(IndonesianNumber.words("satu satu")).isEqualTo(1);
        assertThat(IndonesianNumber.words("dua puluh dua")).isEqualTo(22);
    }

    /** The words of a number as a text runs them: spaces doubled, a tab or a line break between them, spaces around. */
    @Test
    void numbersInWordsAcrossAnySpaces() {
        assertThat(IndonesianNumber.words(" Dua  puluh\tlima\n")).isEqualTo(25);
        assertThat(IndonesianNumber.words("tiga\r\nratus")).isEqualTo(300);
        assertThat(IndonesianNumber.words("dua puluh orang")).isNaN();
        assertThat(IndonesianNumber.words("")).isNaN();
        assertThat(IndonesianNumber.words("  ")).isNaN();
    }

    @Test
    void roundPluralsAreTheirLowerBound() {
        assertThat(IndonesianNumber.words("ribuan")).isEqualTo(1000);
        assertThat(IndonesianNumber.words("puluhan ribu")).isEqualTo(10_000);
        assertThat(IndonesianNumber.words("ratusan")).isEqualTo(100);
    }

    @Test
    void scaleWords() {
        assertThat(IndonesianNumber.scale("triliun")).isEqualTo(1e12);
        assertThat(IndonesianNumber.scale("T")).isEqualTo(1e12);
        assertThat(IndonesianNumber.scale("jt")).isEqualTo(1e6);
        assertThat(IndonesianNumber.scale("orang")).isNaN();
    }

    @Test
    void ordinalsInWordsAndDigits() {
        // "pada hari kelima invasi", "hari ke-12", "hari ke 3"
        assertThat(IndonesianNumber.ordinal("kelima")).isEqualTo(5);
        assertThat(IndonesianNumber.ordinal("ke-12")).isEqualTo(12);
        assertThat(IndonesianNumber.ordinal("ke 3")).isEqualTo(3);
        assertThat(IndonesianNumber.ordinal("kemarin")).isZero();
        assertThat("kesebelas").matches(IndonesianNumber.ORDINAL);
        assertThat("ke-5").matches(IndonesianNumber.ORDINAL);
    }

    /** "Wapres Kalla Jenguk Habibie 5 Menit" and its lead's "selama lima menit" write one figure. */
    @Test
    void unitWordsAndTheirValuesAreReadBothWays() {
        assertThat(IndonesianNumber.unit("lima")).isEqualTo(5);
        assertThat(IndonesianNumber.unit("Lima")).isEqualTo(5);
        assertThat(IndonesianNumber.unit("menit")).isNaN();
        assertThat(IndonesianNumber.unitWord(5)).isEqualTo("lima");
        assertThat(IndonesianNumber.unitWord(12)).isNull();
    }

    /** Pantas Nainggolan's "salah satu institusi" (Kompas.com, 10 September 2019) states no figure of one. */
    @Test
    void idiomsLoseTheirNumberWordsOnly() {
        assertThat(IndonesianNumber.withoutIdioms("jadi salah satu institusi")).isEqualTo("jadi salah institusi");
        assertThat(IndonesianNumber.withoutIdioms("Satu-satunya jalan")).isEqualTo("satunya jalan");
        assertThat(IndonesianNumber.withoutIdioms("mengenal satu sama lain")).isEqualTo("mengenal sama lain");
        assertThat(IndonesianNumber.withoutIdioms("satu dari tiga korban")).isEqualTo("satu dari tiga korban");
        assertThat(IndonesianNumber.withoutIdioms("salah satunya")).isEqualTo("salah satunya");
    }
}
