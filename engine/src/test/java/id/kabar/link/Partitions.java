package id.kabar.link;

import id.kabar.model.ArticleLinks;
import id.kabar.model.LinkedCorpus;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/** The groupings of a linked corpus as sets of article-id sets: what must not depend on arrival order. */
final class Partitions {
    private Partitions() {
    }

    static Set<Set<String>> events(LinkedCorpus c) {
        return of(c, (id, l) -> l.event());
    }

    static Set<Set<String>> stories(LinkedCorpus c) {
        return of(c, (id, l) -> l.story());
    }

    /** Each original with its copies. */
    static Set<Set<String>> copies(LinkedCorpus c) {
        return of(c, (id, l) -> l.duplicateOf() == null ? id : l.duplicateOf());
    }

    private static Set<Set<String>> of(LinkedCorpus c, BiFunction<String, ArticleLinks, String> label) {
        Map<String, Set<String>> groups = new HashMap<>();
        c.links().forEach((id, l) -> groups.computeIfAbsent(label.apply(id, l), k -> new TreeSet<>()).add(id));
        return new HashSet<>(groups.values());
    }
}
