package id.kabar.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A look-up in the directory of people and organisations, checked: the names' {@code type} (both when null), the
 * {@code prefix} they start with in any case (all when null), and their order ({@link NameDirectory#SORTS}).
 */
record NameRequest(String type, String prefix, String sort) {
    static final Set<String> PARAMS = Set.of("type", "prefix", "sort");

    static NameRequest read(Params p) {
        String sort = p.oneOf("sort", NameDirectory.SORTS);
        return new NameRequest(p.oneOf("type", NameDirectory.TYPES), p.text("prefix"),
                sort == null ? NameDirectory.BY_ARTICLES : sort);
    }

    /** The parameters as a page's links carry them: the default order left out. */
    Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("prefix", prefix);
        form.put("type", type);
        form.put("sort", NameDirectory.BY_ARTICLES.equals(sort) ? null : sort);
        return form;
    }
}
