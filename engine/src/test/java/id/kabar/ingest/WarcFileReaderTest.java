package id.kabar.ingest;

import static id.kabar.ingest.TestInputs.concat;
import static id.kabar.ingest.TestInputs.html;
import static id.kabar.ingest.TestInputs.warcRecord;
import static id.kabar.ingest.TestInputs.warcResponse;
import static id.kabar.ingest.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcFileReaderTest {
    private static final String BANJIR = "https://www.antaranews.com/berita/1/banjir-jakarta";
    private static final String GEMPA = "https://www.antaranews.com/berita/2/gempa-maluku";

    @TempDir
    Path dir;

    private CollectingSink ingest(String name, byte[] warc) throws Exception {
        CollectingSink sink = new CollectingSink();
        new Ingestor().ingest(List.of(write(dir, name, warc)), sink);
        return sink;
    }

    private static byte[] page(String title, String text) {
        return html(title, text).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] crawl() {
        return concat(List.of(
                warcRecord("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes()),
                warcRecord("request", BANJIR, "application/http; msgtype=request",
                        "GET /berita/1 HTTP/1.1\r\nHost: www.antaranews.com\r\n\r\n".getBytes()),
                warcResponse(BANJIR, 200, "text/html; charset=utf-8",
                        page("Banjir Jakarta", "Banjir merendam 30 kelurahan di Jakarta, Senin (1/1).")),
                warcResponse("https://www.antaranews.com/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P'}),
                warcResponse("https://www.antaranews.com/hilang", 404, "text/html", page("Tidak ditemukan", "404")),
                warcResponse(GEMPA, 200, "text/html", page("Gempa Maluku", "Gempa magnitudo 5,2 mengguncang Maluku."))));
    }

    @Test
    void htmlResponsesBecomePagesAndOtherRecordsAreSkipped() throws Exception {
        CollectingSink sink = ingest("crawl.warc", crawl());

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.acceptedIds()).containsExactly(BANJIR, GEMPA);
        SourceDocument banjir = sink.accepted.get(0);
        assertThat(banjir.format()).isEqualTo(SourceFormat.HTML);
        assertThat(banjir.url()).isEqualTo(BANJIR);
        assertThat(banjir.content()).contains("Banjir merendam 30 kelurahan").doesNotContain("HTTP/1.1");
    }

    @Test
    void gzipPerRecordAndZstdWarcsReadTheSame() throws Exception {
        byte[] perRecordGzip = concat(List.of(
                TestInputs.gzip(warcResponse(BANJIR, 200, "text/html", page("Banjir", "Banjir merendam 30 kelurahan."))),
                TestInputs.gzip(warcResponse(GEMPA, 200, "text/html", page("Gempa", "Gempa mengguncang Maluku.")))));

        assertThat(ingest("crawl.warc.gz", perRecordGzip).acceptedIds()).containsExactly(BANJIR, GEMPA);
        assertThat(ingest("crawl.warc.zst", TestInputs.zstd(crawl())).acceptedIds()).containsExactly(BANJIR, GEMPA);
    }

    @Test
    void httpCharsetHeaderDecodesTheBody() throws Exception {
        String quote = "“Kami siaga penuh,” kata Kepala BPBD DKI—Jakarta.";
        byte[] body = ("<html><body><p>" + quote + "</p></body></html>").getBytes(Charset.forName("windows-1252"));

        CollectingSink sink = ingest("a.warc", warcResponse(BANJIR, 200, "text/html; charset=windows-1252", body));

        assertThat(sink.only().content()).contains(quote);
    }

    @Test
    void chunkedAndGzipEncodedHttpBodiesAreDecoded() throws Exception {
        byte[] body = TestInputs.gzip(page("Banjir", "Banjir merendam 30 kelurahan."));
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length) + "\r\n";
        byte[] block = concat(List.of(http.getBytes(StandardCharsets.ISO_8859_1), body, "\r\n0\r\n\r\n".getBytes()));

        CollectingSink sink = ingest("a.warc", warcRecord("response", BANJIR, "application/http; msgtype=response", block));

        assertThat(sink.only().content()).contains("Banjir merendam 30 kelurahan.");
    }

    @Test
    void malformedRecordIsRejectedWithItsOffsetAndTheRestIsRead() throws Exception {
        byte[] good = warcResponse(BANJIR, 200, "text/html", page("Banjir", "Banjir merendam 30 kelurahan."));
        byte[] broken = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: sepuluh\r\n\r\nrusak\r\n\r\n".getBytes();
        byte[] junk = "<<< sisa unduhan yang terpotong >>>\r\n".getBytes();
        byte[] last = warcResponse(GEMPA, 200, "text/html", page("Gempa", "Gempa mengguncang Maluku."));

        CollectingSink sink = ingest("crawl.warc", concat(List.of(good, broken, junk, last)));

        assertThat(sink.acceptedIds()).containsExactly(BANJIR, GEMPA);
        assertThat(sink.rejected).extracting(r -> r.id() + " " + r.reason()).containsExactly(
                "crawl.warc@" + good.length + " malformed WARC record at offset " + good.length
                        + ": bad Content-Length 'sepuluh'");
    }

    @Test
    void recordCutShortByTheEndOfTheFileIsRejectedAsTruncated() throws Exception {
        byte[] good = warcResponse(BANJIR, 200, "text/html", page("Banjir", "Banjir merendam 30 kelurahan."));
        byte[] cut = warcResponse(GEMPA, 200, "text/html", page("Gempa", "Gempa mengguncang Maluku."));

        CollectingSink sink = ingest("crawl.warc", concat(List.of(good, java.util.Arrays.copyOf(cut, cut.length - 40))));

        assertThat(sink.acceptedIds()).containsExactly(BANJIR);
        assertThat(sink.rejected).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("crawl.warc@" + good.length);
            assertThat(r.reason()).startsWith("truncated WARC record at offset " + good.length);
        });
    }

    @Test
    void httpResponseThatCannotBeParsedIsRejectedUnderItsUri() throws Exception {
        byte[] record = warcRecord("response", BANJIR, "application/http; msgtype=response",
                "bukan respons HTTP\r\n\r\n<html></html>".getBytes());

        CollectingSink sink = ingest("a.warc", record);

        assertThat(sink.reasonsById().get(BANJIR)).startsWith("malformed HTTP response in WARC record at offset 0");
    }

    @Test
    void httpHeaderWithoutBodyRejectsThatRecordOnly() throws Exception {
        byte[] shortRecord = warcRecord("response", BANJIR, "application/http; msgtype=response",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n".getBytes());
        byte[] next = warcResponse(GEMPA, 200, "text/html", page("Gempa", "Gempa mengguncang Maluku."));

        CollectingSink sink = ingest("crawl.warc", concat(List.of(shortRecord, next)));

        assertThat(sink.acceptedIds()).containsExactly(GEMPA);
        assertThat(sink.reasonsById().get(BANJIR)).isEqualTo("empty page in WARC record at offset 0");
    }

    @Test
    void oversizedPageInAWarcIsRejectedAndTheNextRecordRead() throws Exception {
        byte[] big = warcResponse(BANJIR, 200, "text/html", page("Banjir", "Banjir merendam 30 kelurahan. ".repeat(100)));
        byte[] next = warcResponse(GEMPA, 200, "text/html", page("Gempa", "Gempa mengguncang Maluku."));
        CollectingSink sink = new CollectingSink();

        new Ingestor(new IngestLimits(1000, 1000)).ingest(List.of(write(dir, "a.warc", concat(List.of(big, next)))), sink);

        assertThat(sink.acceptedIds()).containsExactly(GEMPA);
        assertThat(sink.reasonsById().get(BANJIR)).isEqualTo("page too large: over the 1000 bytes limit in WARC record at offset 0");
    }

    @Test
    void truncatedGzipWarcKeepsTheRecordsBeforeTheCut() throws Exception {
        byte[] first = TestInputs.gzip(warcResponse(BANJIR, 200, "text/html", page("Banjir", "Banjir merendam 30 kelurahan.")));
        byte[] second = TestInputs.gzip(warcResponse(GEMPA, 200, "text/html", page("Gempa", "Gempa mengguncang Maluku.")));

        CollectingSink sink = ingest("crawl.warc.gz", concat(List.of(first, java.util.Arrays.copyOf(second, second.length / 2))));

        assertThat(sink.acceptedIds()).containsExactly(BANJIR);
        assertThat(sink.reasonsById().get("crawl.warc.gz")).startsWith("truncated gzip in WARC record at offset ");
    }

    @Test
    void responseWithoutContentTypeIsTypedByTheCrawlersIdentification() throws Exception {
        byte[] body = page("Banjir", "Banjir merendam 30 kelurahan.");
        byte[] block = concat(List.of(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(), body));
        String identified = new String(warcRecord("response", BANJIR, "application/http; msgtype=response", block),
                StandardCharsets.ISO_8859_1).replace("Content-Type: application/http",
                "WARC-Identified-Payload-Type: text/html\r\nContent-Type: application/http");
        byte[] unidentified = warcRecord("response", GEMPA, "application/http; msgtype=response", block);

        CollectingSink sink = ingest("a.warc", concat(List.of(identified.getBytes(StandardCharsets.ISO_8859_1), unidentified)));

        assertThat(sink.acceptedIds()).containsExactly(BANJIR);
        assertThat(sink.rejected).isEmpty();
    }

    @Test
    void binaryPayloadLabelledAsHtmlIsRejected() throws Exception {
        byte[] junk = new byte[4096];
        new java.util.Random(3).nextBytes(junk);
        byte[] next = warcResponse(GEMPA, 200, "text/html", page("Gempa", "Gempa mengguncang Maluku."));

        CollectingSink sink = ingest("a.warc", concat(List.of(warcResponse(BANJIR, 200, "text/html", junk), next)));

        assertThat(sink.acceptedIds()).containsExactly(GEMPA);
        assertThat(sink.reasonsById()).containsEntry(BANJIR, "binary content, not text in WARC record at offset 0");
    }

    /**
     * Header fields jwarc refuses (found by fuzzing: a Content-Type its grammar cannot read, a field given twice)
     * cost their record, not the crawl.
     */
    @Test
    void aRecordWithUnreadableHeadersIsRejectedAndTheCrawlGoesOn() throws Exception {
        byte[] badHttpType = warcResponse(BANJIR, 200, "textml /th;charset=utf-8", page("Banjir Jakarta", "Banjir."));
        byte[] badRecordType = warcRecord("response", "https://www.antaranews.com/berita/3", "text ml/http", new byte[] {'x'});
        String twice = new String(warcRecord("response", "https://www.antaranews.com/berita/4", "application/http",
                new byte[] {'x'}), StandardCharsets.ISO_8859_1).replace("WARC-Type: response\r\n",
                "WARC-Type: response\r\nWARC-Type: request\r\n");
        byte[] crawl = concat(List.of(badHttpType, badRecordType, twice.getBytes(StandardCharsets.ISO_8859_1),
                warcResponse(GEMPA, 200, "text/html", page("Gempa Maluku", "Gempa magnitudo 5,2 mengguncang Maluku."))));

        CollectingSink sink = ingest("crawl.warc", crawl);

        assertThat(sink.acceptedIds()).containsExactly(GEMPA);
        int third = badHttpType.length + badRecordType.length;
        assertThat(sink.reasonsById())
                .containsEntry(BANJIR, "malformed HTTP response in WARC record at offset 0: unreadable Content-Type")
                .hasEntrySatisfying("crawl.warc@" + badHttpType.length, reason -> assertThat(reason)
                        .startsWith("malformed WARC record at offset " + badHttpType.length + ": parse error"))
                .containsEntry("crawl.warc@" + third,
                        "malformed WARC record at offset " + third + ": record has 2 WARC-Type headers");
    }
}
