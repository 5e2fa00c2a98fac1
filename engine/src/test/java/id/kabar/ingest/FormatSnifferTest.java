package id.kabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

    private static Optional<ContainerFormat> sniff(String head) {
        return FormatSniffer.sniff(head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recognisesEachContainerByItsOpening() {
        assertThat(sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n")).contains(ContainerFormat.WARC);
        assertThat(sniff("<?xml version=\"1.0\"?>\n<!-- feed -->\n<rss version=\"2.0\"><channel>"))
                .contains(ContainerFormat.FEED);
        assertThat(sniff("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"))
                .contains(ContainerFormat.FEED);
        assertThat(sniff("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"x\">\n<rss>"))
                .contains(ContainerFormat.FEED);
        assertThat(sniff("\n  <!doctype html>\n<html lang=\"id\">")).contains(ContainerFormat.HTML);
        assertThat(sniff("<HTML><HEAD><TITLE>Berita</TITLE>")).contains(ContainerFormat.HTML);
        assertThat(sniff("<!-- saved page -->\n<div class=\"read__content\"><p>Jakarta - Banjir")).contains(ContainerFormat.HTML);
        assertThat(sniff("<p>Jakarta - Banjir merendam 30 kelurahan.</p>")).contains(ContainerFormat.HTML);
        assertThat(sniff("{\"id\": \"a1\", \"text\": \"Jakarta - Presiden...\"}\n{\"id\": \"a2\"}"))
                .contains(ContainerFormat.JSONL);
    }

    @Test
    void plainNewsTextIsLeftToTheExtension() {
        assertThat(sniff("Jakarta - Ketua MPR Zulkifli Hasan menyesalkan kisruh transportasi online.")).isEmpty();
        assertThat(sniff("{Catatan redaksi} Artikel ini diperbarui.\n")).isEmpty();
        assertThat(sniff("<Pembaruan> Jumlah korban banjir bertambah.")).isEmpty();
    }

    @Test
    void utf16HtmlIsRecognised() {
        byte[] head = "<!DOCTYPE html><html><body>Berita</body></html>".getBytes(StandardCharsets.UTF_16LE);

        assertThat(FormatSniffer.sniff(head)).contains(ContainerFormat.HTML);
    }
}
