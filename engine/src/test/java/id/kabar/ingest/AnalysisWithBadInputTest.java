package id.kabar.ingest;

import static id.kabar.ingest.TestInputs.fixture;
import static id.kabar.ingest.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Rejection;
import id.kabar.pipeline.Analysis;
import id.kabar.pipeline.AnalysisResult;
import id.kabar.pipeline.ProgressListener;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder mixing every kind of bad input with good files runs through the whole pipeline without stopping. */
class AnalysisWithBadInputTest {
    private static final String WARC_PAGE = "https://www.antaranews.com/berita/1/banjir-jakarta";

    @TempDir
    Path dir;

    @Test
    void everyGoodFileIsAcceptedAndEveryBadOneRejectedWithItsReason() throws Exception {
        Path input = dir.resolve("scrape");
        // Good files, one per format.
        write(input, "suara/bond.txt", fixture("articles/suara-james-bond.txt"));
        write(input, "kumparan/zulkifli.html", fixture("articles/kumparan-zulkifli.html"));
        write(input, "kumparan/zulkifli-copy.html.gz", TestInputs.gzip(fixture("articles/kumparan-zulkifli.html")));
        write(input, "legacy/cp1252.html", ("<html><head><meta charset=\"windows-1252\"></head><body><p>“Kami siaga"
                + " penuh,” kata Kepala BPBD DKI—Jakarta.</p></body></html>").getBytes(Charset.forName("windows-1252")));
        write(input, "utf16.txt", "\uFEFFGempa magnitudo 5,2 mengguncang Maluku Tengah, Senin (1/1)."
                .getBytes(StandardCharsets.UTF_16LE));
        write(input, "feeds/atom.xml.zst", TestInputs.zstd(fixture("feed-atom.xml")));
        write(input, "crawl.warc.gz", TestInputs.gzip(TestInputs.concat(List.of(
                "WARC/1.0\r\nWARC-Type: response\r\n\r\n".getBytes(),
                TestInputs.warcResponse(WARC_PAGE, 200, "text/html",
                        TestInputs.html("Banjir Jakarta", "Banjir merendam 30 kelurahan di Jakarta.").getBytes())))));
        write(input, "lines.jsonl", "{\"id\": \"antara-1\", \"title\": \"Gempa Maluku\", \"text\": \"Gempa magnitudo"
                + " 5,2 mengguncang Maluku Tengah.\"}\nGempa tanpa kurung kurawal\n");
        // Bad files.
        write(input, "empty.html", new byte[0]);
        write(input, "junk.bin", BadInputTest.junk(10_000));
        BadInputTest.writeLargeText(input.resolve("huge.html"), 50L * 1024 * 1024);
        byte[] packed = TestInputs.gzip(fixture("articles/kumparan-zulkifli.html"));
        write(input, "cut.html.gz", Arrays.copyOf(packed, packed.length / 2));
        Files.createSymbolicLink(input.resolve("gone.txt"), input.resolve("nowhere.txt"));
        String deep = "<html><body>" + "<div>".repeat(10_000) + "Banjir." + "</div>".repeat(10_000) + "</body></html>";
        write(input, "deep.html", deep);

        AnalysisResult result = new Analysis().run(List.of(input), ProgressListener.NONE);

        List<String> accepted = result.articles().stream().map(AnnotatedArticle::id).toList();
        Map<String, String> rejected = result.rejected().stream()
                .collect(Collectors.toMap(Rejection::id, Rejection::reason));
        assertThat(accepted).contains("suara/bond.txt", "kumparan/zulkifli.html", "kumparan/zulkifli-copy.html.gz",
                "legacy/cp1252.html", "utf16.txt", "antara-1", WARC_PAGE,
                "https://kumparan.com/ananda-wardhiati-teresia/ketua-mpr-mustahil-transportasi-tradisional-dan-online-bersaing-bebas");
        assertThat(rejected).containsEntry("empty.html", "empty file")
                .containsEntry("junk.bin", "binary content, not text")
                .containsEntry("huge.html", "page too large: 52.4 MB > 16 MB limit")
                .containsEntry("cut.html.gz", "truncated gzip")
                .containsEntry("gone.txt", "cannot read: broken link")
                .containsEntry("crawl.warc.gz@0", "malformed WARC record at offset 0: no Content-Length")
                .containsKey("lines.jsonl:2");
        assertThat(rejected.get("lines.jsonl:2")).startsWith("not JSON: ");
        // The deep page is the extractor's to judge; ingest only has to hand it on, and the run has to survive it.
        assertThat(accepted.contains("deep.html") || rejected.containsKey("deep.html")).isTrue();
        assertThat(result.articles()).filteredOn(a -> a.id().equals("legacy/cp1252.html")).singleElement()
                .satisfies(a -> assertThat(a.article().body()).contains("“Kami siaga penuh,” kata Kepala BPBD DKI—Jakarta."));
    }
}
