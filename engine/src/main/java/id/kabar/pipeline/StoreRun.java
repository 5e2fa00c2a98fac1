package id.kabar.pipeline;

import id.kabar.model.LinkedCorpus;
import id.kabar.model.Rejection;
import java.time.Duration;
import java.util.List;

/**
 * What one run into a store did.
 *
 * @param added     articles new to the store
 * @param replaced  stored articles whose page had changed
 * @param unchanged pages skipped because the store already held them as they are
 * @param corpus    the whole store's linked corpus after the run
 */
public record StoreRun(int added, int replaced, int unchanged, List<Rejection> rejected, LinkedCorpus corpus,
                       Duration elapsed) {
    public StoreRun {
        rejected = List.copyOf(rejected);
    }
}
