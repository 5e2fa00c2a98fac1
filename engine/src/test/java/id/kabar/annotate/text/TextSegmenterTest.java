package id.kabar.annotate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSegmenterTest {
    private final TextSegmenter segmenter = new TextSegmenter();

    private List<String> sentences(String body) {
        Text text = segmenter.segment(body);
        return text.sentences().stream().map(s -> s.text(body)).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertThat(sentences("Rapat digelar di Jl. Sudirman No. 5 bersama Dr. H. Ahmad. Warga hadir."))
                .containsExactly("Rapat digelar di Jl. Sudirman No. 5 bersama Dr. H. Ahmad.", "Warga hadir.");
    }

    /** Kompas.com (10/9/2019): a quote that lost its first word opens after the stop and a comma, in lower case. */
    @Test
    void aStopBeforeAQuoteThatLostItsFirstWordEndsTheSentence() {
        String body = "Kata Fachri, kabut asap di Riau, juga dampak dari kebakaran hutan dan lahan (karhutla) di Provinsi "
                + "Jambi dan Sumatera Selatan (Sumsel).,\" , di Riau sebenarnya akumulasi dari , (titik panas) di Riau "
                + "sendiri dan juga , di Jambi dan Sumsel,\" sebut Fachri.";
        assertThat(sentences(body)).containsExactly("Kata Fachri, kabut asap di Riau, juga dampak dari kebakaran hutan "
                        + "dan lahan (karhutla) di Provinsi Jambi dan Sumatera Selatan (Sumsel).,\"",
                ", di Riau sebenarnya akumulasi dari , (titik panas) di Riau sendiri dan juga , di Jambi dan Sumsel,\" "
                        + "sebut Fachri.");
    }

    @Test
    void numbersWithIndonesianSeparatorsStayWhole() {
        Text text = segmenter.segment("Tercatat 3.016 kasus atau 5,95 persen pada pukul 14.00 WIB.");
        assertThat(text.sentences()).hasSize(1);
        assertThat(text.sentences().get(0).tokens()).extracting(Token::text)
                .contains("3.016", "5,95", "14.00");
    }

    @Test
    void anAmountWrittenAgainstItsCurrencyStaysWhole() {
        // okezone.com, 10 September 2019
        Text text = new TextSegmenter().segment("Antam kini dijual Rp754.000 per gram. Emas ditutup pada USD1.511,1 per ounce.");
        assertThat(text.sentences()).hasSize(2);
        assertThat(text.sentences().get(0).tokens()).extracting(Token::text).contains("Rp754.000");
        assertThat(text.sentences().get(1).tokens()).extracting(Token::text).contains("USD1.511,1");
    }

    @Test
    void aShortFormJoinedByAnAmpersandIsOneWord() {
        // tempo.co, 10 September 2019
        String body = "ujar Senior Manager R&D Nissan Motor Indonesia, Jauhari Adzannis, kepada wartawan. Rp 5 & 6.";
        assertThat(segmenter.segment(body).sentences().get(0).tokens()).extracting(Token::text)
                .containsSubsequence("Manager", "R&D", "Nissan");
        assertThat(segmenter.segment(body).sentences().get(1).tokens()).extracting(Token::text).contains("&");
    }

    /** Kompas.com (9/9/2019): the commas a stripped link or paragraph break leaves after a full stop end no less. */
    @Test
    void aCommaLeftAfterAFullStopStaysWithItsSentence() {
        assertThat(sentences("Ota mengatakan hal itu di kesempatan yang sama. , Menurut dia, alasan Vietnam ada 2 "
                + "kemungkinan. Kemungkinan pertama intimidasi di perairan Natuna Utara., \"Hal ini merusak,\" ujar Ota."))
                .containsExactly("Ota mengatakan hal itu di kesempatan yang sama. ,",
                        "Menurut dia, alasan Vietnam ada 2 kemungkinan.",
                        "Kemungkinan pertama intimidasi di perairan Natuna Utara.,", "\"Hal ini merusak,\" ujar Ota.");
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertThat(sentences("\"Negosiasi berlanjut.\" Dia mengatakan komunikasi masih sulit."))
                .containsExactly("\"Negosiasi berlanjut.\"", "Dia mengatakan komunikasi masih sulit.");
    }

    @Test
    void paragraphsAreCountedAndOffsetsPointIntoTheBody() {
        String body = "Peskov berbicara.\n\nZelensky menjawab.";
        Text text = segmenter.segment(body);
        assertThat(text.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1);
        Token last = text.sentences().get(1).tokens().get(0);
        assertThat(body.substring(last.start(), last.end())).isEqualTo("Zelensky");
    }

    /** A scraped body's blank lines hold spaces, tabs and carriage returns: they part paragraphs and number none. */
    @Test
    void blankLinesOfWhiteSpaceNumberNoParagraph() {
        String body = "Peskov berbicara.\r\n \t\r\n\nZelensky menjawab.\n\u00a0\nWarga hadir.\n";
        Text text = segmenter.segment(body);
        assertThat(text.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 2);
        assertThat(text.sentences()).extracting(s -> s.text(body))
                .containsExactly("Peskov berbicara.", "Zelensky menjawab.", "Warga hadir.");
    }

    @Test
    void regionalAbbreviationsDoNotEndSentences() {
        assertThat(sentences("Longsor terjadi di Kec. Cililin, Kab. Bandung Barat. Warga mengungsi."))
                .containsExactly("Longsor terjadi di Kec. Cililin, Kab. Bandung Barat.", "Warga mengungsi.");
    }

    @Test
    void domainWrittenInCapitalsIsNotASentenceEnd() {
        assertThat(sentences("SERAMBINEWS.COM, MOSKOW - Pemerintah Rusia membantah. Peskov berbicara."))
                .containsExactly("SERAMBINEWS.COM, MOSKOW - Pemerintah Rusia membantah.", "Peskov berbicara.");
    }

    @Test
    void straightQuoteAfterASpaceOpensTheNextSentence() {
        assertThat(sentences("Dia mengaku senang. \"Tidak ada beban,\" tegas Hanif."))
                .containsExactly("Dia mengaku senang.", "\"Tidak ada beban,\" tegas Hanif.");
    }

    @Test
    void closingMarkAndCreditAfterTheLastSentence() {
        assertThat(sentences("Dia mengatakan komunikasi masih sulit.(*)"))
                .containsExactly("Dia mengatakan komunikasi masih sulit.", "(*)");
    }
}
