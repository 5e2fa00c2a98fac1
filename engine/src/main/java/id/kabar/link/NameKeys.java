package id.kabar.link;

import id.kabar.annotate.entity.Gazetteer;
import id.kabar.lang.Whitespace;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Comparable keys for names written differently across outlets: {@code Volodymyr Zelensky},
 * {@code Zelenskyy} and {@code Presiden Zelensky} all become {@code zelensky}.
 */
final class NameKeys {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** The first character beyond ASCII, which alone has neither accents nor marks to drop. */
    private static final char ASCII_END = 0x80;

    private NameKeys() {
    }

    /** A person is known by surname across articles; organisations and places by their whole name. */
    static String entityKey(String name, EntityType type) {
        String folded = fold(name);
        if (folded.isEmpty()) {
            return "";
        }
        return type == EntityType.PER ? lastToken(folded) : folded;
    }

    /**
     * The folded name a person's written name stands for: a listed nickname, acronym or older spelling by the listed full
     * name ({@link #listedPerson}), any other name as written.
     */
    static String personName(String written) {
        String listed = listedPerson(written);
        if (listed != null) {
            return listed;
        }
        String folded = fold(written);
        String[] words = Whitespace.split(written.strip());
        for (int i = 0; i < words.length && words.length > 1; i++) {
            String full = listedPerson(words[i]);
            if (full != null && othersWithin(words, i, full)) {
                return full;
            }
        }
        return folded;
    }

    /**
     * Whether the words of a name other than its {@code i}-th all stand in {@code full}: a listed short name written with
     * words of the listed full name is that person ({@code Presiden Jokowi Widodo (Jokowi)}, sindonews.com, 11 September
     * 2019), a short name beside another given name is not ({@code Iriana Jokowi}).
     */
    private static boolean othersWithin(String[] words, int i, String full) {
        StringBuilder others = new StringBuilder();
        for (int k = 0; k < words.length; k++) {
            if (k != i) {
                others.append(' ').append(words[k]);
            }
        }
        String folded = fold(others.toString());
        return !folded.isEmpty() && within(folded, full);
    }

    /**
     * The listed full name, folded, of a person written by a listed name, nickname, acronym or older spelling
     * ({@code people.txt}: {@code Jokowi} is {@code joko widodo}, {@code SBY} is {@code susilo bambang yudhoyono}, an
     * acronym looked up as written); null when the name is no listed person's.
     */
    static String listedPerson(String written) {
        Gazetteer.Name listed = Gazetteer.standard().lookup(written);
        return listed != null && listed.type() == EntityType.PER ? fold(listed.canonical()) : null;
    }

    /**
     * Each person of an article by the fullest name it gives him ({@link #personName}), keyed by the name of each of its
     * people's entities: an entity whose name or a form of it is listed by the listed full name (the recogniser's
     * {@code Bacharuddin Jusuf}, written {@code BJ Habibie} as well, is {@code bacharuddin jusuf habibie}), and a shorter
     * name whose words all stand in a longer one of the same article by that longer one ({@code Kivlan} beside
     * {@code Kivlan Zen}); a shorter name within two longer ones that differ ({@code Habibie} beside {@code Thareq Kemal
     * Habibie} and {@code Bacharuddin Jusuf Habibie}) keeps its own, being either. The longer names are looked up by
     * the shorter one's first word: the work is one step per name sharing it.
     */
    static Map<String, String> fullestNames(List<Entity> entities) {
        Map<String, String> own = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PER && !own.containsKey(e.name())) {
                own.put(e.name(), listedName(e));
            }
        }
        Map<String, List<String>> byWord = new HashMap<>();
        for (String name : new HashSet<>(own.values())) {
            for (String word : new HashSet<>(Arrays.asList(name.split(" ")))) {
                byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(name);
            }
        }
        Map<String, String> fullest = new HashMap<>();
        for (Map.Entry<String, String> e : own.entrySet()) {
            fullest.put(e.getKey(), longestHolding(e.getValue(), byWord));
        }
        return fullest;
    }

    /**
     * The listed full name of a person entity's name, or of a form of it whose listed full name holds the name's words
     * (the recogniser's {@code Bacharuddin Jusuf} written {@code BJ Habibie} too; not a son's {@code Thareq Kemal Habibie}
     * beside his father's {@code BJ Habibie}); the name folded else.
     */
    private static String listedName(Entity e) {
        String name = personName(e.name());
        for (String form : e.mentions() == null ? List.<String>of() : e.mentions()) {
            String full = listedPerson(form);
            if (full != null && !name.isEmpty() && within(name, full)) {
                return full;
            }
        }
        return name;
    }

    /** The longest name holding all of {@code name}'s words, when every other holding it lies within that one; else the name. */
    private static String longestHolding(String name, Map<String, List<String>> byWord) {
        if (name.isEmpty()) {
            return name;
        }
        String longest = name;
        List<String> holding = new ArrayList<>();
        for (String other : byWord.getOrDefault(name.split(" ")[0], List.of())) {
            if (within(name, other)) {
                holding.add(other);
                longest = other.length() > longest.length() ? other : longest;
            }
        }
        for (String other : holding) {
            if (!within(other, longest)) {
                return name;
            }
        }
        return longest;
    }

    /**
     * Whether two person names ({@link #personName}, {@link #fullestNames}) name one person: the words of one all stand in
     * the other, so that no given name written in one conflicts with the other ({@code kivlan} and {@code kivlan zen},
     * {@code habibie} and {@code bacharuddin jusuf habibie}, not {@code thareq kemal habibie} and {@code bacharuddin jusuf
     * habibie}); never when either is null.
     */
    static boolean samePerson(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || within(a, b) || within(b, a);
    }

    /**
     * Whether every word of {@code part} is a word of {@code whole}, or the same long word respelt ({@link
     * SpeakerNames#alike}: {@code Mahmud MD} for {@code Mahfud MD}, Kompas.com, 15 September 2019).
     */
    static boolean within(String part, String whole) {
        String[] words = whole.split(" ");
        for (String word : part.split(" ")) {
            boolean found = false;
            for (int k = 0; k < words.length && !found; k++) {
                found = SpeakerNames.alike(word, words[k]);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lower case, accents dropped, punctuation to spaces, doubled letters collapsed: transliteration
     * variants such as {@code Zelenskyy}/{@code Zelensky} or {@code Donbass}/{@code Donbas} meet.
     */
    static String fold(String name) {
        // a name in plain ASCII, most of them, has no accents to decompose: the decomposition and the pattern that
        // drops the marks were half the folding, which linking does for every word of every quote
        String ascii = isAscii(name) ? name
                : COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(ascii.length());
        char last = 0;
        for (char c : ascii.toLowerCase(Locale.ROOT).toCharArray()) {
            char k = Character.isLetterOrDigit(c) ? c : ' ';
            if (k == ' ' && (last == ' ' || out.length() == 0)) {
                continue;
            }
            if (k != ' ' && k == last) {
                continue;
            }
            out.append(k);
            last = k;
        }
        return out.toString().strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= ASCII_END) {
                return false;
            }
        }
        return true;
    }

    private static String lastToken(String folded) {
        int space = folded.lastIndexOf(' ');
        return space < 0 ? folded : folded.substring(space + 1);
    }
}
