package id.kabar.annotate.entity;

import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Known names of places, organisations and people, read from the name lists of the language layer
 * ({@code id.kabar.lang}), where the stages that tell organisations by their heads read them too.
 * A line is {@code Canonical | variant | variant}: the variants are spelling variants, transliterations,
 * nicknames or acronyms of the canonical name, and together the lines form the alias table.
 *
 * <p>Matching is by whole tokens, longest first. A listed word written with a capital must be capitalised in
 * the text too, and an acronym ({@code AP}, {@code BPS}) must be written exactly, so common words such as
 * {@code ap} or {@code istana kami} do not match.
 */
public final class Gazetteer {

    /** A listed name: its canonical form and type. */
    public record Name(String canonical, EntityType type) {
    }

    /** A listed name found at tokens {@code [start, end)}. */
    public record Match(int start, int end, Name name) {
    }

    private static final String[] LISTS = {"places.txt", "organisations.txt", "people.txt"};
    private static final EntityType[] LIST_TYPES = {EntityType.LOC, EntityType.ORG, EntityType.PER};
    /**
     * A hyphen inside a listed word, which tokenised text writes as a word of its own: IndoSum gives "Paris Saint -
     * Germain" for the listed "Paris Saint-Germain", so each such name is also listed in that form.
     */
    private static final Pattern HYPHEN_IN_WORD = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        Name name;
        String[] written;
    }

    private final Node root = new Node();
    private final Map<String, Name> byKey = new HashMap<>();
    /** Acronyms as written: spelling folds would make "JK" meet "ICC" and "PSSI" meet "PSI". */
    private final Map<String, Name> acronyms = new HashMap<>();

    private static final class Holder {
        static final Gazetteer DEFAULT = fromResources();
    }

    /** The lists shipped with the engine. */
    public static Gazetteer standard() {
        return Holder.DEFAULT;
    }

    static Gazetteer fromResources() {
        Gazetteer g = new Gazetteer();
        for (int i = 0; i < LISTS.length; i++) {
            g.read(WordLists.lines(WordLists.class, LISTS[i]), LIST_TYPES[i]);
        }
        return g;
    }

    void read(List<String> lines, EntityType type) {
        for (String line : lines) {
            String[] forms = line.split("\\s*\\|\\s*");
            Name name = new Name(forms[0], type);
            for (String form : forms) {
                add(form, name);
                String spaced = HYPHEN_IN_WORD.matcher(form).replaceAll(" - ");
                if (!spaced.equals(form)) {
                    add(spaced, name);
                }
            }
        }
    }

    private void add(String form, Name name) {
        String[] words = Whitespace.split(form);
        Node node = root;
        for (String w : words) {
            node = node.next.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new Node());
        }
        if (node.name == null) {
            node.name = name;
            node.written = words;
        }
        if (isAcronym(form) && words.length == 1) {
            acronyms.putIfAbsent(form, name);
        } else {
            byKey.putIfAbsent(NameKey.of(form), name);
        }
    }

    /**
     * The listed name a mention stands for, compared by {@link NameKey}; null if not listed. An acronym is looked
     * up as written; a word in capitals that is no listed acronym ("ITALIA" in a dateline) is compared as a name.
     */
    public Name lookup(String mention) {
        Name acronym = acronyms.get(mention.strip());
        return acronym != null ? acronym : byKey.get(NameKey.of(mention));
    }

    /** Longest listed names in {@code tokens}, left to right, never overlapping. */
    public List<Match> find(String[] tokens, String[] lower) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            Match m = longestAt(tokens, lower, i);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Match longestAt(String[] tokens, String[] lower, int start) {
        Node node = root;
        Match best = null;
        for (int j = start; j < tokens.length; j++) {
            node = node.next.get(lower[j]);
            if (node == null) {
                break;
            }
            if (node.name != null && writtenAlike(node.written, tokens, start)) {
                best = new Match(start, j + 1, node.name);
            }
        }
        return best;
    }

    private static boolean writtenAlike(String[] written, String[] tokens, int start) {
        for (int k = 0; k < written.length; k++) {
            String w = written[k];
            String t = tokens[start + k];
            if (isAcronym(w)) {
                if (!w.equals(t)) {
                    return false;
                }
            } else if (Character.isUpperCase(w.charAt(0)) && !Character.isUpperCase(t.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    static boolean isAcronym(String word) {
        if (word.length() < 2) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }
}
