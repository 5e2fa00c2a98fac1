package id.kabar.annotate.claim;

import id.kabar.annotate.text.Offsets;
import id.kabar.lang.PlaceWords;
import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a count was counted: the place its clause names next to it. One release of the police broke its
 * suspects down by town, and outlets retell the parts each in its own words ({@code Manokwari ada 15 orang},
 * {@code 13 tersangka terlibat kerusuhan di Manokwari}, {@code di Polres Manokwari ditetapkan 13 tersangka},
 * kompas.com and tempo.co, 10 September 2019): the place tells the parts apart and ties each part's readings
 * together. A place is a named location, or an office standing for its territory ({@code Polres Kota Sorong});
 * places listed together ({@code di Papua dan Papua Barat}) are read as one.
 */
final class PlaceReader {
    /**
     * Words from the end of the counted phrase to the preposition of its place: {@code 13 di antaranya terlibat aksi
     * rusuh di Manokwari} has three, {@code 31 tersangka untuk kerusuhan di Jayapura} two (kompas.com, 10 September
     * 2019); a place further on belongs to another word of the clause.
     */
    static final int AFTER_REACH = 4;
    /**
     * Words from a place to the number it opens: {@code Timika masih tetap 10 orang} has two, {@code Manokwari ada
     * 15 orang} and {@code di Polres Manokwari ditetapkan 13 tersangka} one (tempo.co, kompas.com, 10 September
     * 2019).
     */
    static final int BEFORE_REACH = 2;
    /** Words that may stand between a place and the count it opens ({@code Manokwari ada 15 orang}). */
    private static final Set<String> LINKS = WordLists.set(WordLists.class, "place-count-links.txt");
    /** Characters a place name runs to at most, so a look-up back stays short. */
    private static final int MAX_PLACE_LENGTH = 64;
    /** Tokens that close a clause. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ";", ":", "?", "!", "(", ")", "\"", "“", "”");
    /**
     * Words that join places listed together ({@code di Papua dan Papua Barat}); a comma does not, as it may open
     * the next clause's place ({@code Untuk ... Papua Barat, Manokwari ada 15 orang}, kompas.com, 10 September 2019).
     */
    private static final Set<String> PLACE_JOINTS = WordLists.set(WordLists.class, "list-joints.txt").stream()
            .filter(w -> Character.isLetter(w.charAt(0))).collect(Collectors.toUnmodifiableSet());

    /** The places an article names, by where they stand in its body. */
    private final List<Span> places;
    /** The other names an article gives (people, organisations), by where they stand in its body. */
    private final List<Span> names;
    private final String body;
    /** The paragraph of the last count read when a place opened it, else -1: a series of counts by place. */
    private int seriesParagraph = -1;

    PlaceReader(String body, List<Entity> entities) {
        this.body = body;
        List<Span> spans = new ArrayList<>();
        List<Span> others = new ArrayList<>();
        for (Entity e : entities) {
            boolean office = e.type() == EntityType.ORG && PlaceWords.isTerritorialUnit(
                    Whitespace.split(e.name())[0].toLowerCase(Locale.ROOT));
            (e.type() == EntityType.LOC || office ? spans : others).addAll(e.spans());
        }
        spans.sort(Comparator.comparingInt(Span::start));
        others.sort(Comparator.comparingInt(Span::start));
        this.places = spans;
        this.names = others;
    }

    /**
     * The place of the count whose number starts at token {@code first} and whose counted phrase ends before
     * token {@code after}, no earlier than {@code from} in the body, as written; none when its clause names none. A place
     * after the counted phrase, put there by a preposition ({@code di}, {@code dari}), comes first; then one
     * opening the number, put there by a preposition too ({@code di Polres Manokwari ditetapkan 13 tersangka}) or
     * said to have that many ({@code Manokwari ada 15 orang}), not one that has or does what is counted
     * ({@code Garut mempunyai 123 event}). Counts are read in body order, {@code paragraph} the one of this count:
     * in a series of counts that places open, a name opening the next count the same way is a place too, whatever
     * the entity stage took it for ({@link #nextInSeries}).
     */
    List<String> read(Words words, int first, int after, int from, int paragraph) {
        int series = seriesParagraph;
        seriesParagraph = -1;
        for (int i = after; i < words.size() && i <= after + AFTER_REACH; i++) {
            String w = words.lower(i);
            if (CLAUSE_ENDS.contains(w) || Character.isDigit(w.charAt(0))) {
                break;
            }
            if (PlaceWords.isLocative(w) && i + 1 < words.size()) {
                int at = placeAt(words.token(i + 1).start());
                if (at >= 0) {
                    return listed(words, at);
                }
            }
        }
        for (int j = first - 1; j >= 0 && j >= first - 1 - BEFORE_REACH; j--) {
            // "Satu DPO di Manokwari dan 11 DPO di Kota Sorong" (tempo.co, 11 September 2019): a place before a
            // list joint closes the list's previous item
            if (words.token(j).start() < from || CLAUSE_ENDS.contains(words.lower(j))
                    || PLACE_JOINTS.contains(words.lower(j))) {
                break;
            }
            int at = placeEndingAt(words.token(j).end());
            if (at >= 0) {
                int opening = firstListed(words, at);
                int before = words.firstAt(places.get(opening).start()) - 1;
                // a place put there by a preposition, or one the count's words say has that many
                boolean placed = before >= 0 && PlaceWords.isLocative(words.lower(before));
                if (places.get(at).start() >= from && (placed || linksOnly(words, j + 1, first))) {
                    seriesParagraph = paragraph;
                    return listed(words, opening);
                }
                return List.of();
            }
        }
        return series >= 0 && paragraph - series <= 1 ? nextInSeries(words, first, from, paragraph) : List.of();
    }

