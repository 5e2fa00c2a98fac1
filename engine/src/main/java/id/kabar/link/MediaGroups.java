package id.kabar.link;

import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The media groups outlets belong to (resource {@code media-groups.txt}): a group's outlets carry each other's
 * texts, outlets of different groups share one only when both post a press release or an agency report.
 */
final class MediaGroups {
    private static final Map<String, Integer> GROUP_BY_OUTLET = load(WordLists.read(MediaGroups.class, "media-groups.txt"));

    private MediaGroups() {
    }

    /**
     * Whether two outlet keys ({@link ArticleProfiler#outletKey}) name different outlets of different media groups:
     * an outlet listed nowhere is a group of its own; an unknown outlet (null) may belong to any.
     */
    static boolean apart(String outletA, String outletB) {
        if (outletA == null || outletB == null || outletA.equals(outletB)) {
            return false;
        }
        Integer a = GROUP_BY_OUTLET.get(outletA);
        return a == null || !a.equals(GROUP_BY_OUTLET.get(outletB));
    }

    static Map<String, Integer> load(List<String> lines) {
        Map<String, Integer> groups = new HashMap<>();
        for (int g = 0; g < lines.size(); g++) {
            for (String site : Whitespace.split(lines.get(g))) {
                groups.put(ArticleProfiler.outletKey(site), g);
                int dot = site.indexOf('.');
                if (dot > 0) {
                    groups.put(ArticleProfiler.outletKey(site.substring(0, dot)), g);
                }
            }
        }
        return Map.copyOf(groups);
    }
}
