package id.kabar.present;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links inside the single-file report: stories and articles are anchors on the same page. There
 * is no person page, search or language switch in a static file.
 */
public final class ReportLinks implements Links {
    private final Map<String, String> articleAnchors = new HashMap<>();

    /** Article ids may hold any character, so anchors are numbered in report order. */
    public ReportLinks(List<String> articleIds) {
        for (String id : articleIds) {
            articleAnchors.putIfAbsent(id, "article-" + (articleAnchors.size() + 1));
        }
    }

    public String articleAnchor(String id) {
        return articleAnchors.get(id);
    }

    @Override
    public String home() {
        return "#";
    }

    @Override
    public String story(String id) {
        return "#story-" + id;
    }

    @Override
    public String article(String id) {
        String anchor = articleAnchors.get(id);
        return anchor == null ? null : "#" + anchor;
    }

    @Override
    public String person(String name) {
        return null;
    }

    @Override
    public String fact(String articleId, String kind, int index) {
        return null;
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
        return null;
    }

    @Override
    public String quotes() {
        return null;
    }
}
