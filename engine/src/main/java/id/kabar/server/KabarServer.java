package id.kabar.server;

import id.kabar.present.Pages;
import id.kabar.store.QueryTooCostlyException;
import id.kabar.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.util.JavalinBindException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server over a store: the JSON API under {@code /api} and the web pages. Every answer
 * carries a strict content security policy ({@link SecurityHeaders}), Jetty's own error pages too; scraped
 * text is escaped by the templates.
 */
public final class KabarServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KabarServer.class);
    private static final String ANSWERED = "kabar.answered";

    private final Javalin app;

    private KabarServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving {@code store} on {@code host}:{@code port} (port 0: any free port). */
    public static KabarServer start(Store store, String host, int port) {
        Pages pages = new Pages();
        CorpusViews views = new CorpusViews(store);
        NameDirectory names = new NameDirectory(store);
        ApiRoutes api = new ApiRoutes(store, views, names);
        WebRoutes web = new WebRoutes(store, pages, views, names);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = host;
            cfg.jetty.port = port;
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new SecureErrorHandler()));
            cfg.routes.before(ctx -> SecurityHeaders.ALL.forEach(ctx::header));
            // A known path asked with another method is 405 (with the methods it takes), not "no such page".
            cfg.http.prefer405over404 = true;
            ReadRoutes routes = new ReadRoutes(cfg.routes);
            api.register(routes);
            web.register(routes);
            cfg.routes.exception(RequestError.class, (e, ctx) -> answer(ctx, pages, e.status, e.code(), e.getMessage(), e.parameter));
            cfg.routes.exception(QueryTooCostlyException.class, (e, ctx) -> {
                RequestError refused = RequestError.badParameter("q", e.getMessage());
                answer(ctx, pages, refused.status, refused.code(), refused.getMessage(), refused.parameter);
            });
            cfg.routes.exception(MethodNotAllowedResponse.class, (e, ctx) -> {
                ctx.header("Allow", ReadRoutes.ALLOWED_METHODS);
                answer(ctx, pages, 405, "method_not_allowed", ctx.method() + " is not answered here; use "
                        + ReadRoutes.ALLOWED_METHODS, null);
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.path(), e);
                answer(ctx, pages, 500, "internal_error", "the server could not answer this request", null);
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    answer(ctx, pages, 404, "not_found", "no such page: " + ctx.path(), null);
                }
            });
        });
        try {
            app.start();
        } catch (JavalinBindException e) {
            throw new CannotListenException("cannot listen on " + host + ":" + port + ": " + bindFailure(e), e);
        }
        return new KabarServer(app);
    }

    /** The operating system's reason ("address already in use"), which Javalin wraps in advice of its own. */
    private static String bindFailure(JavalinBindException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String reason = cause.getMessage() != null ? cause.getMessage() : e.getMessage();
        return reason.toLowerCase(java.util.Locale.ROOT);
    }

    private static void answer(Context ctx, Pages pages, int status, String code, String message, String parameter) {
        ctx.attribute(ANSWERED, true);
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            java.util.LinkedHashMap<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("error", code);
            body.put("message", message);
            if (parameter != null) {
                body.put("parameter", parameter);
            }
            ApiRoutes.send(ctx, body);
        } else {
            ctx.html(pages.error(WebRoutes.language(ctx), WebRoutes.links(ctx), status, message));
        }
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
