package id.kabar.ingest;

import static id.kabar.ingest.TestInputs.fixture;
import static id.kabar.ingest.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import id.kabar.model.SourceHints;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    @TempDir
    Path dir;

    private CollectingSink ingest(Path file) {
        CollectingSink sink = new CollectingSink();
        new Ingestor().ingest(List.of(file), sink);
        return sink;
    }

    @Test
    void eachLineIsAnArticleWithItsStatedFactsAsHints() throws Exception {
        CollectingSink sink = ingest(write(dir, "articles.jsonl", fixture("articles.jsonl")));

        SourceDocument bond = sink.accepted.get(0);
        assertThat(bond.id()).isEqualTo("suara-2017-09-06-bond");
        assertThat(bond.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(bond.url()).startsWith("http://www.suara.com/entertainment/2017/09/06/");
        assertThat(bond.hints()).isEqualTo(new SourceHints("Bocor, James Bond Nikah di Sekuel Terbaru", "2017-09-06",
                "Suara.com", List.of("Sumarni")));

        SourceDocument zulkifli = sink.accepted.get(1);
        assertThat(zulkifli.id()).isEqualTo(zulkifli.url()).startsWith("https://kumparan.com/");
        assertThat(zulkifli.format()).isEqualTo(SourceFormat.HTML);
        assertThat(zulkifli.hints().authors()).containsExactly("Ananda Wardhiati Teresia");
        assertThat(zulkifli.hints().title()).isNull();
    }

    @Test
    void aLineThatIsNotJsonIsRejectedByItsLineNumberAndTheRestIsRead() throws Exception {
        CollectingSink sink = ingest(write(dir, "feeds/articles.jsonl", fixture("articles.jsonl")));

        assertThat(sink.accepted).hasSize(2);
        assertThat(sink.reasonsById()).containsOnlyKeys("articles.jsonl:2", "articles.jsonl:5");
        assertThat(sink.reasonsById().get("articles.jsonl:2")).startsWith("not JSON: Unrecognized token 'Ketua'");
        assertThat(sink.reasonsById().get("articles.jsonl:5")).isEqualTo("no text or html field (reads text or html,"
                + " and id, url, title, published, outlet, authors; the line has title, outlet)");
    }

    @Test
    void aLineInAnotherLayoutIsToldWhichFieldsAreReadAndWhichItHas() throws Exception {
        // An IndoSum line: the article as paragraphs of tokens, no text field (shortened from the dev set).
        String indosum = "{\"category\": \"tajuk utama\", \"gold_labels\": [[true, true]], "
                + "\"id\": \"1490674536-mustahil-transportasi-tradisional-dan-online-bersa\", "
                + "\"paragraphs\": [[[\"Ketua\", \"MPR\", \"Zulkifli\", \"Hasan\", \"menyesalkan\", \"kisruh\"]]], "
                + "\"source\": \"kumparan\"}\n";
        CollectingSink sink = ingest(write(dir, "dev.01.jsonl", indosum));

        assertThat(sink.accepted).isEmpty();
        assertThat(sink.reasonsById()).containsExactly(java.util.Map.entry(
                "1490674536-mustahil-transportasi-tradisional-dan-online-bersa",
                "no text or html field (reads text or html, and id, url, title, published, outlet, authors;"
                        + " the line has category, gold_labels, id, paragraphs, source)"));
    }

    @Test
    void trailingGarbageAfterTheObjectIsNotJson() throws Exception {
        Path file = write(dir, "a.jsonl", "{\"id\": \"x\", \"text\": \"Banjir di Bekasi.\"} sisa\n");

        assertThat(ingest(file).reasonsById().get("a.jsonl:1")).startsWith("not JSON:");
    }

    @Test
    void aJsonValueThatIsNotAnObjectIsRejected() throws Exception {
        Path file = write(dir, "a.jsonl", "{\"id\": \"x\", \"text\": \"Banjir di Bekasi.\"}\n[1, 2]\n");

        CollectingSink sink = ingest(file);

        assertThat(sink.acceptedIds()).containsExactly("x");
        assertThat(sink.reasonsById()).containsEntry("a.jsonl:2", "not a JSON object");
    }

    @Test
    void invalidUtf8InALineIsReplacedNotFatal() throws Exception {
        byte[] line = TestInputs.concat(List.of("{\"id\": \"x\", \"text\": \"Harga naik 5".getBytes(),
                new byte[] {(byte) 0xff}, " persen.\"}\n".getBytes()));

        assertThat(ingest(write(dir, "a.jsonl", line)).only().content()).isEqualTo("Harga naik 5\uFFFD persen.");
    }

    @Test
    void aRepeatedIdInTheSameFileIsRejectedAsDuplicate() throws Exception {
        Path file = write(dir, "antara.jsonl", "{\"id\": \"antara-1\", \"text\": \"Gempa mengguncang Maluku.\"}\n"
                + "{\"id\": \"antara-1\", \"text\": \"Gempa susulan mengguncang Maluku.\"}\n");

        CollectingSink sink = ingest(file);

        assertThat(sink.only().content()).isEqualTo("Gempa mengguncang Maluku.");
        assertThat(sink.reasonsById()).containsExactly(java.util.Map.entry("antara-1",
                "duplicate id (first read from antara.jsonl)"));
    }
}
