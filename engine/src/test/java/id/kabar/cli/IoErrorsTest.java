package id.kabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A folder or port that cannot be used is one line on stderr and a non-zero exit, never a stack trace. */
class IoErrorsTest {
    @TempDir
    Path tmp;

    private Path pages;
    private Path plainFile;

    @BeforeEach
    void inputs() throws Exception {
        pages = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(pages.resolve("demak.txt"), "Banjir merendam 12 desa di Kabupaten Demak, Jawa Tengah, pada Minggu (17/3).");
        plainFile = Files.writeString(tmp.resolve("catatan.txt"), "bukan folder");
    }

    /** The exit code, and stderr as lines. */
    private record Outcome(int exit, List<String> stderr) {
    }

    private static Outcome kabar(Object... args) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = new CommandLine(new Main());
            int exit = cli.execute(Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
            // The fuzz tests' agent, once loaded in this JVM, notes each class it instruments on stderr.
            return new Outcome(exit, captured.toString(StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("INFO: Instrumented ")).toList());
        } finally {
            System.setErr(before);
        }
    }

    @Test
    void anOutputFolderUnderAFileFailsBeforeTheRunInOneLine() {
        Path out = plainFile.resolve("out");

        Outcome outcome = kabar("analyze", pages, "--out", out, "--quiet");

        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.stderr()).containsExactly("kabar: cannot write to --out " + out + ": not a directory");
    }

    @Test
    void aStoreUnderAFileFailsInOneLine() {
        Path store = plainFile.resolve("store");

        Outcome outcome = kabar("analyze", pages, "--store", store, "--quiet");

        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.stderr()).hasSize(1);
        assertThat(outcome.stderr().get(0)).startsWith("kabar: cannot open store " + store + ": ").doesNotContain("Exception");
    }

    @Test
    void aPortInUseFailsInOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            Outcome outcome = kabar("serve", "--store", tmp.resolve("store"), "--port", port);

            assertThat(outcome.exit()).isEqualTo(2);
            assertThat(outcome.stderr()).containsExactly("kabar: cannot listen on 127.0.0.1:" + port + ": address already in use");
        }
    }

    @Test
    void aGlobThatIsNotOneIsAUsageError() {
        Outcome outcome = kabar("analyze", pages, "--out", tmp.resolve("out"), "--include", "[*.txt");

        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.stderr()).hasSize(1);
        assertThat(outcome.stderr().get(0)).startsWith("kabar: --include/--exclude: not a glob: [*.txt");
    }
}
