package id.kabar.pipeline;

import id.kabar.link.Linker;
import id.kabar.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries the linker from one run into a store to the next, so new articles are linked against
 * everything stored before. The linker keeps its segments in the store's {@link Store#linkerDir()}; a
 * checkpoint appends to them what arrived since the last one, so it is saved every {@link #SAVE_AFTER}
 * new articles whatever the store's size, and a restored linker re-adds the articles stored after it.
 */
final class LinkerCheckpoint {
    private static final Logger LOG = LoggerFactory.getLogger(LinkerCheckpoint.class);
    /**
     * Save once this many articles arrived since the last save: each save syncs the segments (a few file
     * syncs), and a run killed between saves links at most this many articles again.
     */
    private static final int SAVE_AFTER = 1024;

    private int sinceSave;

    static Linker restore(Store store) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        byte[] state = store.linkerState();
        Linker linker = null;
        int covered = 0;
        if (state != null && state.length > 0) {
            try {
                linker = Linker.restore(store.linkerDir(), state);
                covered = store.linkerStateArticles();
            } catch (IOException | RuntimeException unreadable) {
                // A state from an older or newer engine, or damaged: re-link every stored article instead.
                LOG.info("saved linker state cannot be read ({}); linking the stored articles again", unreadable.toString());
                LOG.debug("unreadable linker state", unreadable);
            }
        }
        if (linker == null) {
            try {
                linker = Linker.in(store.linkerDir());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        int restored = linker.size();
        store.forEachArticle(covered, linker::add);
        // what a resume costs: the saved articles read back from the segments, then those stored after the state linked
        // again; wall clock and this thread's CPU, the wall clock of a loaded machine being mostly waiting
        LOG.debug("linker of {} articles ({} bytes of segments) restored in {} ms ({} ms of CPU); {} stored after it linked"
                        + " again in {} ms", restored, linker.stateBytes(), (t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000,
                linker.size() - restored, (System.nanoTime() - t1) / 1_000_000);
        return linker;
    }

    /** Counts articles added since the last save. */
    void added(int articles) {
        sinceSave += articles;
    }

    /** The state to commit now, or null to keep the last saved one. */
    byte[] due(Linker linker) {
        return sinceSave >= SAVE_AFTER ? save(linker) : null;
    }

    byte[] save(Linker linker) {
        try {
            long t0 = System.nanoTime();
            long before = linker.stateBytes();
            byte[] head = linker.checkpoint();
            LOG.debug("linker checkpoint of {} articles appended {} bytes in {} ms", linker.size(),
                    linker.stateBytes() - before, (System.nanoTime() - t0) / 1_000_000);
            sinceSave = 0;
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
