package id.kabar.server;

import id.kabar.present.Links;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Links between the server's pages, carrying the interface language. Ids travel as query parameters. */
final class WebLinks implements Links {
    private final String language;
    private final String path;
    private final Map<String, String> query;

    /** Links as seen from the page at {@code path} with {@code query} (for the language switch). */
    WebLinks(String language, String path, Map<String, String> query) {
        this.language = language;
        this.path = path;
        this.query = query;
    }

    static String url(String path, Map<String, String> params) {
        StringBuilder b = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getValue() != null) {
                b.append(sep).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return b.toString();
    }

    String page(String path, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>(params);
        if (!"id".equals(language)) {
            all.put("lang", language);
        }
        return url(path, all);
    }

    @Override
    public String home() {
        return page("/", Map.of());
    }

    @Override
    public String story(String id) {
        return page("/story", Map.of("id", id));
    }

    @Override
    public String article(String id) {
        return page("/article", Map.of("id", id));
    }

    @Override
    public String person(String name) {
        return page("/person", Map.of("name", name));
    }

    @Override
    public String fact(String articleId, String kind, int index) {
        return article(articleId) + "#" + kind + "-" + index;
    }

    @Override
    public String otherLanguage() {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put("lang", "en".equals(language) ? "id" : "en");
        return url(path, q);
    }

    @Override
    public String search() {
        return "/search";
    }

    @Override
    public String figures() {
        return page("/figures", Map.of());
    }

    @Override
    public String quotes() {
        return page("/quotes", Map.of());
    }

    @Override
    public String people() {
        return page("/people", Map.of());
    }

    @Override
    public String asset(String name) {
        return StaticAssets.path(name);
    }
}
