package id.kabar.server;

import id.kabar.annotate.entity.Gazetteer;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.present.NameEntry;
import id.kabar.store.SearchQuery;
import id.kabar.store.SearchResult;
import id.kabar.store.Store;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a reader's speaker may be quoted under: the name as typed, its listed name ({@code Jokowi} is
 * {@code Joko Widodo}), and the names the corpus itself gives it, found where articles write it: an entity read
 * under that spelling, a person whose name it shortens ({@code Setnov} in an article about {@code Setya Novanto},
 * {@link NameContraction}), or the same name in another case ({@code setya novanto}); and with each of these, the
 * other names the directory counts it under ({@code Jokowi} with {@code Joko Widodo}, {@link NameDirectory}).
 * Quotes carry their speaker's name exactly, so the list matches any of these.
 */
final class SpeakerAliases {
    /**
     * Articles read for a name's spellings: a nickname shows in the first articles that write it, and this many
     * reads keep a request's cost small whatever the store holds.
     */
    static final int EVIDENCE_ARTICLES = 20;

    private final Store store;
    private final NameDirectory directory;

    SpeakerAliases(Store store, NameDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    Set<String> names(String typed) {
        Set<String> names = new LinkedHashSet<>();
        names.add(typed);
        Gazetteer.Name listed = Gazetteer.standard().lookup(typed);
        if (listed != null) {
            names.add(listed.canonical());
        }
        String phrase = "\"" + typed.replace("\"", " ") + "\"";
        SearchResult written = store.search(new SearchQuery(phrase, null, null, null, null, null, null, 0, EVIDENCE_ARTICLES));
        for (SearchResult.Hit hit : written.hits()) {
            store.article(hit.id()).ifPresent(a -> {
                for (Entity e : a.annotations().entities()) {
                    boolean spelt = e.name().equalsIgnoreCase(typed) || e.mentions().stream().anyMatch(typed::equalsIgnoreCase);
                    if (spelt || e.type() == EntityType.PER && NameContraction.shortens(typed, e.name())) {
                        names.add(e.name());
                    }
                }
            });
        }
        for (String name : List.copyOf(names)) {
            NameEntry entry = directory.entryOf(NameDirectory.PERSON, name);
            if (entry != null) {
                names.addAll(entry.names());
            }
        }
        return names;
    }
}
