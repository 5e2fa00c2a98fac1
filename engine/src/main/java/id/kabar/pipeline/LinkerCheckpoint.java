package id.kabar.pipeline;

import id.kabar.link.Linker;
import id.kabar.store.Store;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries the linker from one run into a store to the next, so new articles are linked against
 * everything stored before. The state is saved now and then, not at every commit (it grows with
 * the store); a restored linker re-adds the articles stored after its state was saved.
 */
final class LinkerCheckpoint {
    private static final Logger LOG = LoggerFactory.getLogger(LinkerCheckpoint.class);
    /** Save once this many articles (and a tenth of the store) arrived since the last save. */
    private static final int SAVE_AFTER = 1024;

    private int sinceSave;

    static Linker restore(Store store) {
        byte[] state = store.linkerState();
        Linker linker;
        int covered = 0;
        if (state == null || state.length == 0) {
            linker = new Linker();
        } else {
            try {
                linker = Linker.readState(new ByteArrayInputStream(state));
                covered = store.linkerStateArticles();
            } catch (IOException | RuntimeException unreadable) {
                // A state from an older engine: re-link every stored article instead.
                LOG.info("saved linker state cannot be read ({}); linking the stored articles again", unreadable.toString());
                LOG.debug("unreadable linker state", unreadable);
                linker = new Linker();
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
    byte[] due(Linker linker, Store store) {
        return sinceSave >= Math.max(SAVE_AFTER, store.articleCount() / 10) ? save(linker) : null;
    }

    byte[] save(Linker linker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            linker.writeState(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sinceSave = 0;
        return out.toByteArray();
    }
}
