package id.kabar.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What a run into a store carries over a kill, committed with each of its batches, so that resuming it ends
 * in the store an uninterrupted run makes: the years its pages fixed so far, the context its later batches
 * are dated in, and the stored articles it replaced that state no date, which it dates from context when it
 * ends (the ones it added are known without it: the stored articles not linked yet).
 *
 * @param years            the run's {@link BatchYears} counts, year to dates
 * @param replacedUnstated the articles the run replaced that state no date, id to source hash
 */
record UnfinishedRun(@JsonProperty("years") Map<Integer, Integer> years,
                     @JsonProperty("replaced_unstated") Map<String, Long> replacedUnstated) {
    private static final ObjectMapper JSON = new ObjectMapper();

    UnfinishedRun {
        years = Map.copyOf(years);
        replacedUnstated = Map.copyOf(replacedUnstated);
    }

    byte[] toBytes() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run the store was committed in the middle of, or null when its last run finished. */
    static UnfinishedRun read(byte[] state) {
        if (state == null) {
            return null;
        }
        try {
            return JSON.readValue(state, UnfinishedRun.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable state of an unfinished run", e);
        }
    }
}
