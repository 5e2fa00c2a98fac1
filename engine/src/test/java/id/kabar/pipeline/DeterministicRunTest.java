package id.kabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.testing.AnalyzeProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical output in any JVM: two real {@code kabar analyze} processes, one on one
 * core and one on two (so pages are read by different numbers of threads, in different orders), each with its
 * own identity hash codes and map iteration, write the same contract files.
 */
class DeterministicRunTest {
    private static final List<String> SEEDS = List.of("000_86f43b5cfb7fa804.txt", "001_bb5c99d770ea7f4d.txt",
            "002_b460263d79ef5caa.txt", "003_55d644978c1cee49.txt", "004_7ddc2eaf4f871cd2.txt");
    private static final List<String> CONTRACT_FILES = List.of("articles.jsonl", "stories.jsonl", "rejected.jsonl");

    @TempDir
    Path tmp;

    @Test
    void twoJvmsWriteTheSameContractFiles() throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        for (String name : SEEDS) {
            try (InputStream in = DeterministicRunTest.class.getResourceAsStream("/seeds/" + name)) {
                Files.write(pages.resolve(name), in.readAllBytes());
            }
        }
        AnalyzeProcess.runToEnd(pages, tmp.resolve("one"), tmp.resolve("one.log"), "-XX:ActiveProcessorCount=1");
        AnalyzeProcess.runToEnd(pages, tmp.resolve("two"), tmp.resolve("two.log"), "-XX:ActiveProcessorCount=2",
                "-XX:+UseSerialGC");
        for (String file : CONTRACT_FILES) {
            assertThat(bytes(tmp.resolve("two").resolve(file))).as(file).isEqualTo(bytes(tmp.resolve("one").resolve(file)));
        }
        assertThat(Files.readString(tmp.resolve("one").resolve("articles.jsonl")).lines()).hasSize(SEEDS.size());
    }

    private static byte[] bytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }
}
