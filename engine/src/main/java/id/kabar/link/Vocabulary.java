package id.kabar.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stems and entity keys as small integers, so a million article profiles stay compact. */
final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    int idOf(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            id = words.size();
            ids.put(word, id);
            words.add(word);
        }
        return id;
    }

    /** The id of a word already held, -1 for a word never seen (which no profile can hold). */
    int find(String word) {
        Integer id = ids.get(word);
        return id == null ? -1 : id;
    }

    String word(int id) {
        return words.get(id);
    }

    int size() {
        return words.size();
    }

    static Vocabulary of(List<String> words) {
        Vocabulary v = new Vocabulary();
        words.forEach(v::idOf);
        return v;
    }
}
