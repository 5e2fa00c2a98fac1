package id.kabar.server;

import id.kabar.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A store a test class fills, served on a free loopback port for all of its tests, with a client for it:
 * registered as {@code @RegisterExtension static final ServedStore served = ServedStore.filledWith(...)}, it opens
 * before the first test and is closed and deleted after the last.
 */
final class ServedStore implements BeforeAllCallback, AfterAllCallback {
    private final Consumer<Store> fill;
    private final TestHttp http = new TestHttp(() -> server().port());
    private Path dir;
    private Store store;
    private KabarServer server;

    private ServedStore(Consumer<Store> fill) {
        this.fill = fill;
    }

    static ServedStore filledWith(Consumer<Store> fill) {
        return new ServedStore(fill);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("kabar-served-");
        store = Store.open(dir);
        fill.accept(store);
        server = KabarServer.start(store, "127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        deleteTree(dir);
    }

    /** Deletes a folder a test made, with all it holds. */
    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }

    KabarServer server() {
        if (server == null) {
            throw new IllegalStateException("the store is served from before the first test of its class");
        }
        return server;
    }

    TestHttp http() {
        return http;
    }
}
