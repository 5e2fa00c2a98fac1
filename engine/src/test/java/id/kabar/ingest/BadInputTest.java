package id.kabar.ingest;

import static id.kabar.ingest.TestInputs.fixture;
import static id.kabar.ingest.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.kabar.model.SourceDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input ends as a clear rejection, or is read as far as it can be, beside a good file. */
class BadInputTest {
    private static final String GOOD = "good.txt";

    @TempDir
    Path dir;

    /** Ingests the folder with a good article beside the bad input and checks the good one still came through. */
    private CollectingSink ingestBesideGoodFile(IngestLimits limits) throws IOException {
        write(dir, GOOD, fixture("articles/suara-james-bond.txt"));
        CollectingSink sink = new CollectingSink();
        new Ingestor(limits).ingest(List.of(dir), sink);
        assertThat(sink.acceptedIds()).contains(GOOD);
        return sink;
    }

    private CollectingSink ingestBesideGoodFile() throws IOException {
        return ingestBesideGoodFile(IngestLimits.DEFAULT);
    }

    /** Text written out to {@code bytes}, streamed so the test holds no large array. */
    static Path writeLargeText(Path file, long bytes) throws IOException {
        byte[] paragraph = "<p>Banjir merendam 30 kelurahan di Jakarta Timur, Senin (1/1).</p>\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += paragraph.length) {
                out.write(paragraph, 0, (int) Math.min(paragraph.length, bytes - written));
            }
        }
        return file;
    }

    static byte[] junk(int length) {
        byte[] bytes = new byte[length];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    @Test
    void emptyFile() throws IOException {
        write(dir, "kosong.html", new byte[0]);

        assertThat(ingestBesideGoodFile().reasonsById()).containsExactly(java.util.Map.entry("kosong.html", "empty file"));
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        write(dir, "spasi.txt", " \n\n\t \n");

        assertThat(ingestBesideGoodFile().reasonsById()).containsEntry("spasi.txt", "empty file: whitespace only");
    }

    @Test
    void binaryJunk() throws IOException {
        write(dir, "foto.html", junk(20_000));

        assertThat(ingestBesideGoodFile().reasonsById()).containsEntry("foto.html", "binary content, not text");
    }

    @Test
    void fiftyMegabytePageIsRejectedBySizeWithoutBeingRead() throws IOException {
        writeLargeText(dir.resolve("raksasa.html"), 50L * 1024 * 1024);

        assertThat(ingestBesideGoodFile().reasonsById())
                .containsEntry("raksasa.html", "page too large: 52.4 MB > 16 MB limit");
    }

    @Test
    void compressedPageOverTheLimitIsCutOffWhileDecompressing() throws IOException {
        Path big = writeLargeText(dir.resolve("plain"), 3_000_000);
        write(dir, "bom.html.gz", TestInputs.gzip(Files.readAllBytes(big)));
        Files.delete(big);

        assertThat(ingestBesideGoodFile(new IngestLimits(1_000_000, 1_000_000)).reasonsById())
                .containsEntry("bom.html.gz", "page too large: over the 1 MB limit once decompressed");
    }

    @Test
    void invalidUtf8IsDecodedNotFatal() throws IOException {
        byte[] bytes = TestInputs.concat(List.of("Harga cabai naik 5".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xc3, (byte) 0x28, (byte) 0xff}, " persen di Pasar Senen.".getBytes()));
        write(dir, "rusak.txt", bytes);

        CollectingSink sink = ingestBesideGoodFile();

        SourceDocument page = sink.accepted.stream().filter(d -> d.id().equals("rusak.txt")).findFirst().orElseThrow();
        assertThat(page.content()).startsWith("Harga cabai naik 5").endsWith(" persen di Pasar Senen.");
        assertThat(sink.rejected).isEmpty();
    }

    @Test
    void truncatedGzipPageIsRejected() throws IOException {
        byte[] packed = TestInputs.gzip(fixture("articles/kumparan-zulkifli.html"));
        write(dir, "terpotong.html.gz", Arrays.copyOf(packed, packed.length / 2));

        assertThat(ingestBesideGoodFile().reasonsById()).containsEntry("terpotong.html.gz", "truncated gzip");
    }

    @Test
    void gzipCutInsideItsHeaderIsRejectedAsTruncated() throws IOException {
        write(dir, "kepala.txt.gz", new byte[] {0x1f, (byte) 0x8b, 8});

        assertThat(ingestBesideGoodFile().reasonsById()).containsEntry("kepala.txt.gz", "truncated gzip");
    }

    @Test
    void corruptZstdIsRejected() throws IOException {
        byte[] packed = TestInputs.zstd(fixture("articles/kumparan-zulkifli.html"));
        for (int i = 12; i < 30; i++) {
            packed[i] ^= 0x5a;
        }
        write(dir, "rusak.html.zst", packed);

        assertThat(ingestBesideGoodFile().reasonsById().get("rusak.html.zst")).matches("(corrupt|truncated) zstd.*");
    }

    @Test
    void truncatedGzipJsonLinesKeepTheLinesBeforeTheCut() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            lines.append("{\"id\": \"antara-").append(i).append("\", \"text\": \"Gempa magnitudo ").append(i % 7)
                    .append(",2 mengguncang Maluku Tengah, Senin (1/1) pukul ").append(i % 24).append(".00 WIT.\"}\n");
        }
        byte[] packed = TestInputs.gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        write(dir, "antara.jsonl.gz", Arrays.copyOf(packed, packed.length * 2 / 3));

        CollectingSink sink = ingestBesideGoodFile();

        assertThat(sink.acceptedIds()).contains("antara-1", "antara-100");
        assertThat(sink.acceptedIds().size()).isBetween(100, 2000);
        assertThat(sink.reasonsById().get("antara.jsonl.gz")).matches("truncated gzip \\(read \\d+ lines\\)");
    }

    @Test
    void malformedWarcRecord() throws IOException {
        byte[] good = TestInputs.warcResponse("https://www.antaranews.com/berita/1", 200, "text/html",
                TestInputs.html("Banjir", "Banjir merendam 30 kelurahan.").getBytes());
        byte[] broken = "WARC/1.0\r\nWARC-Type: response\r\n\r\n".getBytes();
        write(dir, "crawl.warc", TestInputs.concat(List.of(broken, good)));

        CollectingSink sink = ingestBesideGoodFile();

        assertThat(sink.acceptedIds()).contains("https://www.antaranews.com/berita/1");
        assertThat(sink.reasonsById()).containsEntry("crawl.warc@0",
                "malformed WARC record at offset 0: no Content-Length");
    }

    @Test
    void jsonLineThatIsNotJson() throws IOException {
        write(dir, "berita.jsonl", "{\"id\": \"a\", \"text\": \"Gempa mengguncang Maluku.\"}\n{\"id\": \"b\", \"text\": \n");

        CollectingSink sink = ingestBesideGoodFile();

        assertThat(sink.acceptedIds()).contains("a");
        assertThat(sink.reasonsById().get("berita.jsonl:2")).startsWith("not JSON: ");
    }

    @Test
    void fileWithoutReadPermission() throws IOException {
        Path locked = write(dir, "terkunci.txt", "Rahasia negara.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "the superuser reads any file; covered by brokenLink");

        assertThat(ingestBesideGoodFile().reasonsById()).containsEntry("terkunci.txt", "cannot read: permission denied");
    }

    @Test
    void brokenLink() throws IOException {
        Files.createSymbolicLink(dir.resolve("hilang.html"), dir.resolve("tidak-ada.html"));

        assertThat(ingestBesideGoodFile().reasonsById()).containsEntry("hilang.html", "cannot read: broken link");
    }

    @Test
    void linkLoopIsReportedOnce() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("arsip"));
        Files.createSymbolicLink(folder.resolve("lagi"), folder);

        assertThat(ingestBesideGoodFile().reasonsById()).containsExactly(
                java.util.Map.entry("arsip/lagi", "cannot read: link loop"));
    }

    @Test
    void namedPipeIsRejectedNotWaitedOn() throws Exception {
        Path pipe = dir.resolve("antrian.txt");
        assumeTrue(makeNamedPipe(pipe), "mkfifo is not available");

        assertThat(ingestBesideGoodFile().reasonsById()).containsEntry("antrian.txt", "cannot read: not a regular file");
    }

    private static boolean makeNamedPipe(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException noMkfifo) {
            return false;
        }
    }

    @Test
    void missingInput() {
        CollectingSink sink = new CollectingSink();

        new Ingestor().ingest(List.of(dir.resolve("tidak-ada")), sink);

        assertThat(sink.rejected).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("cannot read: no such file or folder"));
    }

    @Test
    void deeplyNestedHtmlIsPassedThroughToTheExtractor() throws IOException {
        String deep = "<html><body>" + "<div>".repeat(10_000) + "Banjir merendam Jakarta." + "</div>".repeat(10_000)
                + "</body></html>";
        write(dir, "dalam.html", deep);

        CollectingSink sink = ingestBesideGoodFile();

        assertThat(sink.accepted).filteredOn(d -> d.id().equals("dalam.html"))
                .singleElement().satisfies(d -> assertThat(d.content()).isEqualTo(deep));
    }
}
