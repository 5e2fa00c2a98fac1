package id.kabar.ingest;

import static id.kabar.ingest.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kabar.model.Rejection;
import id.kabar.model.SourceDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSelectionTest {
    @TempDir
    Path dir;

    /** A scraped folder as collections ship it: each page with its JSON sidecar, and a licence. */
    @BeforeEach
    void scrapedFolder() throws Exception {
        String page = "<html><head><title>Banjir Demak</title></head><body><p>Banjir merendam 12 desa di Kabupaten"
                + " Demak, Jawa Tengah, pada Minggu (17/3).</p></body></html>";
        write(dir, "a.html", page);
        write(dir, "a.json", "{\"crawled\": \"2019-03-17T08:12:00Z\", \"status\": 200}");
        write(dir, "LICENSE", "Creative Commons Attribution 4.0 International");
        write(dir, "2019/b.html", page.replace("12 desa", "14 desa"));
        write(dir, "2019/b.json", "{\"crawled\": \"2019-03-18T07:40:00Z\", \"status\": 200}");
    }

    /** The ids of every file read, as a page or as a rejection. */
    private List<String> read(InputSelection selection, Path... inputs) {
        CollectingSink sink = new CollectingSink();
        new Ingestor(IngestLimits.DEFAULT, selection).ingest(List.of(inputs), sink);
        return Stream.concat(sink.accepted.stream().map(SourceDocument::id), sink.rejected.stream().map(Rejection::id))
                .sorted().toList();
    }

    @Test
    void withoutGlobsTheSidecarsAndTheLicenceAreReadToo() {
        // each sidecar is read as JSON Lines and its one line rejected; the licence is read as a page
        assertThat(read(InputSelection.ALL, dir)).containsExactly("2019/b.html", "2019/b.json:1", "LICENSE", "a.html", "a.json:1");
    }

    @Test
    void anIncludeByNameReadsThePagesAtAnyDepth() {
        assertThat(read(InputSelection.of(List.of("*.html"), List.of()), dir)).containsExactly("2019/b.html", "a.html");
    }

    @Test
    void excludesDropSidecarsAndLicences() {
        assertThat(read(InputSelection.of(List.of(), List.of("*.json", "LICENSE*")), dir))
                .containsExactly("2019/b.html", "a.html");
    }

    @Test
    void aGlobWithAFolderMatchesThePathUnderTheFolderGiven() {
        assertThat(read(InputSelection.of(List.of("2019/*"), List.of("**/*.json")), dir)).containsExactly("2019/b.html");
    }

    @Test
    void aFileNamedAsAnInputIsReadWhateverTheGlobs() {
        assertThat(read(InputSelection.of(List.of("*.html"), List.of()), dir.resolve("a.json"))).containsExactly("a.json:1");
    }

    @Test
    void aGlobThatIsNotOneIsNamed() {
        assertThatThrownBy(() -> InputSelection.of(List.of("[*.html"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a glob: [*.html");
    }
}
