package id.kabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {
    private static final String QUOTE = "“Tidak hanya tarif tapi apa saja harus diatur,” ucap Zulkifli di Gedung DPR—Senayan.";

    private static String decode(byte[] bytes, String transport, boolean markup) {
        return CharsetDetector.decode(bytes, bytes.length, transport, markup);
    }

    @Test
    void windows1252BytesWithoutDeclarationReadAsWindows1252() {
        // Curly quotes and an em dash as a legacy CMS writes them: 0x93, 0x94, 0x97.
        byte[] bytes = QUOTE.getBytes(Charset.forName("windows-1252"));
        assertThat(bytes[0] & 0xff).isEqualTo(0x93);

        assertThat(decode(bytes, null, false)).isEqualTo(QUOTE);
    }

    @Test
    void accentedLatin1LetterReadsAsWindows1252() {
        byte[] bytes = {'K', 'a', 'f', (byte) 0xe9, ' ', 'd', 'i', ' ', 'B', 'a', 'n', 'd', 'u', 'n', 'g'};

        assertThat(decode(bytes, null, false)).isEqualTo("Kafé di Bandung");
    }

    @Test
    void utf8WithoutDeclarationReadsAsUtf8() {
        assertThat(decode(QUOTE.getBytes(StandardCharsets.UTF_8), null, true)).isEqualTo(QUOTE);
    }

    @Test
    void utf16LittleEndianWithByteOrderMark() {
        byte[] body = QUOTE.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = TestInputs.concat(java.util.List.of(new byte[] {(byte) 0xff, (byte) 0xfe}, body));

        assertThat(decode(bytes, null, true)).isEqualTo(QUOTE);
    }

    @Test
    void utf16BigEndianWithByteOrderMark() {
        byte[] bytes = QUOTE.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM

        assertThat(bytes[0] & 0xff).isEqualTo(0xfe);
        assertThat(decode(bytes, null, true)).isEqualTo(QUOTE);
    }

    @Test
    void utf16WithoutByteOrderMarkIsToldByItsZeroBytes() {
        assertThat(decode(QUOTE.getBytes(StandardCharsets.UTF_16LE), null, false)).isEqualTo(QUOTE);
        assertThat(decode(QUOTE.getBytes(StandardCharsets.UTF_16BE), null, false)).isEqualTo(QUOTE);
    }

    @Test
    void utf8ByteOrderMarkIsDropped() {
        byte[] bytes = TestInputs.concat(java.util.List.of(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                QUOTE.getBytes(StandardCharsets.UTF_8)));

        assertThat(decode(bytes, "windows-1252", true)).isEqualTo(QUOTE);
    }

    @Test
    void metaCharsetDecidesForHtml() {
        String page = "<html><head><meta charset=\"windows-1252\"><title>Berita</title></head><body><p>" + QUOTE
                + "</p></body></html>";

        assertThat(decode(page.getBytes(Charset.forName("windows-1252")), null, true)).contains(QUOTE);
    }

    @Test
    void httpEquivContentTypeDecidesForHtml() {
        String page = "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-2\">"
                + "</head><body><p>Wywiad z ministrem: Łódź, październik</p></body></html>";
        Charset latin2 = Charset.forName("ISO-8859-2");

        assertThat(decode(page.getBytes(latin2), null, true)).contains("Łódź, październik");
    }

    @Test
    void xmlDeclarationDecidesForFeeds() {
        String feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss><channel><title>Kafé € Berita</title>"
                + "</channel></rss>";

        assertThat(decode(feed.getBytes(Charset.forName("ISO-8859-15")), null, true)).contains("Kafé € Berita");
    }

    @Test
    void httpHeaderCharsetWinsOverMeta() {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>" + QUOTE + "</p></body></html>";
        byte[] bytes = page.getBytes(Charset.forName("windows-1252"));

        assertThat(decode(bytes, "windows-1252", true)).contains(QUOTE);
    }

    @Test
    void latin1DeclarationIsReadAsWindows1252LikeBrowsersDo() {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + QUOTE + "</p></body></html>";

        assertThat(decode(page.getBytes(Charset.forName("windows-1252")), null, true)).contains(QUOTE);
    }

    @Test
    void validUtf8OverridesStaleSingleByteDeclaration() {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + QUOTE + "</p></body></html>";

        assertThat(decode(page.getBytes(StandardCharsets.UTF_8), null, true)).contains(QUOTE);
    }

    @Test
    void unknownDeclaredCharsetFallsBackToTheBytes() {
        String page = "<html><head><meta charset=\"x-no-such-charset\"></head><body><p>" + QUOTE + "</p></body></html>";

        assertThat(decode(page.getBytes(StandardCharsets.UTF_8), null, true)).contains(QUOTE);
    }

    @Test
    void invalidUtf8DeclaredAsUtf8IsDecodedWithReplacement() {
        byte[] bytes = {'<', 'm', 'e', 't', 'a', ' ', 'c', 'h', 'a', 'r', 's', 'e', 't', '=', 'u', 't', 'f', '-', '8',
                '>', 'R', 'p', ' ', '1', (byte) 0xff, '2'};

        assertThat(decode(bytes, null, true)).endsWith("Rp 1\uFFFD2");
    }

    @Test
    void utf8PageWithAStrayByteStaysUtf8() {
        byte[] bytes = TestInputs.concat(java.util.List.of(QUOTE.getBytes(StandardCharsets.UTF_8),
                new byte[] {' ', (byte) 0x96, ' '}, QUOTE.getBytes(StandardCharsets.UTF_8)));

        assertThat(decode(bytes, null, false)).isEqualTo(QUOTE + " \uFFFD " + QUOTE);
    }

    @Test
    void utf8EvidenceCountsOverlongSurrogateAndCutSequencesAsInvalid() {
        assertThat(CharsetDetector.Utf8Evidence.of(new byte[] {(byte) 0xc0, (byte) 0xaf}, 2).invalid()).isEqualTo(2);
        assertThat(CharsetDetector.Utf8Evidence.of(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, 3).invalid())
                .isEqualTo(3);
        assertThat(CharsetDetector.Utf8Evidence.of(new byte[] {(byte) 0xe2, (byte) 0x80}, 2).invalid()).isEqualTo(2);
        byte[] rupiah = "Rp 1,2 triliun — “kata”".getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetDetector.Utf8Evidence.of(rupiah, rupiah.length))
                .isEqualTo(new CharsetDetector.Utf8Evidence(3, 0));
    }
}
