package id.kabar.pipeline;

import id.kabar.link.Linker;
import id.kabar.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        store.forEachArticle(covered, linker::add);
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
            byte[] head = linker.checkpoint();
            sinceSave = 0;
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
