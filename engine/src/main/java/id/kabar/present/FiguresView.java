package id.kabar.present;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures page: the filter form's values (by parameter name; absent ones null), the choices of its menus,
 * one page of claim groups newest first out of {@code total}, what is wrong with the form when something is,
 * and the pager's links.
 */
public record FiguresView(Map<String, String> form, List<String> flags, List<String> categories, int total,
                          List<FigureGroup> groups, String problem, String previous, String next) {
    public FiguresView {
        form = Collections.unmodifiableMap(new LinkedHashMap<>(form));
        flags = List.copyOf(flags);
        categories = List.copyOf(categories);
        groups = List.copyOf(groups);
    }

    public String value(String name) {
        return form.get(name);
    }
}
