package id.kabar.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IndoSum's tokenised folds written back as the text input an end-to-end run reads. */
class IndoSumCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The opening of a kumparan.com article of the first dev fold, tokenised as the fold holds it. */
    private static final String FOLD_LINE = """
            {"id": "1490674536-mustahil-transportasi-tradisional-dan-online-bersa", "source": "kumparan",
             "source_url": "https://kumparan.com/ananda-wardhiati-teresia/ketua-mpr-mustahil-transportasi-tradisional-dan-online-bersaing-bebas",
             "paragraphs": [[["Ketua", "MPR", "Zulkifli", "Hasan", "menyesalkan", "kisruh", "."],
                             ["Zulkifli", "menyarankan", "adanya", "pertemuan", "bersama", "antara", "pemerintah", ",",
                              "pelaku", "transportasi", "online", "dan", "transportasi", "tradisional", "."]],
                            [["Zulkifli", "menilai", "aturan", "(", "tarif", ")", "tidak", "adil", "."]]]}
            """.replace("\n", "");

    @Test
    void writesEachArticleAsIdAddressAndReadableTextWithNoDate(@TempDir Path dir) throws Exception {
        Path fold = dir.resolve("dev.01.jsonl");
        Files.writeString(fold, FOLD_LINE + "\n", StandardCharsets.UTF_8);
        Path text = dir.resolve("indosum-dev.jsonl");

        IndoSumCorpus.writeText(IndoSumCorpus.read(List.of(fold)), text);

        List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        JsonNode line = JSON.readTree(lines.get(0));
        assertThat(line.path("id").asText()).isEqualTo("1490674536-mustahil-transportasi-tradisional-dan-online-bersa");
        assertThat(line.path("url").asText()).startsWith("https://kumparan.com/ananda-wardhiati-teresia/");
        assertThat(line.path("text").asText()).isEqualTo("Ketua MPR Zulkifli Hasan menyesalkan kisruh. Zulkifli menyarankan"
                + " adanya pertemuan bersama antara pemerintah, pelaku transportasi online dan transportasi tradisional."
                + "\n\nZulkifli menilai aturan (tarif) tidak adil.");
        assertThat(line.has("published")).isFalse();
    }
}
