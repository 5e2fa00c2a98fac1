package id.kabar.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.Text;
import id.kabar.annotate.text.TextSegmenter;
import org.junit.jupiter.api.Test;

class ProseParagraphsTest {

    private static String proseOf(String body) {
        Text text = new TextSegmenter().segment(body);
        StringBuilder out = new StringBuilder();
        ProseParagraphs.of(text).sentences(text).forEach(s -> out.append(s.text(body)).append('|'));
        return out.toString();
    }

    @Test
    void headingsClocksAndHeadlineListsAreNotProse() {
        String body = "Jumat, Mei 3, 2024\n\nHari kelima perang\n\nPembicaraan tersebut terjadi di hari kelima perang."
                + "\n\nTerpopuler\n\n- 5 Mobil Bekas Punya Sunroof Mulai 30 Jutaan, Gaya Sultan Budget Kos-kosan"
                + "\n\nBerdasarkan catatan pemerintah setempat, setidaknya 137 orang tewas. (Ade/cnn)";
        assertThat(proseOf(body)).isEqualTo("Pembicaraan tersebut terjadi di hari kelima perang.|"
                + "Berdasarkan catatan pemerintah setempat, setidaknya 137 orang tewas.|(Ade/cnn)|");
    }

    @Test
    void longParagraphWithoutFinalStopIsStillProse() {
        String body = "Pemerintah Rusia membantah telah meminta bantuan militer China untuk menggempur Ukraina dan"
                + " menyatakan operasi di Ukraina berjalan sesuai rencana serta memastikan keamanan maksimum warga";
        assertThat(proseOf(body)).isNotEmpty();
    }

    /**
     * tempo.co, 12 September 2019: the lines of a list the article announces with a line of its own are read, up to
     * the prose that follows; a list after a short label ({@code Baca juga:}) is not.
     */
    @Test
    void linesOfAListTheArticleAnnouncesAreRead() {
        String body = "Berikut adalah rincian komponen penghasilan Anggota DPRD:\n\n- Tunjangan keluarga Rp 315 ribu"
                + "\n\n- Tunjangan transportasi Rp 18,2 juta\n\nTotal Rp 111,4 juta\n\nDewan menyetujuinya."
                + "\n\nBaca juga:\n\n- 5 Mobil Bekas Punya Sunroof Mulai 30 Jutaan";
        Text text = new TextSegmenter().segment(body);
        StringBuilder read = new StringBuilder();
        ProseParagraphs.of(text).sentencesWithLists(text).forEach(s -> read.append(s.text(body)).append('|'));
        assertThat(read.toString()).isEqualTo("- Tunjangan keluarga Rp 315 ribu|- Tunjangan transportasi Rp 18,2 juta|"
                + "Total Rp 111,4 juta|Dewan menyetujuinya.|");
        assertThat(proseOf(body)).isEqualTo("Dewan menyetujuinya.|");
    }
    /**
     * Kompas and Tempo, September 2019: a line in sentence case that lost its stop is a sentence cut short; a
     * venue's row of a schedule, capitalised, and a label ending in a colon are not.
     */
    @Test
    void aLineInSentenceCaseWithoutItsStopIsAnUnfinishedSentence() {
        String body = "Pemanggilan Senin ini merupakan pemanggilan kedua bagi Mekeng.\n\n"
                + "Pemeriksaan Mekeng Senin ini akan dilakukan bersamaan dengan pemeriksaan Samin Tan\n\n"
                + "Tanggal 14 September (Non Timnas) Stadion Madya Gelora Bung Karno\n\n"
                + "Berikut jadwal lengkap pertandingan di kedua stadion itu:\n\nSamin diduga memberikan uang.";
        Text text = new TextSegmenter().segment(body);
        ProseParagraphs prose = ProseParagraphs.of(text);
        StringBuilder unfinished = new StringBuilder();
        text.sentences().stream().filter(prose::isUnfinishedSentence).forEach(s -> unfinished.append(s.text(body)));
        assertThat(unfinished.toString())
                .isEqualTo("Pemeriksaan Mekeng Senin ini akan dilakukan bersamaan dengan pemeriksaan Samin Tan");
    }
}
