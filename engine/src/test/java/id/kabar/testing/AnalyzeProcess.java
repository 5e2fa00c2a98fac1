package id.kabar.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real {@code kabar analyze} process: run to its end, or killed with SIGKILL once its store has reached a commit. */
public final class AnalyzeProcess {
    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");
    private static final long RUN_LIMIT_SECONDS = 120;

    private AnalyzeProcess() {
    }

    /**
     * Runs {@code kabar analyze PAGES --store STORE --batch BATCH} in a child JVM and kills it as soon as the
     * store's manifest names commit {@code seq}; fails if the child ended before that.
     */
    public static void killAtCommit(Path pages, Path storeDir, int batch, long seq, Path log)
            throws IOException, InterruptedException {
        Process child = new ProcessBuilder(javaCommand(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "id.kabar.cli.Main", "analyze", pages.toString(), "--store", storeDir.toString(),
                "--batch", String.valueOf(batch), "--quiet")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean killedWhileRunning = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_LIMIT_SECONDS);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (committedSeq(storeDir) >= seq) {
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of files
                killedWhileRunning = true;
                break;
            }
            Thread.sleep(2);
        }
        child.waitFor(30, TimeUnit.SECONDS);
        if (!killedWhileRunning) {
            throw new AssertionError("the child was not running at commit " + seq + "; log: "
                    + (Files.exists(log) ? Files.readString(log) : ""));
        }
    }

    /**
     * Runs {@code kabar analyze PAGES --out OUT} in a child JVM started with {@code jvmOptions} and waits for it;
     * fails if it does not end well within the run limit or ends with an error.
     */
    public static void runToEnd(Path pages, Path out, Path log, String... jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx256m"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "id.kabar.cli.Main", "analyze",
                pages.toString(), "--out", out.toString(), "--quiet"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS) || child.exitValue() != 0) {
            child.destroyForcibly();
            throw new AssertionError("the child did not end well; log: " + Files.readString(log));
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long committedSeq(Path storeDir) {
        try {
            Matcher m = SEQ.matcher(Files.readString(storeDir.resolve("MANIFEST")));
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        } catch (IOException notYet) {
            return 0;
        }
    }
}
