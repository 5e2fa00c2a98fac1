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
}
