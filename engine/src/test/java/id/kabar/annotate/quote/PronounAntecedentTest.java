package id.kabar.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whom a pronoun or an unattributed quote paragraph goes back to, on articles of the CLICK-ID week (September 2019). */
class PronounAntecedentTest {

    /**
     * okezone (13/9/2019): the recognizer tagged "Rupiah" a person and the sentence "Rupiah pun beranjak" opens
     * with it; "ujar dia" is the minister who spoke before, never the currency.
     */
    @Test
    void aPronounNeverMeansACurrency() {
        String body = "Nilai tukar Rupiah terhadap dolar Amerika Serikat (AS) kian menguat pada perdagangan hari ini. "
                + "Rupiah pun beranjak ke level Rp13.900-an per USD.\n\nTerkait hal itu, Menteri Koordinator Bidang "
                + "Perekonomian mengatakan bahwa dirinya tidak heran dengan penguatan tajam nilai Rupiah tersebut. Hal "
                + "ini dikarenakan arah Rupiah memang sedang perkasa.\n\n\"Penguatan nilai tukar Rupiah itu memang "
                + "arahnya begitu,\" ujar dia di Gedung Kemenko Perekonomian Jakarta, Jumat (13/9/2019).";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Rupiah").loc("Amerika Serikat", "AS")
                .org("Gedung Kemenko Perekonomian Jakarta").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Penguatan nilai tukar"))
                .singleElement().extracting(Quote::speaker)
                .isEqualTo("Menteri Koordinator Bidang Perekonomian");
    }

    /**
     * tempo.co (16/9/2019): Bahlil is named inside what Jokowi says ("Jokowi mengatakan bahwa Bahlil pernah
     * menyampaikan ..."); the "Dia" of the next sentence is Jokowi, who reports.
     */
    @Test
    void aPronounAfterAReportWithinAReportIsTheOneReporting() {
        String body = "Jokowi sempat mengomentari ucapan Ketua Umum HIPMI Bahlil Lahadalia mengenai kemungkinan ada "
                + "menteri dari pengurus HIPMI.\n\nJokowi mengatakan bahwa Bahlil pernah menyampaikan ada beberapa "
                + "kader potensialb HIPMI, seperti Muhammad Lutfhi dan Rosan Roslani.\n\nDia berpendapat bahwa ucapan "
                + "Bahlil itu sejatinya kode.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Jokowi").org("HIPMI")
                .per("Bahlil Lahadalia", "Bahlil").per("Muhammad Lutfhi").per("Rosan Roslani").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("ucapan Bahlil"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Jokowi");
    }

    /**
     * tempo.co (16/9/2019): "Luthfi dan Rosan" open the sentence together, so neither becomes the one whose words
     * the unattributed quote paragraph after it goes on with: that is Jokowi, who spoke last.
     */
    @Test
    void twoPeopleOpeningASentenceDoNotTakeTheNextUnattributedQuote() {
        String body = "\"Saya tahu ini adinda Bahlil pintar. Saya nangkap, saya nangkap,\" kata Jokowi disambut tawa "
                + "peserta Munas HIPMI.\n\nJokowi lalu bertanya, apakah Bahlil yakin dengan caranya memberi kode. "
                + "Pasalnya, Luthfi dan Rosan memang kandidat menteri.\n\n\"Beliau berdua ini pesaingmu, loh.\"";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Jokowi").org("HIPMI").per("Bahlil")
                .per("Luthfi").per("Rosan").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Beliau berdua"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Jokowi");
    }

    /**
     * tempo.co: a stripped link leaves ". ," and Li Shufu's reported words run on over the next sentence; Florian
     * Reuter's own report there still makes him the one "katanya" means.
     */
    @Test
    void aReportPastTheFullStopOfAnotherIsNotRetold() {
        String body = "Ketua Geely Holding, Li Shufu, mengatakan Geely telah beralih dari menjadi produsen otomotif menjadi "
                + "kelompok teknologi mobilitas. , CEO Volocopter, Florian Reuter, mengatakan mobilitas perkotaan perlu "
                + "berkembang dalam beberapa tahun ke depan untuk memenuhi permintaan yang meningkat. \"Pendanaan baru "
                + "ini dapat membantu perusahaan mengambil langkah besar menuju menghidupkan mobil-mobil di udara,\" "
                + "katanya.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Geely Holding").org("Geely").per("Li Shufu")
                .org("Volocopter").per("Florian Reuter").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Pendanaan baru"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Florian Reuter");
    }

    /**
     * okezone (15/9/2019): the body opens ". Ia bahkan menyebut", its lead lost with a stripped link; the rider the
     * next sentence opens with is who "Ia" meant.
     */
    @Test
    void aPronounOpeningABodyThatLostItsLeadIsThePersonOpeningTheNext() {
        String body = ". Ia bahkan menyebut duel menegangkan tersebut sebagai momen terbaik dalam hidupnya sejauh ini.\n\n"
                + "Fabio Quartararo sesungguhnya punya peluang besar untuk menang di Sirkuit Misano. Apalagi, pembalap "
                + "berpaspor Prancis itu memimpin selama 20 putaran setelah menyalip Maverick Vinales di lap ketiga.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Fabio Quartararo").loc("Sirkuit Misano")
                .loc("Prancis").per("Maverick Vinales").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("duel menegangkan"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Fabio Quartararo");
    }

    /**
     * tempo.co (Puncak Habibie, 2019): "Henti Sulastri, 22 tahun, salah satunya" opens with a name and its
     * apposition, not with an adverbial; "kata dia" is the tourist, not Habibie of the place's name before.
     */
    @Test
    void aNameSetOffByItsAppositionOpensTheSentence() {
        String body = "Puncak Habibie yang berada di ketinggian 380 meter di atas permukaan laut atau mdpl, itu kerap "
                + "menjadi tempat singgah wisatawan yang melintas di jalur nasional tadi. Henti Sulastri, 22 tahun, "
                + "salah satunya. Wisatawan asal Bogor ini sedang menempuh perjalanan menuju Pantai Sawarna.\n\n"
                + "\"Pemandangan di sini bagus. Teduh dan bisa bisa menikmati pesona perbukitan, pesisir pantai, sampai "
                + "laut,\" kata dia.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("Puncak").per("BJ Habibie", "Habibie")
                .per("Sulastri").loc("Bogor").loc("Pantai Sawarna").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Sulastri");
    }

    /**
     * tempo.co (naik gunung, 2019): "Apabila Anda akan pergi ..." opens with a condition addressed to the reader,
     * no person; "katanya" after it is still the adviser named before.
     */
    @Test
    void aConditionAddressedToTheReaderIsNoOneSpeaking() {
        String body = "Yudi memberi contoh gunung gede. \"Sekitar jam 6 pagi itu bagus,\" katanya.\n\n"
                + "Apabila Anda akan pergi ke gunung Argapura di Jawa Timur, maka Yudi pun lebih menyarankan untuk "
                + "berangkat pada sore atau malam hari. \"Jadi pelajari dulu gunung yang mau dinaiki itu apa. Supaya "
                + "bisa menentukan waktu yang tepat,\" katanya.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Yudi Kurniawan", "Yudi").loc("Jawa Timur").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Jadi pelajari"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Yudi Kurniawan");
    }
}
