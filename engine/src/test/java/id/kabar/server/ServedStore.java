package id.kabar.server;

import id.kabar.store.Store;
import java.nio.file.Path;
import java.util.function.Consumer;

/** A store a test fills, served on a free loopback port, with a client for it; closing it stops both. */
record ServedStore(Store store, KabarServer server, TestHttp http) implements AutoCloseable {

    static ServedStore of(Path dir, Consumer<Store> fill) {
        Store store = Store.open(dir);
        fill.accept(store);
        KabarServer server = KabarServer.start(store, "127.0.0.1", 0);
        return new ServedStore(store, server, new TestHttp(server.port()));
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
