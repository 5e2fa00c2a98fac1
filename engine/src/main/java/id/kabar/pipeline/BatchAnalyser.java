package id.kabar.pipeline;

import id.kabar.model.SourceDocument;
import java.util.List;

/**
 * Runs {@link PageAnalysis} over a batch of pages and returns the outcomes in the batch's order: on this
 * machine's cores by default, on a cluster when a runner supplies its own.
 */
@FunctionalInterface
public interface BatchAnalyser {
    List<PageOutcome> analyse(List<SourceDocument> batch);

    /** The batch spread over this machine's cores. */
    static BatchAnalyser local(PageAnalysis pages) {
        return batch -> batch.parallelStream().map(pages::analyse).toList();
    }
}
