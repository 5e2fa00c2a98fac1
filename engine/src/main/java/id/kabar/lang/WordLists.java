package id.kabar.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one loader of the word lists the stages know Indonesian by: resource files beside the class that
 * uses them, one entry a line, {@code #} opening a comment, entries compared lower-case (the way Lucene
 * keeps {@code stopwords.txt}).
 */
public final class WordLists {
    private WordLists() {
    }

    /** The entries of {@code resource}, found beside {@code user}'s class, in file order. */
    public static List<String> read(Class<?> user, String resource) {
        return lines(user, resource).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The entries of {@code resource} as written, for lists whose capitals carry meaning: the name lists,
     * where an acronym must be written exactly ({@code AP} and not {@code ap}).
     */
    public static List<String> lines(Class<?> user, String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = user.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The entries of a two-column list ({@code emang memang}, {@code dr title}), each split at its white space; a line
     * of another number of columns is an error naming the list, the line and what its two columns should be.
     */
    public static List<String[]> pairs(Class<?> user, String resource, String columns) {
        List<String[]> out = new ArrayList<>();
        for (String line : read(user, resource)) {
            String[] pair = Whitespace.split(line);
            if (pair.length != 2) {
                throw new IllegalStateException(resource + ": not " + columns + ": " + line);
            }
            out.add(pair);
        }
        return List.copyOf(out);
    }

    /**
     * The word of each role of a list of {@code role word} lines ({@code and dan}), for the words a rule asks for by
     * what they do; a role given twice is an error naming the list and the role.
     */
    public static Map<String, String> roles(Class<?> user, String resource) {
        Map<String, String> out = new HashMap<>();
        for (String[] pair : pairs(user, resource, "role and word")) {
            if (out.put(pair[0], pair[1]) != null) {
                throw new IllegalStateException(resource + ": role given twice: " + pair[0]);
            }
        }
        return Map.copyOf(out);
    }

    /** The word of {@code role} in a list read by {@link #roles}; a role the list lacks is an error naming both. */
    public static String ofRole(Map<String, String> roles, String resource, String role) {
        String word = roles.get(role);
        if (word == null) {
            throw new IllegalStateException(resource + ": no word for the role " + role);
        }
        return word;
    }

    /**
     * The entries of {@code resource}, found beside {@code user}'s class, as a set for look-ups. A hash set: the
     * immutable set of {@link Set#copyOf} probes its slots comparing each word it meets in full, where a hash set
     * compares hashes first, and most words asked of a list are not in it; its probes were 3.5 % of a CLICK-ID week's
     * samples, half of them comparing strings.
     */
    public static Set<String> set(Class<?> user, String resource) {
        return Collections.unmodifiableSet(new HashSet<>(read(user, resource)));
    }

    /**
     * The alternation of one of the language layer's lists ({@code range-words.txt}), as {@link #alternation(List)}
     * builds it: the one way a pattern takes its words from a list.
     */
    public static String alternation(String resource) {
        return alternation(read(WordLists.class, resource));
    }

    /**
     * One alternation of a list's phrases, longest first so that {@code baca juga} wins over {@code baca},
     * any run of white space matching the space between words.
     */
    public static String alternation(List<String> phrases) {
        return phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Arrays.stream(p.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
    }
}
