package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The lines a page's blocks make, on kompas.com's table of six banks' dollar rates (10 September 2019). */
class BlockTextFlattenerTest {
    private final BlockTextFlattener flattener = new BlockTextFlattener();

    @Test
    void aTableRowIsOneLineItsCellsSetApartByBarsAnEmptyCellAddingNone() {
        List<String> lines = flattener.lines(List.of(Jsoup.parse("<body><p>Berikut nilai tukar dollar AS hari ini di 6 bank"
                + " besar.</p><table><tr><th>Bank</th><th>Jual</th><th>Beli</th></tr>"
                + "<tr><td>BCA</td><td>Rp 14.042</td><td>14.024</td></tr>"
                + "<tr><td> </td><td>14.100</td><td>13.850</td></tr>"
                + "<tr><td>BRI</td><td><b>14.095</b></td><td></td></tr></table></body>").body()));
        assertThat(lines).containsExactly("Berikut nilai tukar dollar AS hari ini di 6 bank besar.", "Bank | Jual | Beli",
                "BCA | Rp 14.042 | 14.024", "14.100 | 13.850", "BRI | 14.095");
    }

    @Test
    void aRowOfFiguresAloneStaysInTheBody() throws Exception {
        String html = "<html><head><title>Rupiah Menguat</title></head><body><article>"
                + "<p>Penguatan juga terjadi di mayoritas bank terhadap dollar AS di 6 bank besar di Indonesia hari ini, dengan"
                + " kurs jual dan kurs beli yang naik tipis dibandingkan penutupan kemarin sore.</p>"
                + "<table><tr><th>Bank</th><th>Jual</th><th>Beli</th></tr><tr><td>BTN</td><td>14.110</td><td>13.960</td></tr>"
                + "<tr><td>14.253</td><td>13.853</td><td>14.042</td></tr></table>"
                + "<p>Sementara untuk kurs beli BCA adalah Rp 14.024 per dollar AS. Kurs beli ini berarti bila Anda ingin"
                + " menjual dollar AS maka pihak bank akan membelinya pada posisi ini.</p></article></body></html>";
        List<String> body = new HtmlPageReader().read(html, "https://money.kompas.com/read/2019/09/10/rupiah").paragraphs();
        assertThat(body).contains("Bank | Jual | Beli", "BTN | 14.110 | 13.960", "14.253 | 13.853 | 14.042");
    }
}
