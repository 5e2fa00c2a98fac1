package id.kabar.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Words that open the name of a place ({@code place-heads.txt}): {@code Tol} in {@code Tol Jagorawi}. */
public final class PlaceWords {
    private static final Set<String> HEADS = WordLists.set(PlaceWords.class, "place-heads.txt");
    /** Words that open an office's name standing for its territory ({@code territorial-units.txt}): {@code Polres}. */
    private static final Set<String> UNITS = WordLists.set(PlaceWords.class, "territorial-units.txt");
    /** Words naming a part of a place after its name ({@code place-parts.txt}): {@code Utara} in {@code Bekasi Utara}. */
    private static final Set<String> PARTS = WordLists.set(PlaceWords.class, "place-parts.txt");
    /** Prepositions that put a count at the place after them ({@code locatives.txt}): {@code di}, {@code dari}. */
    private static final Set<String> LOCATIVES = WordLists.set(PlaceWords.class, "locatives.txt");
    /** Words opening the name of a seat of government ({@code seats-of-government.txt}): {@code Istana}. */
    private static final Set<String> SEATS_OF_GOVERNMENT = WordLists.set(PlaceWords.class, "seats-of-government.txt");
    /** The administrative kinds of region ({@code administrative-places.txt}): {@code Kabupaten}, {@code Kecamatan}. */
    private static final Set<String> ADMINISTRATIVE = WordLists.set(PlaceWords.class, "administrative-places.txt");
    /**
     * The kind of region each word of {@code one-level-regions.txt} counts in when it is written together with another
     * of its level: the first word of its line ({@code kota} and {@code kabupaten} count in {@code kabupaten}).
     */
    private static final Map<String, String> LEVELS = levelsOfLines("one-level-regions.txt");
    /** Tokens that join two kinds of region of one level ({@code one-level-region-joints.txt}): {@code dan}, {@code /}. */
    private static final Set<String> LEVEL_JOINTS = WordLists.set(PlaceWords.class, "one-level-region-joints.txt");
    /** The titles of a region's heads ({@code region-head-titles.txt}): {@code Bupati}, {@code Wali Kota}. */
    private static final Set<String> REGION_HEAD_TITLES = WordLists.set(PlaceWords.class, "region-head-titles.txt");
    /** The second word of the two-word title {@code Wali Kota}, after {@link #WALI}. */
    private static final String KOTA = "kota";
    private static final String WALI = "wali";
    /** The words of a regional government's name read by their role ({@code region-government.txt}). */
    private static final Map<String, String> GOVERNMENT_WORDS = WordLists.roles(PlaceWords.class,
            "region-government.txt");
    /** {@code pemerintah}: opens the name of the body governing a region. */
    private static final String GOVERNMENT = WordLists.ofRole(GOVERNMENT_WORDS, "region-government.txt", "government");
    /** {@code provinsi}: the kind of region a body's name may write before its province, or leave out. */
    private static final String PROVINCE = WordLists.ofRole(GOVERNMENT_WORDS, "region-government.txt", "province");
    /** {@code raya}: the grade of a main road ({@code name-words.txt}). */
    private static final String STREET_GRADE = WordLists.ofRole(WordLists.roles(PlaceWords.class, "name-words.txt"),
            "name-words.txt", "street_grade");

    private PlaceWords() {
    }

    /**
     * The kind of region two lower-case words joined by {@code joint} count together when both are kinds of one
     * administrative level ({@code kota}, {@code dan}, {@code kabupaten}: {@code kabupaten}), or null.
     */
    public static String oneLevelRegions(String first, String joint, String second) {
        String level = LEVELS.get(first);
        return level != null && !first.equals(second) && level.equals(LEVELS.get(second))
                && LEVEL_JOINTS.contains(joint) ? level : null;
    }

    private static Map<String, String> levelsOfLines(String resource) {
        Map<String, String> levels = new HashMap<>();
        for (String[] kinds : WordLists.pairs(PlaceWords.class, resource, "a level's counting word and its other kind")) {
            levels.put(kinds[0], kinds[0]);
            levels.put(kinds[1], kinds[0]);
        }
        return Map.copyOf(levels);
    }


    /** Whether a lower-case word opens a place name: {@code tol}, {@code kabupaten}. */
    public static boolean isHead(String lowerCase) {
        return HEADS.contains(lowerCase);
    }

