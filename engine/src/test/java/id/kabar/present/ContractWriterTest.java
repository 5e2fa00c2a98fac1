package id.kabar.present;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.LinkedCorpus;
import id.kabar.model.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractWriterTest {
    @Test
    void eachItemIsOneLineOfItsJsonEscapedAndWhole(@TempDir Path dir) throws IOException {
        // reasons as a run writes them, one with quotes, a dash and an accent beyond ASCII
        List<Rejection> rejected = List.of(new Rejection("pages/a.html", "not an article: \"Baca juga\" – menu"),
                new Rejection("feed.xml#3", "body over 200,000 characters: Café"));
        new ContractWriter().write(dir, List.of(), new LinkedCorpus(Map.of(), List.of()), rejected);

        assertThat(Files.readString(dir.resolve("rejected.jsonl"), StandardCharsets.UTF_8)).isEqualTo(
                "{\"id\":\"pages/a.html\",\"reason\":\"not an article: \\\"Baca juga\\\" – menu\"}\n"
                        + "{\"id\":\"feed.xml#3\",\"reason\":\"body over 200,000 characters: Café\"}\n");
        assertThat(Files.readString(dir.resolve("articles.jsonl"))).isEmpty();
        assertThat(dir.resolve("rejected.jsonl.tmp")).doesNotExist();
    }
}