    /**
     * The name opening a count the next in a series of counts by place, the same or the next paragraph on:
     * {@code Manokwari ada 15 orang. Kemudian Sorong ada 11 orang ... Kemudian Fakfak ada 3 orang} (kompas.com),
     * {@code Timika masih tetap 10 orang dan Deiyai 14 orang} (tempo.co, 10 September 2019), where the entity stage
     * took Fakfak and Deiyai for people. The name stands right before the number, or before words that say a place
     * has that many.
     */
    private List<String> nextInSeries(Words words, int first, int from, int paragraph) {
        for (int j = first - 1; j >= 0 && j >= first - 1 - BEFORE_REACH; j--) {
            if (words.token(j).start() < from || CLAUSE_ENDS.contains(words.lower(j))) {
                return List.of();
            }
            Span name = nameEndingAt(words.token(j).end());
            if (name != null) {
                if (name.start() < from || !linksOnly(words, j + 1, first)) {
                    return List.of();
                }
                seriesParagraph = paragraph;
                return List.of(body.substring(name.start(), name.end()));
            }
        }
        return List.of();
    }

    /** Whether the tokens from {@code from} up to {@code to} are all words that say a place has a count. */
    private static boolean linksOnly(Words words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!LINKS.contains(words.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** The first place of the list the place at {@code at} stands in. */
    private int firstListed(Words words, int at) {
        int i = at;
        while (true) {
            int before = words.firstAt(places.get(i).start()) - 1;
            int previous = before > 0 && PLACE_JOINTS.contains(words.lower(before))
                    ? placeEndingAt(words.token(before - 1).end()) : -1;
            if (previous < 0 || previous >= i) {
                return i;
            }
            i = previous;
        }
    }

    /** The place at {@code at} with the places listed with it right before and after it. */
    private List<String> listed(Words words, int at) {
        List<String> names = new ArrayList<>();
        int i = firstListed(words, at);
        while (true) {
            Span s = places.get(i);
            names.add(body.substring(s.start(), s.end()));
            int next = words.firstAt(s.end());
            int following = next + 1 < words.size() && PLACE_JOINTS.contains(words.lower(next))
                    ? placeAt(words.token(next + 1).start()) : -1;
            if (following < 0 || following <= i) {
                break;
            }
            i = following;
        }
        return names;
    }

    /** The index of the place starting at {@code offset}, or -1. */
    private int placeAt(int offset) {
        int i = lowest(offset);
        return i < places.size() && places.get(i).start() == offset ? i : -1;
    }

    /** The index of the place ending at {@code offset}, or -1. */
    private int placeEndingAt(int offset) {
        for (int i = lowest(offset) - 1; i >= 0 && offset - places.get(i).start() <= MAX_PLACE_LENGTH; i--) {
            if (places.get(i).end() == offset) {
                return i;
            }
        }
        return -1;
    }

    /** The name other than a place ending at {@code offset}, or null. */
    private Span nameEndingAt(int offset) {
        for (int i = Offsets.firstStartingAt(names, Span::start, offset) - 1;
             i >= 0 && offset - names.get(i).start() <= MAX_PLACE_LENGTH; i--) {
            if (names.get(i).end() == offset) {
                return names.get(i);
            }
        }
        return null;
    }

    /** The index of the first place starting at {@code offset} or later. */
    private int lowest(int offset) {
        return Offsets.firstStartingAt(places, Span::start, offset);
    }
}
