package id.kabar.present;

import java.util.List;
import java.util.Map;

/** The people and organisations page: its form's values, the names of this page and the links to the pages beside. */
public record DirectoryView(Map<String, String> form, List<String> types, List<String> sorts, long total,
                            List<NameEntry> entries, String previous, String next) {
    public DirectoryView {
        form = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(form));
        types = List.copyOf(types);
        sorts = List.copyOf(sorts);
        entries = List.copyOf(entries);
    }
}
