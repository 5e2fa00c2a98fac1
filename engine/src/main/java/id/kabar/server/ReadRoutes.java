package id.kabar.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/**
 * Registers the server's routes, all of which only read: each answers {@code GET} and, with the same status and
 * headers but no body (Jetty drops it), {@code HEAD}, which link previews and checkers send first.
 */
final class ReadRoutes {
    /** What every route takes; any other method is answered 405 with this list. */
    static final String ALLOWED_METHODS = "GET, HEAD";

    private final RoutesConfig routes;

    ReadRoutes(RoutesConfig routes) {
        this.routes = routes;
    }

    void get(String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }
}
