package id.kabar.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A bar over the files to open, counted before the run; the pages done so far beside it. */
final class TerminalProgress implements ShownProgress {
    private final ProgressBar bar = new ProgressBarBuilder().setTaskName("analyze").setStyle(ProgressBarStyle.ASCII)
            .setInitialMax(0).setUnit(" files", 1).continuousUpdate().build();
    private long pagesDone;

    @Override
    public void filesToRead(int files) {
        bar.maxHint(files);
    }

    @Override
    public void fileOpened() {
        bar.step();
    }

    @Override
    public void pageDone() {
        pagesDone++;
        bar.setExtraMessage(pagesDone + " pages");
    }

    @Override
    public void close() {
        bar.close();
    }
}
