package id.kabar.cli;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress where no one watches a bar (a file, a pipe, a scheduler): a log line every so often, none per page. */
final class LoggedProgress implements ShownProgress {
    private static final Logger LOG = LoggerFactory.getLogger(LoggedProgress.class);
    /**
     * A line per ten seconds: the whole CLICK-ID week (about 40 s) logs a handful, a run of hours a few hundred
     * lines, which a log keeps readable; between lines the run cannot look hung for long.
     */
    static final Duration INTERVAL = Duration.ofSeconds(10);

    private final LongSupplier nanoClock;
    private long lastLogged;
    private int files;
    private int filesOpened;
    private long pagesRead;
    private long pagesDone;

    /** {@code nanoClock} as {@link System#nanoTime}: the first line comes one interval after the start. */
    LoggedProgress(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.lastLogged = nanoClock.getAsLong();
    }

    @Override
    public void filesToRead(int count) {
        files = count;
    }

    @Override
    public void fileOpened() {
        filesOpened++;
        logIfDue();
    }

    @Override
    public void pageRead() {
        pagesRead++;
    }

    @Override
    public void pageDone() {
        pagesDone++;
        logIfDue();
    }

    private void logIfDue() {
        long now = nanoClock.getAsLong();
        if (now - lastLogged >= INTERVAL.toNanos()) {
            lastLogged = now;
            LOG.info("analyze: {} of {} files opened, {} pages read, {} done", filesOpened, files, pagesRead, pagesDone);
        }
    }

    @Override
    public void close() {
        // The command's own summary line ends the run.
    }
}
