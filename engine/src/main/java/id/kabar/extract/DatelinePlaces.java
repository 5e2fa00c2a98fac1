package id.kabar.extract;

import id.kabar.lang.WordLists;
import java.util.Locale;
import java.util.Set;

/**
 * Places that open Indonesian news datelines: the country's main cities and regency seats, and the
 * foreign capitals and cities Indonesian desks report from, in the spellings they use. Used only to tell
 * which part of {@code Moskow, Gatra.com -} is the place when the outlet is not written as a domain.
 */
final class DatelinePlaces {
    private static final Set<String> PLACES = WordLists.set(WordLists.class, "dateline-places.txt");

    private DatelinePlaces() {
    }

    static boolean isKnown(String name) {
        return PLACES.contains(name.toLowerCase(Locale.ROOT).replaceAll("[.\\s]+", " ").strip());
    }
}
