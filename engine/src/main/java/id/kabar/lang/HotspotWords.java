package id.kabar.lang;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words fire hotspots are counted in ({@code hotspot-words.txt}): {@code titik panas}, {@code titik api},
 * {@code hotspot}. A bare {@code titik} counts hotspots only where its paragraph has named them.
 */
public final class HotspotWords {
    private static final List<String> PHRASES = WordLists.read(HotspotWords.class, "hotspot-words.txt");
    /** Any of the phrases as whole words. */
    private static final Pattern NAMED = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:"
            + WordLists.alternation(PHRASES) + ")(?![\\p{L}\\p{N}])");
    /** The bare counting words the phrases open: {@code titik}. */
    private static final Set<String> BARE = PHRASES.stream().filter(p -> p.indexOf(' ') > 0)
            .map(p -> p.substring(0, p.indexOf(' '))).collect(Collectors.toUnmodifiableSet());

    private HotspotWords() {
    }

    /** Whether a count's subject (or null) is a bare counting word of points: {@code titik}. */
    public static boolean isBarePoint(String subject) {
        return subject != null && BARE.contains(subject.toLowerCase(Locale.ROOT));
    }

    /** The phrase a paragraph first names hotspots by, lower-case ({@code titik panas}), or null when it names none. */
    public static String namedIn(String paragraph) {
        Matcher named = NAMED.matcher(paragraph);
        return named.find() ? named.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : null;
    }
}
