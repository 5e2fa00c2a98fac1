package id.kabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {
    private static final List<String> SEEDS = List.of("000_86f43b5cfb7fa804.txt", "001_bb5c99d770ea7f4d.txt",
            "002_b460263d79ef5caa.txt", "003_55d644978c1cee49.txt", "004_7ddc2eaf4f871cd2.txt");

    @TempDir
    Path tmp;

    private Path seeds() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("seeds"));
        for (String name : SEEDS) {
            try (InputStream in = getClass().getResourceAsStream("/seeds/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }

    private static int kabar(Object... args) {
        return new CommandLine(new Main()).execute(java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
    }

    @Test
    void theContractCommandStillWritesItsFiles() throws IOException {
        Path out = tmp.resolve("out");
        Path seeds = seeds();
        assertThat(kabar("analyze", seeds, "--out", out, "--quiet")).isZero();
        assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(5);
        assertThat(out.resolve("stories.jsonl")).exists();
        assertThat(out.resolve("rejected.jsonl")).exists();
        // the report summarises the run; --report all shows every article too
        assertThat(Files.readString(out.resolve("report.html"))).contains("id=\"story-").doesNotContain("id=\"article-");
        assertThat(kabar("analyze", seeds, "--out", out, "--quiet", "--report", "all")).isZero();
        assertThat(Files.readString(out.resolve("report.html"))).contains("id=\"story-").contains("id=\"article-5\"");
    }

    @Test
    void aStoreGrowsIncrementallyAndSkipsUnchangedPages() throws IOException {
        Path seeds = seeds();
        Path store = tmp.resolve("store");
        assertThat(kabar("analyze", seeds, "--store", store, "--quiet")).isZero();
        String before = Files.readString(seeds.resolve(SEEDS.get(2)));
        // The outlet edits a sentence of its article after publication.
        Files.writeString(seeds.resolve(SEEDS.get(2)), before.replace("Pertemuan tersebut berlangsung", "Pertemuan tertutup itu berlangsung"));
        Path more = Files.createDirectories(tmp.resolve("more"));
        Files.writeString(more.resolve("demak.txt"), "Banjir merendam 12 desa di Kabupaten Demak, Jawa Tengah, pada Minggu (17/3).");
        Path out = tmp.resolve("out");

        assertThat(kabar("analyze", seeds, more, "--store", store, "--out", out, "--quiet")).isZero();

        try (Store opened = Store.open(store)) {
            assertThat(opened.articleCount()).isEqualTo(6);
            assertThat(opened.article(SEEDS.get(2)).orElseThrow().article().body()).contains("Pertemuan tertutup itu berlangsung");
            assertThat(opened.corpusIsCurrent()).isTrue();
            assertThat(opened.corpus().links()).containsKey("demak.txt");
        }
        // With a store, --out holds the whole store: six articles, every one linked.
        List<String> lines = Files.readAllLines(out.resolve("articles.jsonl"));
        assertThat(lines).hasSize(6).allSatisfy(l -> assertThat(l).doesNotContain("\"story\":null"));
        // and the report links to the store's pages as kabar serve shows them
        assertThat(Files.readString(out.resolve("report.html"))).contains("href=\"http://127.0.0.1:7070/article?id=");
    }

    @Test
    void needsAnOutputOrAStore() throws IOException {
        Path seeds = seeds();
        assertThat(kabar("analyze", seeds)).isEqualTo(2);
        assertThat(kabar("analyze", seeds, "--out", tmp.resolve("o"), "--batch", "0")).isEqualTo(2);
        assertThat(kabar("analyze", seeds, "--out", tmp.resolve("o"), "--report", "everything")).isEqualTo(2);
        assertThat(kabar("analyze", seeds, "--store", tmp.resolve("s"), "--site", "javascript:alert(1)")).isEqualTo(2);
    }

    @Test
    void excludedSidecarsAreNotRead() throws IOException {
        Path seeds = seeds();
        Files.writeString(seeds.resolve("000_86f43b5cfb7fa804.json"), "{\"crawled\": \"2019-03-17T08:12:00Z\", \"status\": 200}");
        Path out = tmp.resolve("out");

        assertThat(kabar("analyze", seeds, "--out", out, "--quiet")).isZero();
        assertThat(Files.readString(out.resolve("rejected.jsonl"))).contains("000_86f43b5cfb7fa804.json:1");

        assertThat(kabar("analyze", seeds, "--out", out, "--quiet", "--exclude", "*.json")).isZero();
        assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(5);
        assertThat(Files.readString(out.resolve("rejected.jsonl"))).isEmpty();
    }
}
