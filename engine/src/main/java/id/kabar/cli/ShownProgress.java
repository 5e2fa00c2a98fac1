package id.kabar.cli;

import id.kabar.pipeline.ProgressListener;

/** Progress as the person running the command sees it: a bar on a terminal, log lines otherwise. */
interface ShownProgress extends ProgressListener, AutoCloseable {
    ShownProgress NONE = () -> { };

    @Override
    void close();

    /** A bar when output is a terminal; when it goes to a file or a pipe, a log line now and then; none if unwanted. */
    static ShownProgress open(boolean wanted) {
        if (!wanted) {
            return NONE;
        }
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return terminal ? new TerminalProgress() : new LoggedProgress(System::nanoTime);
    }
}
