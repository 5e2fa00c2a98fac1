package id.kabar.lang;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The time zones written after a clock time ({@code 18:15 WIB}) and in feeds' dates, read from
 * {@code time-zones.txt}: Indonesia's three (WIB, WITA, WIT) and the others feeds use.
 */
public final class TimeZones {

    private record Zone(String name, ZoneOffset offset, boolean indonesian) {
    }

    private static final List<Zone> ZONES = WordLists.read(TimeZones.class, "time-zones.txt").stream()
            .map(TimeZones::zone).toList();

    private static final Map<String, ZoneOffset> OFFSETS = ZONES.stream()
            .collect(Collectors.toUnmodifiableMap(Zone::name, Zone::offset));

    private static final Set<String> INDONESIAN_NAMES = ZONES.stream().filter(Zone::indonesian).map(Zone::name)
            .collect(Collectors.toUnmodifiableSet());

    /** Indonesia's zones as written in running text, in capitals, longest first: {@code (?:WITA|WIB|WIT)}. */
    public static final String INDONESIAN = "(?:" + WordLists.alternation(INDONESIAN_NAMES.stream()
            .map(n -> n.toUpperCase(Locale.ROOT)).toList()) + ")";

    private TimeZones() {
    }

    /** The offset of a zone's name in any case ({@code WIB} is +07:00), or null if it is none. */
    public static ZoneOffset offset(String name) {
        return OFFSETS.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a lower-case word is one of Indonesia's zones: written with capitals, yet never a name. */
    public static boolean isIndonesian(String lowerCase) {
        return INDONESIAN_NAMES.contains(lowerCase);
    }

    private static Zone zone(String line) {
        String[] columns = Whitespace.split(line);
        if (columns.length != 3 || !columns[2].equals("indonesia") && !columns[2].equals("elsewhere")) {
            throw new IllegalStateException("time-zones.txt: not name, offset, where: " + line);
        }
        return new Zone(columns[0], ZoneOffset.of(columns[1]), columns[2].equals("indonesia"));
    }

}
