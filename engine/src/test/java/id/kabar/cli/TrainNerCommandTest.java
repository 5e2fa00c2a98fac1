package id.kabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainNerCommandTest {

    @Test
    void readsTokenisedParagraphsAndGzippedArticleTexts(@TempDir Path dir) throws Exception {
        Path indosum = dir.resolve("dev.01.jsonl");
        Files.writeString(indosum, "{\"paragraphs\": [[[\"Ketua\", \"MPR\", \"Zulkifli\", \"Hasan\", \"menyesalkan\", \"kisruh\", \".\"]]]}\n");
        Path clickid = dir.resolve("week.jsonl.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(clickid));
             Writer out = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
            out.write("{\"id\": \"clickid-okezone-4088\", \"text\": \"Kita selesaikan audisi pada tahun 2019 ini. "
                    + "Dia juga menyampaikan, keputusan itu disesalkan warga.\"}\n");
        }
        List<String[]> sentences = TrainNerCommand.unlabeledSentences(List.of(indosum, clickid));
        assertThat(sentences).hasSize(3);
        assertThat(sentences.get(0)).containsExactly("Ketua", "MPR", "Zulkifli", "Hasan", "menyesalkan", "kisruh", ".");
        assertThat(sentences.get(1)).startsWith("Kita", "selesaikan").endsWith("ini", ".");
        assertThat(sentences.get(2)).startsWith("Dia", "juga", "menyampaikan", ",");
    }
}
