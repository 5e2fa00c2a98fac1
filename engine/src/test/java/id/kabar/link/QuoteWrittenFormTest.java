package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A quote's words as its stems are read: spoken forms written out, bodies named in full put short. */
class QuoteWrittenFormTest {
    @Test
    void aBodyNamedInFullIsPutShortWhereverItStands() {
        // the deputy mayor of Tangerang Selatan, tempo.co
        assertThat(QuoteGrouper.written("Pemerintah kota Tangerang Selatan tidak akan toleran"))
                .isEqualTo("pemkot tangsel tidak akan toleran");
        assertThat(QuoteGrouper.written("Kami, Pemerintah Kota Tangerang Selatan")).isEqualTo("Kami, pemkot tangsel");
        assertThat(QuoteGrouper.written("pemerintah-kota tangerang  selatan.")).isEqualTo("pemkot tangsel.");
    }

    @Test
    void wordsInFullInsideAnotherWordStayAsTheyAre() {
        assertThat(QuoteGrouper.written("Kepemerintah kota")).isEqualTo("Kepemerintah kota");
        assertThat(QuoteGrouper.written("Tangerang Selatannya")).isEqualTo("Tangerang Selatannya");
        assertThat(QuoteGrouper.written("Sudah masuk")).isEqualTo("Sudah masuk");
    }
}
