package id.kabar.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The files the pages load from the server itself ({@code script-src 'self'}): the chart library uPlot from its
 * webjar, its style sheet, and {@code charts.js}, which draws the charts from the data the pages carry. A fixed
 * list, read once: no path of the request reaches the class path.
 */
final class StaticAssets {
    /**
     * Kept, but asked again each time with the tag of the copy held: the files change with the engine, and a
     * newer engine's page must not run an older script; an unchanged file is a 304 without a body.
     */
    private static final String CACHE = "no-cache";
    private static final String UPLOT = "META-INF/resources/webjars/uplot/" + uplotVersion() + "/dist/";

    private record Asset(String type, byte[] bytes, String tag) {
        Asset(String type, byte[] bytes) {
            this(type, bytes, "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "-" + bytes.length + "\"");
        }
    }

    private static final Map<String, Asset> ASSETS = Map.of(
            "uPlot.min.js", new Asset("text/javascript; charset=utf-8", read(UPLOT + "uPlot.iife.min.js")),
            "uPlot.min.css", new Asset("text/css; charset=utf-8", read(UPLOT + "uPlot.min.css")),
            "charts.js", new Asset("text/javascript; charset=utf-8", read("id/kabar/present/charts.js")));

    private StaticAssets() {
    }

    /** The address of one of the assets. */
    static String path(String name) {
        if (!ASSETS.containsKey(name)) {
            throw new IllegalArgumentException(name);
        }
        return "/assets/" + name;
    }

    static void register(ReadRoutes routes) {
        routes.get("/assets/{name}", StaticAssets::serve);
    }

    private static void serve(Context ctx) {
        Params.of(ctx, java.util.Set.of());
        Asset a = ASSETS.get(ctx.pathParam("name"));
        if (a == null) {
            throw RequestError.notFound("no such file: " + ctx.path());
        }
        ctx.header("Cache-Control", CACHE).header("ETag", a.tag());
        if (a.tag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(a.type()).result(a.bytes());
    }

    /** The uPlot version the build pinned, as its webjar names it. */
    private static String uplotVersion() {
        Properties p = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static byte[] read(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the build packs " + name + " with the server");
        }
        return in;
    }
}
