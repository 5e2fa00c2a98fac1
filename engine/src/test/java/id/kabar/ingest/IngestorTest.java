package id.kabar.ingest;

import static id.kabar.ingest.TestInputs.fixture;
import static id.kabar.ingest.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import id.kabar.model.Rejection;

import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import id.kabar.testing.CapturedLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    @TempDir
    Path dir;

    private CollectingSink ingest(Path... inputs) {
        CollectingSink sink = new CollectingSink();
        new Ingestor().ingest(List.of(inputs), sink);
        return sink;
    }

    @Test
    void folderFilesAreIdentifiedByTheirPathUnderTheFolderInSortedOrder() throws Exception {
        Path input = dir.resolve("scrape");
        write(input, "suara/b.txt", fixture("articles/suara-james-bond.txt"));
        write(input, "kumparan/page-1.html", fixture("articles/kumparan-zulkifli.html"));
        write(input, "a.txt", fixture("articles/suara-james-bond.txt"));
        Path direct = write(dir, "given/direct.html", fixture("articles/kumparan-zulkifli.html"));

        CollectingSink sink = ingest(input, direct);

        assertThat(sink.acceptedIds()).containsExactly("a.txt", "kumparan/page-1.html", "suara/b.txt", "direct.html");
        assertThat(sink.accepted.get(1).format()).isEqualTo(SourceFormat.HTML);
        assertThat(sink.accepted.get(2).format()).isEqualTo(SourceFormat.TEXT);
        assertThat(sink.accepted.get(2).content()).startsWith("Bocor, James Bond Nikah di Sekuel Terbaru");
        assertThat(sink.rejected).isEmpty();
    }

    @Test
    void gzipAndZstdVariantsReadLikeThePlainFile() throws Exception {
        byte[] page = fixture("articles/kumparan-zulkifli.html");
        write(dir, "plain.html", page);
        write(dir, "packed.html.gz", TestInputs.gzip(page));
        write(dir, "packed.html.zst", TestInputs.zstd(page));
        write(dir, "feed.xml.zst", TestInputs.zstd(fixture("feed-atom.xml")));
        write(dir, "lines.jsonl.gz", TestInputs.gzip(fixture("articles.jsonl")));

        CollectingSink sink = ingest(dir);

        List<SourceDocument> pages = sink.accepted.stream()
                .filter(d -> d.id().startsWith("p")).toList();
        assertThat(pages).extracting(SourceDocument::id)
                .containsExactly("packed.html.gz", "packed.html.zst", "plain.html");
        assertThat(pages).extracting(SourceDocument::content).containsOnly(new String(page, "UTF-8"));
        assertThat(pages).extracting(SourceDocument::format).containsOnly(SourceFormat.HTML);
        assertThat(sink.acceptedIds()).contains(
                "https://kumparan.com/ananda-wardhiati-teresia/ketua-mpr-mustahil-transportasi-tradisional-dan-online-bersaing-bebas",
                "suara-2017-09-06-bond");
    }

    @Test
    void contentDecidesWhenTheExtensionLies() throws Exception {
        write(dir, "feed.txt", fixture("feed-atom.xml"));
        write(dir, "page.txt", TestInputs.html("Banjir Bekasi", "Banjir merendam 12 perumahan di Bekasi, Sabtu (4/1)."));
        write(dir, "lines.txt", "{\"id\": \"antara-1\", \"text\": \"Gempa magnitudo 5,2 mengguncang Maluku.\"}\n");
        write(dir, "archive.html", TestInputs.warcResponse("https://www.suara.com/news/1", 200, "text/html",
                TestInputs.html("Banjir Jakarta", "Banjir merendam 30 kelurahan.").getBytes()));
        write(dir, "noextension", TestInputs.gzip(fixture("articles/suara-james-bond.txt")));

        CollectingSink sink = ingest(dir);

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.accepted).extracting(d -> d.id() + " " + d.format()).containsExactly(
                "https://www.suara.com/news/1 HTML",
                "https://kumparan.com/ananda-wardhiati-teresia/ketua-mpr-mustahil-transportasi-tradisional-dan-online-bersaing-bebas HTML",
                "antara-1 TEXT",
                "noextension TEXT",
                "page.txt HTML");
    }

    @Test
    void repeatedIdIsRejectedNotOverwritten() throws Exception {
        byte[] page = fixture("articles/suara-james-bond.txt");
        Path first = write(dir, "one/bond.txt", page);
        Path second = write(dir, "two/bond.txt", "Teks lain dengan nama berkas yang sama.".getBytes());

        CollectingSink sink = ingest(first, second);

        assertThat(sink.only().content()).startsWith("Bocor, James Bond");
        assertThat(sink.rejected).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("bond.txt");
            assertThat(r.reason()).startsWith("duplicate id");
        });
    }

    @Test
    void textWithoutExtensionIsReadAsText() throws Exception {
        Path file = write(dir, "README", "Jakarta - Hujan deras mengguyur ibu kota sejak pagi.");

        assertThat(ingest(file).only().format()).isEqualTo(SourceFormat.TEXT);
    }

    /**
     * Ids are what the pages and the API look articles up by, so control characters in them (a newline pasted
     * into a JSONL id or url) are dropped at ingest; two ids that differ only by them are one id.
     */
    @Test
    void controlCharactersAreDroppedFromIds() throws Exception {
        String text = "Banjir merendam 12 desa di Demak.";
        write(dir, "lines.jsonl", "{\"id\": \"antara/banjir\\n-demak.html\", \"text\": \"" + text + "\"}\n"
                + "{\"url\": \"https://www.antaranews.com/berita/\\u0007123\", \"text\": \"" + text + "\"}\n"
                + "{\"id\": \"antara/banjir-demak\\t.html\", \"text\": \"" + text + "\"}\n");

        CollectingSink sink = ingest(dir);

        assertThat(sink.acceptedIds()).containsExactly("antara/banjir-demak.html", "https://www.antaranews.com/berita/123");
        assertThat(sink.rejected).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("antara/banjir-demak.html");
            assertThat(r.reason()).startsWith("duplicate id");
        });
    }

    @Test
    void aFaultWhileReadingAFileIsLoggedAsAWarningWithTheFileIdAndItsTrace() throws Exception {
        Path input = dir.resolve("scrape");
        write(input, "suara/b.txt", fixture("articles/suara-james-bond.txt"));
        List<Rejection> rejected = new ArrayList<>();
        IngestSink failing = new IngestSink() {
            @Override
            public void accept(SourceDocument document) {
                throw new IllegalStateException("sink fault");
            }

            @Override
            public void reject(Rejection rejection) {
                rejected.add(rejection);
            }
        };

        try (CapturedLog log = CapturedLog.of(Ingestor.class)) {
            new Ingestor().ingest(List.of(input), failing);

            assertThat(rejected).extracting(Rejection::reason)
                    .containsExactly("could not read: java.lang.IllegalStateException: sink fault");
            assertThat(log.events()).singleElement().satisfies(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.WARN);
                assertThat(e.getFormattedMessage()).isEqualTo("input suara/b.txt could not be read");
                assertThat(e.getThrowableProxy().getMessage()).isEqualTo("sink fault");
                assertThat(e.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
            });
        }
    }

    @Test
    void aDamagedFileIsLoggedAtDebugWithItsCause() throws Exception {
        byte[] packed = TestInputs.gzip(fixture("articles/kumparan-zulkifli.html"));
        write(dir, "terpotong.html.gz", Arrays.copyOf(packed, packed.length / 2));

        try (CapturedLog log = CapturedLog.of(Ingestor.class)) {
            ingest(dir);

            assertThat(log.events()).singleElement().satisfies(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
                assertThat(e.getFormattedMessage()).isEqualTo("input terpotong.html.gz rejected: truncated gzip");
                assertThat(e.getThrowableProxy()).isNotNull();
            });
        }
    }
}
