package id.kabar.cli;

import id.kabar.pipeline.Analysis;
import id.kabar.pipeline.ProgressListener;
import id.kabar.pipeline.StoreRun;
import id.kabar.server.CannotListenException;
import id.kabar.server.KabarServer;
import id.kabar.store.Store;
import id.kabar.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kabar serve [--store DIR] [--port N] [--host H] [INPUT...]}: the web UI and JSON API over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a store: web pages (stories, articles, search, people) and a JSON API under /api.",
                "INPUTs, if given, are analysed into the store first (as kabar analyze --store does)."},
        footer = {"", "Examples:", "  kabar serve --store store",
                "  kabar serve --store store examples/seeds      (analyse the seeds, then serve)",
                "  kabar serve --store store --host 0.0.0.0 --port 8080"})
final class ServeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "files or folders to analyse into the store first")
    List<Path> inputs = List.of();

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "the store folder (created if missing; default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            System.err.println("kabar: --port must be between 0 and 65535");
            return 2;
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                System.err.println("kabar: no such file or folder: " + input);
                return 2;
            }
        }
        try (Store opened = Store.open(store)) {
            if (!inputs.isEmpty()) {
                StoreRun run = new Analysis().runInto(opened, inputs, Analysis.BATCH, ProgressListener.NONE);
                System.err.printf("kabar: %d added, %d replaced, %d unchanged, %d rejected%n",
                        run.added(), run.replaced(), run.unchanged(), run.rejected().size());
            }
            CountDownLatch stopped = new CountDownLatch(1);
            try (KabarServer server = KabarServer.start(opened, host, port)) {
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
                System.err.printf("kabar: serving %d articles from %s on http://%s:%d/%n",
                        opened.articleCount(), store, host, server.port());
                stopped.await();
            }
            return 0;
        } catch (StoreException | CannotListenException e) {
            System.err.println("kabar: " + e.getMessage());
            return 2;
        }
    }
}
