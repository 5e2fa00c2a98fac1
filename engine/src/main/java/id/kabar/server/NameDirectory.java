package id.kabar.server;

import id.kabar.annotate.entity.Gazetteer;
import id.kabar.model.EntityType;
import id.kabar.present.NameEntry;
import id.kabar.store.SearchResult;
import id.kabar.store.Store;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The people and organisations the store's articles name, with their counts: built from the index's counts once
 * per commit, in both orders and for each kind, so that a request without a prefix only takes a page of a ready
 * list; one with a prefix finds its names with a binary search and orders only those. The names one person or
 * organisation is written by are one entry: the listed other names of the language layer ({@code Jokowi} is
 * {@code Joko Widodo}) and the same name in another case, under the most named spelling.
 */
final class NameDirectory {
    static final String PERSON = "person";
    static final String ORGANISATION = "organisation";
    static final List<String> TYPES = List.of(PERSON, ORGANISATION);
    static final String BY_ARTICLES = "articles";
    static final String BY_NAME = "name";
    static final List<String> SORTS = List.of(BY_ARTICLES, BY_NAME);
    /** The key of the list of both kinds. */
    private static final String BOTH = "";
    private static final Comparator<NameEntry> BY_FOLDED_NAME = Comparator.comparing((NameEntry e) -> fold(e.name()))
            .thenComparing(NameEntry::type);
    private static final Comparator<NameEntry> MOST_NAMED = Comparator.comparingLong(NameEntry::articles).reversed()
            .thenComparing(BY_FOLDED_NAME);

    private final Store store;
    private final AtomicReference<Built> built = new AtomicReference<>();

    /**
     * One kind's names (or both kinds'): by name with their folded keys, most named first, and by the key of each
     * name an entry stands for.
     */
    private record Sorted(List<NameEntry> byName, String[] keys, List<NameEntry> byArticles, Map<String, NameEntry> byEntryKey) {
        static Sorted of(List<NameEntry> entries, EntityType kind) {
            List<NameEntry> byName = entries.stream().sorted(BY_FOLDED_NAME).toList();
            Map<String, NameEntry> byEntryKey = new HashMap<>();
            if (kind != null) {
                entries.forEach(e -> byEntryKey.put(entryKey(e.name(), kind), e));
            }
            return new Sorted(byName, byName.stream().map(e -> fold(e.name())).toArray(String[]::new),
                    entries.stream().sorted(MOST_NAMED).toList(), byEntryKey);
        }
    }

    /** The lists, and the store's lists they were built from (the same until the store's next commit). */
    private record Built(List<SearchResult.FacetCount> people, List<SearchResult.FacetCount> organisations,
                         Map<String, Sorted> byType) {
    }

    NameDirectory(Store store) {
        this.store = store;
    }

    /** The names of {@code type} (both when null) that start with {@code prefix} in any case (all when null). */
    List<NameEntry> find(String type, String prefix, String sort) {
        Sorted names = current().byType().get(type == null ? BOTH : type);
        boolean byArticles = BY_ARTICLES.equals(sort);
        if (prefix == null) {
            return byArticles ? names.byArticles() : names.byName();
        }
        String key = fold(prefix);
        int from = insertionPoint(names.keys(), key);
        int to = insertionPoint(names.keys(), key + Character.MAX_VALUE);
        List<NameEntry> found = names.byName().subList(from, to);
        return byArticles ? found.stream().sorted(MOST_NAMED).toList() : found;
    }

    /** The first place in {@code keys} (sorted) whose key is not before {@code key}. */
    private static int insertionPoint(String[] keys, String key) {
        int i = Arrays.binarySearch(keys, key);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && keys[i - 1].equals(key)) {
            i--;
        }
        return i;
    }

    private Built current() {
        List<SearchResult.FacetCount> people = store.names(EntityType.PER);
        List<SearchResult.FacetCount> organisations = store.names(EntityType.ORG);
        Built b = built.get();
        if (b != null && b.people() == people && b.organisations() == organisations) {
            return b;
        }
        Map<String, Long> quoted = new HashMap<>();
        store.speakers().forEach(s -> quoted.put(s.value(), s.count()));
        List<NameEntry> persons = entries(people, PERSON, quoted);
        List<NameEntry> orgs = entries(organisations, ORGANISATION, quoted);
        List<NameEntry> both = new ArrayList<>(persons);
        both.addAll(orgs);
        b = new Built(people, organisations, Map.of(PERSON, Sorted.of(persons, EntityType.PER),
                ORGANISATION, Sorted.of(orgs, EntityType.ORG), BOTH, Sorted.of(both, null)));
        built.set(b);
        return b;
    }

    /** The entry of {@code type} that {@code name} is written for, or null when the store names no such one. */
    NameEntry entryOf(String type, String name) {
        return current().byType().get(type).byEntryKey().get(entryKey(name, kind(type)));
    }

    private static EntityType kind(String type) {
        return ORGANISATION.equals(type) ? EntityType.ORG : EntityType.PER;
    }

    private static List<NameEntry> entries(List<SearchResult.FacetCount> counts, String type, Map<String, Long> quoted) {
        EntityType kind = kind(type);
        Map<String, List<SearchResult.FacetCount>> byEntry = new LinkedHashMap<>();
        for (SearchResult.FacetCount c : counts) {
            byEntry.computeIfAbsent(entryKey(c.value(), kind), k -> new ArrayList<>()).add(c);
        }
        List<NameEntry> entries = new ArrayList<>(byEntry.size());
        for (List<SearchResult.FacetCount> spellings : byEntry.values()) {
            spellings.sort(Comparator.comparingLong(SearchResult.FacetCount::count).reversed()
                    .thenComparing(SearchResult.FacetCount::value));
            long articles = 0;
            long quotedIn = 0;
            List<String> alsoAs = new ArrayList<>();
            for (SearchResult.FacetCount c : spellings) {
                articles += c.count();
                quotedIn += quoted.getOrDefault(c.value(), 0L);
                if (c != spellings.get(0)) {
                    alsoAs.add(c.value());
                }
            }
            entries.add(new NameEntry(spellings.get(0).value(), type, articles, quotedIn, alsoAs));
        }
        return entries;
    }

    /** One key for the names of one entry: the listed canonical name when the language layer lists it, folded. */
    private static String entryKey(String name, EntityType kind) {
        Gazetteer.Name listed = Gazetteer.standard().lookup(name);
        return fold(listed != null && listed.type() == kind ? listed.canonical() : name);
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
