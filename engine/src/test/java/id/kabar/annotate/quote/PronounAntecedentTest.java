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
}
