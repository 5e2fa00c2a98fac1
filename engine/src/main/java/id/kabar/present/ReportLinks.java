package id.kabar.present;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links inside the single-file report: the stories and articles it shows are anchors on the same page; the
 * others are the store's pages on {@code kabar serve} when the run has a store, and no link without one. There
 * is no search or language switch in a static file.
 */
public final class ReportLinks implements Links {
    private final Map<String, String> articleAnchors = new HashMap<>();
    private final Set<String> storiesShown;
    private final URI site;

    /**
     * Article ids may hold any character, so anchors are numbered in report order.
     *
     * @param site the address of {@code kabar serve} on the run's store, or null
     */
    public ReportLinks(List<String> articleIds, Collection<String> storyIds, URI site) {
        for (String id : articleIds) {
            articleAnchors.putIfAbsent(id, "article-" + (articleAnchors.size() + 1));
        }
        this.storiesShown = new HashSet<>(storyIds);
        this.site = site;
    }

    public String articleAnchor(String id) {
        return articleAnchors.get(id);
    }

    @Override
    public String home() {
        return site == null ? "#" : onSite("/", null, null);
    }

    @Override
    public String story(String id) {
        return storiesShown.contains(id) ? "#story-" + id : onSite("/story", "id", id);
    }

    @Override
    public String article(String id) {
        String anchor = articleAnchors.get(id);
        return anchor != null ? "#" + anchor : onSite("/article", "id", id);
    }

    @Override
    public String person(String name) {
        return onSite("/person", "name", name);
    }

    @Override
    public String fact(String articleId, String kind, int index) {
        String page = onSite("/article", "id", articleId);
        return page == null ? null : page + "#" + kind + "-" + index;
    }

    @Override
    public String otherLanguage() {
        return null;
    }

    @Override
    public String search() {
        return null;
    }

    @Override
    public String figures() {
        return onSite("/figures", null, null);
    }

    @Override
    public String quotes() {
        return onSite("/quotes", null, null);
    }

    @Override
    public String people() {
        return onSite("/people", null, null);
    }

    @Override
    public String asset(String name) {
        return null;
    }

    /** A page of the store's server (its routes take ids as query parameters), or null without a store. */
    private String onSite(String path, String parameter, String value) {
        if (site == null) {
            return null;
        }
        String base = site.toString().replaceAll("/+$", "");
        return parameter == null ? base + path
                : base + path + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
