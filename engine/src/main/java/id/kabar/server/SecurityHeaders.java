package id.kabar.server;

import id.kabar.present.PageAssets;
import java.util.Map;

/** The headers on every answer: the pages' content security policy, no MIME sniffing, no referrer. */
final class SecurityHeaders {
    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", PageAssets.SERVER_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    private SecurityHeaders() {
    }
}