    /** Whether a lower-case word names a part of the place written before it: {@code utara}, {@code barat}. */
    public static boolean isPart(String lowerCase) {
        return PARTS.contains(lowerCase);
    }

    /** Whether a lower-case word opens an office's name that stands for its territory: {@code polres}. */
    public static boolean isTerritorialUnit(String lowerCase) {
        return UNITS.contains(lowerCase);
    }

    /** Whether a lower-case word opens the name of the body governing a region: {@code pemerintah}. */
    public static boolean isGovernment(String lowerCase) {
        return GOVERNMENT.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code raya}, a main road's grade: {@code Jalan Raya Bogor}. */
    public static boolean isStreetGrade(String lowerCase) {
        return STREET_GRADE.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code provinsi}, the kind of region a body's name may leave out. */
    public static boolean isProvince(String lowerCase) {
        return PROVINCE.equals(lowerCase);
    }

    /** Whether a lower-case word opens the name of a seat of government: {@code istana}. */
    public static boolean opensSeatOfGovernment(String lowerCase) {
        return SEATS_OF_GOVERNMENT.contains(lowerCase);
    }

    /**
     * Whether a name is a seat of government's ({@code Istana Merdeka}): a place where a head of state receives
     * guests of every story, not where a happening is.
     */
    public static boolean isSeatOfGovernment(String name) {
        String stripped = name.strip();
        int space = stripped.indexOf(' ');
        return opensSeatOfGovernment((space < 0 ? stripped : stripped.substring(0, space)).toLowerCase(Locale.ROOT));
    }

    /** Whether a lower-case word is an administrative kind of region, written before its name: {@code kabupaten}. */
    public static boolean isAdministrative(String lowerCase) {
        return ADMINISTRATIVE.contains(lowerCase);
    }

    /**
     * Whether the lower-case word at {@code i} closes the title of a region's head, the region's name written after
     * it: {@code bupati}, {@code kota} of {@code wali kota}.
     */
    public static boolean isRegionHeadTitle(String[] lower, int i) {
        String w = lower[i];
        return REGION_HEAD_TITLES.contains(w) || w.equals(KOTA) && i > 0 && lower[i - 1].equals(WALI);
    }

    /**
     * Whether the lower-case word at {@code i} is an administrative kind of region written before the region's
     * name, not the end of a head's title ({@code kabupaten}; {@code kota} but not in {@code wali kota}).
     */
    public static boolean opensRegionName(String[] lower, int i) {
        return ADMINISTRATIVE.contains(lower[i]) && !isRegionHeadTitle(lower, i);
    }

    /** Whether a lower-case word puts what comes before it at the place after it: {@code di}, {@code dari}. */
    public static boolean isLocative(String lowerCase) {
        return LOCATIVES.contains(lowerCase);
    }

    /**
     * A place's name as a key, lower case, the words that open it dropped: {@code Polres Kota Sorong} and
     * {@code Sorong} are one place, {@code Papua Barat} and {@code Papua} two.
     */
    public static String key(String name) {
        List<String> words = new ArrayList<>(List.of(Whitespace.split(name.toLowerCase(Locale.ROOT).strip())));
        while (words.size() > 1 && (HEADS.contains(words.get(0)) || UNITS.contains(words.get(0)))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    /** What joins a tally's subject to its place ({@code tersangka di Manokwari}); no counted phrase holds it. */
    private static final SubjectQualifier PLACED = new SubjectQualifier("di ");
    /** What joins places listed together in a subject's place ({@code di Papua dan Papua Barat}). */
    private static final String LISTED = " dan ";

    /** A subject (or null) placed at the places given: {@code tersangka di Manokwari}, {@code di Sorong}. */
    public static String placed(String subject, List<String> places) {
        return PLACED.join(subject, String.join(LISTED, places));
    }

    /** A subject without its place: {@code tersangka} of {@code tersangka di Manokwari}. */
    public static String unplaced(String subject) {
        return PLACED.without(subject);
    }

    /** The places a subject written by {@link #placed} names, as keys ({@link #key}); none when it names none. */
    public static List<String> places(String subject) {
        String written = PLACED.of(subject);
        List<String> out = new ArrayList<>();
        if (written != null) {
            for (String place : written.split(LISTED)) {
                out.add(key(place));
            }
        }
        return out;
    }
}
