package id.kabar.annotate.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {

    private static List<String> quoted(String body) {
        return QuotationMarks.pair(body).stream()
                .map(s -> body.substring(s.innerStart(), s.innerEnd()))
                .toList();
    }

    @Test
    void curlyOpenerClosedByStraightMarkIsOneQuote() {
        String body = "“Tidak, Rusia memiliki potensinya sendiri,\" kata Peskov. "
                + "\"Saat ini sedang berlangsung sesuai dengan rencana,” tambah Peskov.";
        assertThat(quoted(body)).containsExactly(
                "Tidak, Rusia memiliki potensinya sendiri,",
                "Saat ini sedang berlangsung sesuai dengan rencana,");
    }

    @Test
    void nestedQuoteStaysInsideTheOuterOne() {
        String body = "“Bahwa \"terlalu dini untuk menilai\" hasilnya,” katanya dikutip AFP.";
        assertThat(quoted(body)).containsExactly("Bahwa \"terlalu dini untuk menilai\" hasilnya,");
    }

    /** tempo.co (9/9/2019): the governor's words run over two paragraphs, the first left open. */
    @Test
    void eachParagraphOfAQuoteRunningOverParagraphsIsASpanGoingOnInTheNext() {
        String body = "Gubernur Wayan sepakat dengan keputusan ini. “Poin-poin itu sudah merespon surat Gubernur Bali.\n\n"
                + "\"Pada intinya akibat keteledoran dalam reklamasi sehingga mengakibatkan melubernya material dan "
                + "membuat tanaman mangrove di sana mati,” kata Wayan pada pertemuan tersebut.";
        assertThat(quoted(body)).containsExactly("Poin-poin itu sudah merespon surat Gubernur Bali.",
                "Pada intinya akibat keteledoran dalam reklamasi sehingga mengakibatkan melubernya material dan "
                        + "membuat tanaman mangrove di sana mati,");
        assertThat(QuotationMarks.pair(body)).extracting(QuotedSpan::continues, QuotedSpan::closed)
                .containsExactly(tuple(true, false), tuple(false, true));
    }

    /** tempo.co (9/9/2019): the closing mark opens the next paragraph, before the cue: it closes the quote. */
    @Test
    void aMarkOpeningAParagraphBeforeALowercaseWordClosesTheQuoteLeftOpen() {
        String body = "\"Makanya teknologi ini memerlukan gasolin (bensin) sebagai bahan bakar\n\n\"ujarnya.\n\n"
                + "Adapun keunggulan teknologi e-power dari Nissan disebut Jauhari adalah rendah emisi.";
        assertThat(QuotationMarks.pair(body)).singleElement().satisfies(s -> {
            assertThat(s.closed()).isTrue();
            assertThat(s.continues()).isFalse();
            assertThat(body.substring(s.innerStart(), s.innerEnd()).strip())
                    .isEqualTo("Makanya teknologi ini memerlukan gasolin (bensin) sebagai bahan bakar");
            assertThat(body.substring(s.after())).startsWith("ujarnya.");
        });
    }

    @Test
    void unclosedQuoteEndsWithItsParagraph() {
        String body = "\"Kami tidak akan mundur.\n\nWarga lain memilih diam.";
        assertThat(QuotationMarks.pair(body)).singleElement()
                .satisfies(s -> {
                    assertThat(s.closed()).isFalse();
                    assertThat(body.substring(s.innerStart(), s.innerEnd())).isEqualTo("Kami tidak akan mundur.");
                });
    }

    @Test
    void apostrophesInsideWordsAreNotQuotationMarks() {
        String body = "Salat Jum'at di masjid itu, kata takmir, 'sangat ramai' pekan lalu.";
        assertThat(quoted(body)).containsExactly("sangat ramai");
    }

    @Test
    void aLineBreakInsideAParagraphDoesNotEndTheQuote() {
        String body = "\"Indonesia bisa berswasembada bawang merah dan \n mampu mengekspor ke Asia,\" katanya di Brebes.";
        assertThat(quoted(body)).containsExactly("Indonesia bisa berswasembada bawang merah dan \n mampu mengekspor ke Asia,");
    }

    @Test
    void aParagraphThatLostItsOpeningMarkIsQuotedFromItsStart() {
        // tempo.co, 12 September 2019: the president's words at Habibie's burial, their opening mark lost
        String body = "Ia mengatakan, Habibie adalah sosok negarawan.\n\nBeliau adalah negarawan sejati, inspirator, "
                + "ilmuwan,\" katanya, Kamis.\n\nSemasa hidupnya, kata Jokowi, Habibie \"Ilmu, iman, dan taqwa\".";
        List<QuotedSpan> spans = QuotationMarks.pair(body);
        assertThat(spans).extracting(QuotedSpan::opened).containsExactly(false, true);
        assertThat(quoted(body)).containsExactly("Beliau adalah negarawan sejati, inspirator, ilmuwan,",
                "Ilmu, iman, dan taqwa");
    }

    @Test
    void aMarkAfterASentencesEndAndACommaBeforeWordsOpensAQuoteThatLostItsFirstWord() {
        // Kompas.com, 10 September 2019: the opening mark of the manager's words follows a stop and a comma the page
        // left where it lost the quote's first word
        String body = "Nissan mengklaim akan memberikan , tersendiri.,\" , kami memberikan garansi selama delapan tahun "
                + "atau 160.000 kilimeter (km), tanpa ada pengurangan performa,\" kata Senior Manager R&D NMI Jauhari "
                + "Adzannis, kepada wartawan.";
        assertThat(QuotationMarks.pair(body)).extracting(QuotedSpan::opened).containsExactly(true);
        assertThat(quoted(body)).containsExactly(" , kami memberikan garansi selama delapan tahun atau 160.000 kilimeter "
                + "(km), tanpa ada pengurangan performa,");
    }

    @Test
    void aMarkAfterASentencesEndAndACommaBeforeItsAttributionStillCloses() {
        // Kompas.com, 10 September 2019: Ria Irawan's post closed after its stop, then a mark the page left
        String body = "Ria menulis di akun Instagramnya. Pengobatan dilakukan setelah kanker menyebar ke organ tubuh "
                + "lain.,\",\" tulis Ria Irawan melalui unggahan foto.";
        assertThat(QuotationMarks.pair(body)).extracting(QuotedSpan::opened).containsExactly(false);
        String post = "... belajar menahan sakit...,\" tulis Ria. Pemain film ini mengatakan, ia dirawat inap.";
        assertThat(QuotationMarks.pair(post)).extracting(QuotedSpan::opened).containsExactly(false);
    }

    @Test
    void aClosingMarkAfterAQuoteOfItsParagraphOpensNothing() {
        String body = "Ia menyebut \"negarawan\" sejati,\" katanya.";
        assertThat(quoted(body)).containsExactly("negarawan");
    }

    @Test
    void twoSingleMarksWrittenForADoubleOneQuoteAsOne() {
        // IndoSum (Rimanews, 14 April 2017): the director's words opened and closed by two closing single marks
        String body = "Di antaranya, sepatu, tas, dan aksesoris dari bahan kult. ’’ Jadi, ada beberapa perbedaan dengan "
                + "Galeri Indonesia Wow (GIW) yang lebih dulu gebyar. Nah, galeri tersebut juga akan menyambut perayaan "
                + "Hari Kartini dengan berbagai kejutan, ’’ katanya.";
        assertThat(quoted(body)).containsExactly(" Jadi, ada beberapa perbedaan dengan Galeri Indonesia Wow (GIW) yang "
                + "lebih dulu gebyar. Nah, galeri tersebut juga akan menyambut perayaan Hari Kartini dengan berbagai "
                + "kejutan, ");
        assertThat(QuotationMarks.pair(body)).singleElement().satisfies(s -> assertThat(body.charAt(s.after()))
                .isEqualTo(' '));
    }

    @Test
    void twoSingleMarksGluedToAWordAreNoDoubleMark() {
        // sindonews.com, 10 September 2019: the pair glued to the quote's first word; across the week no such pair
        // stands apart, and read as double marks wherever they stand they paired across attributions
        String body = "Sinergi ini juga akan terus dilakukan dengan aparat penegak hukum lainnya. ''Joint Operations ini "
                + "berhasil menyelamatkan generasi muda dari bahaya narkoba,” pungkas Gusmiadirrahman.";
        assertThat(QuotationMarks.pair(body)).noneMatch(s -> s.openWidth() == 2 || s.closeWidth() == 2);
    }

    @Test
    void twoSingleMarksOpeningAParagraphBeforeItsAttributionOpenNoQuote() {
        // sindonews.com, 10 September 2019: the pair closes the quote the paragraph before left open, before "ujar"
        String body = "Membahas tentang topik membangun kerangka kerja sama multilateral dengan menggunakan "
                + "tindakan-tindakan terbaik\n\n’’ ujar Kadispenad Brigjen TNI Candra dalam keterangan persnya Senin "
                + "(9/9/2019).";
        assertThat(QuotationMarks.pair(body)).noneMatch(s -> s.openWidth() == 2);
    }
}
