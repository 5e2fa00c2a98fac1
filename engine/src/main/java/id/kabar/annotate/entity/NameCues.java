package id.kabar.annotate.entity;

import id.kabar.lang.RoleWords;
import id.kabar.lang.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kind of name a word around a name points to, read from the language layer's lists, for the tagger's
 * gazetteer features: a person's honorific, title or kin word ({@code Pak}, {@code Presiden}, {@code istri}), an
 * organisation's head, kind or company form ({@code Kementerian}, {@code klub}, {@code Inc}, {@code Ventures}),
 * the kind of a work ({@code film}, {@code novel}) and a place's noun ({@code Kabupaten}). The tagger learns how
 * much each cue, and its absence, tells; no cue decides alone.
 */
final class NameCues {

    /** What a word points to; {@link #NONE} for most words. */
    static final int NONE = 0, PERSON = 1, ORGANISATION = 2, WORK = 3, PLACE = 4;

    /**
     * Each cue word and its kind, in one map so that a token costs one look-up (the tagger reads every token's cue);
     * a word in two lists keeps the kind read first. An organisation's heads of several words count by none of
     * their words, which open other phrases too ({@code Rumah}).
     */
    private static final Map<String, Integer> CUES = cues();

    private NameCues() {
    }

    /** The kind of name a lower-case word points to. */
    static int of(String lower) {
        return CUES.getOrDefault(lower, NONE);
    }

    private static Map<String, Integer> cues() {
        Map<String, Integer> out = new HashMap<>();
        WordLists.pairs(WordLists.class, "honorifics.txt", "word and kind").forEach(p -> out.putIfAbsent(p[0], PERSON));
        RoleWords.heads().forEach(w -> out.putIfAbsent(w, PERSON));
        add(out, "kin-words.txt", PERSON);
        for (String list : List.of("organisation-heads.txt", "company-forms.txt", "organisation-tails.txt",
                "organisation-kinds.txt")) {
            add(out, list, ORGANISATION);
        }
        add(out, "work-cues.txt", WORK);
        add(out, "place-heads.txt", PLACE);
        return Map.copyOf(out);
    }

    private static void add(Map<String, Integer> out, String list, int kind) {
        for (String word : WordLists.read(WordLists.class, list)) {
            if (word.indexOf(' ') < 0) {
                out.putIfAbsent(word, kind);
            }
        }
    }
}
