package id.kabar.annotate.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.kabar.annotate.claim.NumberMention.Form;
import id.kabar.annotate.text.ScanEquivalence;
import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.text.Text;
import id.kabar.annotate.text.TextSegmenter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberMatcherTest {
    private final NumberMatcher matcher = new NumberMatcher();

    private List<NumberMention> find(String body) {
        Text text = new TextSegmenter().segment(body);
        List<NumberMention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            out.addAll(matcher.find(body, s));
        }
        return out;
    }

    @Test
    void moneyWithScaleWordsAndLetters() {
        List<NumberMention> found = find("Belanja K/L tahun lalu mencapai Rp 767,8 triliun, naik dari Rp1,2 T.");
        assertThat(found).extracting(NumberMention::value).containsExactly(767.8e12, 1.2e12);
        assertThat(found).extracting(NumberMention::currency).containsOnly("rupiah");
    }

    @Test
    void currencyNamedAfterTheNumber() {
        List<NumberMention> found = find("Kerugian tercatat mencapai 3,1 triliun Won atau sekitar Rp 35,56 triliun.");
        assertThat(found).extracting(NumberMention::currency).containsExactly("won", "rupiah");
        assertThat(find("Film itu telah mengumpulkan US$ 616 juta dari penjualan.").get(0))
                .extracting(NumberMention::value, NumberMention::currency).containsExactly(616e6, "dolar AS");
    }

    @Test
    void singaporeDollarsAsOutletsAbbreviateThem() {
        // tempo.co, 11 September 2019
        assertThat(find("Habil Marati, membantah memberikan uang sebesar Sing$ 15 ribu kepada Kivlan, untuk membeli"
                + " senjata api.").get(0)).extracting(NumberMention::value, NumberMention::currency)
                .containsExactly(15_000.0, "dolar Singapura");
        assertThat(find("Andra diduga menerima suap dari Taswin Nur sebesar SG$96.700 terkait dengan proyek BHS.")
                .get(0)).extracting(NumberMention::value, NumberMention::currency)
                .containsExactly(96_700.0, "dolar Singapura");
    }

    @Test
    void percentages() {
        List<NumberMention> found = find("Inflasi inti sekitar 0,33 persen, sedangkan 90% perempuan mengalaminya.");
        assertThat(found).extracting(NumberMention::value).containsExactly(0.33, 90.0);
        assertThat(found).allMatch(NumberMention::percent);
    }

    @Test
    void aShareOfWhatWasNamedBefore() {
        // kompas.com, 10 September 2019: jet fuel at Kertajati against Soekarno-Hatta's supply
        List<NumberMention> found = find("Bila dibandingkan dengan Bandara Soekarno-Hatta, suplai avtur ke Bandara "
                + "Kertajati hanya sekitar 1,4 persennya saja.");
        assertThat(found).extracting(NumberMention::value).containsExactly(1.4);
        assertThat(found).allMatch(NumberMention::percent);
    }

    @Test
    void wordsAndRoundPlurals() {
        List<NumberMention> found = find("Ribuan warga mengungsi dan tiga orang tewas.");
        assertThat(found).extracting(NumberMention::value, NumberMention::form)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1000.0, Form.ROUND),
                        org.assertj.core.groups.Tuple.tuple(3.0, Form.WORDS));
        assertThat(find("Cokelat itu dibanderol 1.458 yen atau Rp 170 ribuan.").get(1))
                .extracting(NumberMention::value, NumberMention::form).containsExactly(170_000.0, Form.ROUGH);
    }

    @Test
    void codesScoresClockTimesAgesAndPhonesAreNotAmounts() {
        assertThat(find("Pertemuan G20 membahas Covid-19 dan jet F-16.")).isEmpty();
        assertThat(find("Barcelona menang dengan skor 3-0 atas Real Madrid.")).isEmpty();
        assertThat(find("Ledakan terjadi pukul 14.00 WIB di pusat kota.")).isEmpty();
        assertThat(find("Tempat Nov (30) menganiaya anaknya di Kebon Jeruk.")).isEmpty();
        assertThat(find("Hubungi posko di nomor 081234567890 untuk bantuan.")).isEmpty();
        assertThat(find("Lukaku mencetak gol pada menit ke-57.")).isEmpty();
        assertThat(find("Perundingan itu merupakan putaran keempat dari kedua negara.")).isEmpty();
    }

    @Test
    void hoursAndMinutesBeforeAPartOfTheDayAreAClockTime() {
        // okezone.com's horoscope, September 2019: its lucky hours, written without "pukul"
        assertThat(find("Waktu: 09.00 pagi sampai 13.00 siang.")).isEmpty();
        assertThat(find("Pengumuman disampaikan 20.30 malam tadi.")).isEmpty();
        assertThat(find("Sebanyak 20.300 warga mengungsi sejak malam tadi.")).extracting(NumberMention::value)
                .containsExactly(20300.0);
    }

    @Test
    void bothEndsOfARangeWrittenWithAHyphenAreLeftOut() {
        assertThat(find("Barang bukti diperoleh dari 30 - 40 ekor pari manta.")).isEmpty();
    }

    @Test
    void aScaleGluedToTheNextItemsNumberKeepsItsScale() {
        assertThat(find("Total anggaran mencapai Rp 14,6 triliun2. Provinsi Jawa Barat mendapat porsi terbesar."))
                .extracting(NumberMention::value).containsExactly(14.6e12);
    }

    @Test
    void aThousandTrillionIsOneAmount() {
        // tempo.co, 13 September 2019
        assertThat(find("Defisit akan melebihi US$ 1 triliun (Rp 14 ribu triliun) untuk seluruh tahun fiskal."))
                .extracting(NumberMention::value).containsExactly(1e12, 14e15);
    }

    @Test
    void aNumberGluedToTheWordIntroducingIt() {
        assertThat(find("Menurut dia, sebanyak1.017 pengendara ditilang pada pemberlakuan ganjil genap."))
                .extracting(NumberMention::value).containsExactly(1017.0);
    }

    @Test
    void sharesInBracketsAreNotAges() {
        assertThat(find("Lebih tinggi dari Malaysia (4,6), Filipina (3,7%), Thailand (4,5%), dan Vietnam (5,2%)."))
                .extracting(NumberMention::value).containsExactly(3.7, 4.5, 5.2);
    }

    @Test
    void moneyAndSharesAtALevel() {
        assertThat(find("Mata uang kebanggaan kita menguat 66 poin atau 0,47% ke level Rp14.034. Ini merupakan"
                + " penguatan selama empat hari berturut-turut."))
                .extracting(NumberMention::value).contains(0.47, 14034.0);
        assertThat(find("Efisiensi investasi tecermin dari ICOR yang saat ini di level 6,3%."))
                .extracting(NumberMention::value).containsExactly(6.3);
    }

    @Test
    void moneyEndingASentence() {
        assertThat(find("Iuran untuk kelas 3 diputuskan naik 65% dari Rp25.500 menjadi Rp42.000. Hanya saja, bila"
                + " peserta mandiri tersebut tidak mampu bisa dimasukkan."))
                .extracting(NumberMention::value).containsExactly(65.0, 25500.0, 42000.0);
    }

    @Test
    void amountsScannedAsFindFindsThemInNewsText() {
        assertThat(ScanEquivalence.assertSameMatches(NumberMatcher.AMOUNT, ScanEquivalence.bodies())).isGreaterThan(1000);
    }

    @Test
    void englishGroupingWithAnIndonesianDecimalComma() {
        // okezone.com, 13 September 2019
        assertThat(find("Kontrak emas naik USD4,2 atau 0,28% menjadi ditutup pada USD1,507,4 per ounce."))
                .extracting(NumberMention::value).containsExactly(4.2, 0.28, 1507.4);
    }

    /**
     * sindonews.com and tempo.co, 14 September 2019: {@code berada di angka 1.700-an unit} is a figure written round by its
     * suffix, about 1.700; okezone.com's {@code meningkat tajam di angka 3.335 unit} is a figure at a level, though
     * {@code angka} alone opens a label ({@code angka 3}).
     */
    @Test
    void aFigureRoundedByItsSuffixAndAFigureAtALevel() {
        assertThat(find("GranMax (MB) dan Ayla berada di angka 1.700-an unit (12-13 persen)."))
                .first().extracting(NumberMention::value, NumberMention::form).containsExactly(1700.0, Form.ROUGH);
        assertThat(find("Angka suplai whole sales kendaraan tersebut meningkat tajam di angka 3.335 unit."))
                .extracting(NumberMention::value).containsExactly(3335.0);
        assertThat(find("Pemain itu memakai angka 3 di punggungnya.")).isEmpty();
        assertThat(find("Pesawat itu dibuat pada tahun 1960-an.")).isEmpty();
        assertThat(find("Jadi total bisa 5.000 - an karyawan yang bekerja.")).first()
                .extracting(NumberMention::value, NumberMention::form).containsExactly(5000.0, Form.ROUGH);
    }

    /** tempo.co, 11 September 2019: the suffix of a figure written round, spaced off by the writer. */
    @Test
    void aFigureRoundedByASuffixSpacedOff() {
        assertThat(find("\"Segi jumlah lumayan juga, ada 1000 an kalau tidak salah yang akan kami kejar, pajaknya diatas"
                + " Rp 1 miliar\" kata Faisal.")).first().extracting(NumberMention::value, NumberMention::form)
                .containsExactly(1000.0, Form.ROUGH);
        assertThat(find("Pesawat itu dibuat pada tahun 1960 an.")).isEmpty();
    }

    /**
     * okezone.com, 11 September 2019: a scrape put a space after each comma grouping the thousands of a sum in rupiah;
     * numbers listed with commas stay apart, and so do groups not all of three digits.
     */
    @Test
    void aSumWhoseThousandsAScrapeSpacedApart() {
        assertThat(find("Penggagalan tersebut berhasil mengamankan 280.000 batang rokok ilegal siap edar dengan nilai"
                + " mencapai Rp200, 200, 000.")).extracting(NumberMention::value, NumberMention::currency)
                .containsExactly(tuple(280_000.0, null), tuple(200_200_000.0, "rupiah"));
        assertThat(find("Posko di desa itu mencatat 10, 200, 300 pengungsi.")).extracting(NumberMention::value)
                .containsExactly(10.0, 200.0, 300.0);
        assertThat(find("Harganya Rp200, 20, 000 per unit.")).first().extracting(NumberMention::value)
                .isEqualTo(200.0);
    }

    @Test
    void aNumberInWordsAfterARankAFloorOrAClauseIsNoAmount() {
        // sindonews.com, tempo.co, September 2019
        assertThat(find("Petenis peringkat dua dunia itu meraih trofi US Open keempat setelah menaklukkan Daniil Medvedev."))
                .isEmpty();
        assertThat(find("\"Dugaan sementara api berasal dari hubungan arus pendek listrik pada lantai dua rumah milik Aba"
                + " Sehan Zabban,\" kata Julkismo.")).isEmpty();
        assertThat(find("Pasal yang disangkakan Pasal 114 ayat dua.")).isEmpty();
        // before a number in words "ke" is "to": the five people asked are counted
        assertThat(find("Tempo bertanya acak ke lima warga di Jakarta tentang isu revisi UU KPK oleh DPR dan pemerintah."))
                .extracting(NumberMention::value).containsExactly(5.0);
    }

    /**
     * Commas grouping thousands after a foreign currency's sign (cnnindonesia.com via IndoSum, January 2018; tempo.co,
     * September 2019), not before a rate word (okezone.com, September 2019: silver to a thousandth of a dollar).
     */
    @Test
    void thousandsGroupedByCommasAfterAForeignCurrency() {
        assertThat(find("Dress itu dipasarkan dengan harga US$ 5,503 (Rp 74,5 juta).")).extracting(NumberMention::value)
                .containsExactly(5503.0, 74_500_000.0);
        assertThat(find("Ia mendapat uang kompensasi £125,000 atau sekitar Rp 2,1 miliar.")).extracting(
                NumberMention::value).containsExactly(125_000.0, 2_100_000_000.0);
        assertThat(find("Perak ditutup pada USD18,167 per ounce.")).extracting(NumberMention::value)
                .containsExactly(18.167);
    }
}
