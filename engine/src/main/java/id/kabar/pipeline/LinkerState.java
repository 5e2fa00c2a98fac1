package id.kabar.pipeline;

import id.kabar.link.Linker;
import id.kabar.store.Store;

/**
 * Carries the linker from one run into a store to the next, so new articles are linked against
 * everything stored before. Until the link stage can write its own state, the saved state is empty
 * and a restored linker is rebuilt by re-adding the stored articles in store order: the same
 * result, at the cost of re-linking.
 */
final class LinkerState {
    private static final byte[] NONE = new byte[0];

    private LinkerState() {
    }

    static byte[] save(Linker linker) {
        return NONE;
    }

    static Linker restore(Store store) {
        Linker linker = new Linker();
        store.forEachArticle(linker::add);
        return linker;
    }
}
