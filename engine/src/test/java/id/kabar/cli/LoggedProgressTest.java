package id.kabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import id.kabar.pipeline.Analysis;
import id.kabar.pipeline.ProgressListener;
import id.kabar.testing.CapturedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggedProgressTest {
    private final AtomicLong clock = new AtomicLong(1_000);

    @TempDir
    Path dir;

    @Test
    void logsTheFilesAndPagesOncePerIntervalNotPerPage() {
        try (CapturedLog log = CapturedLog.of(LoggedProgress.class)) {
            LoggedProgress progress = new LoggedProgress(clock::get);
            progress.filesToRead(3);
            progress.fileOpened();
            for (int page = 0; page < 500; page++) {
                progress.pageRead();
                progress.pageDone();
            }
            assertThat(log.events()).isEmpty(); // no time has passed

            clock.addAndGet(LoggedProgress.INTERVAL.toNanos());
            progress.fileOpened();
            progress.pageRead();
            progress.pageDone();
            progress.pageDone();

            assertThat(log.events()).extracting(ILoggingEvent::getFormattedMessage)
                    .containsExactly("analyze: 2 of 3 files opened, 500 pages read, 500 done");
        }
    }

    @Test
    void aRunCountsItsFilesBeforeOpeningThem() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Banjir merendam 12 desa di Kabupaten Demak, Jawa Tengah, pada Minggu (17/3).");
        Files.writeString(dir.resolve("b.txt"), "Banjir merendam 14 desa di Kabupaten Demak, Jawa Tengah, pada Senin (18/3).");
        List<String> told = new ArrayList<>();

        new Analysis().run(List.of(dir), new ProgressListener() {
            @Override
            public void filesToRead(int files) {
                told.add("files " + files);
            }

            @Override
            public void fileOpened() {
                told.add("opened");
            }
        });

        assertThat(told).containsExactly("files 2", "opened", "opened");
    }
}
