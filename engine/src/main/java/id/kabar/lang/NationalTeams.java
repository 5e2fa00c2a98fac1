package id.kabar.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The country each name of a national team stands for ({@code national-team-names.txt}): {@code Three Lions} and
 * {@code Inggris} name one side of a match.
 */
public final class NationalTeams {
    private static final Map<String, String> COUNTRIES = countries();

    private NationalTeams() {
    }

    /** The country a national team's name stands for, or the name itself when it names no national team. */
    public static String side(String name) {
        return COUNTRIES.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    private static Map<String, String> countries() {
        Map<String, String> out = new HashMap<>();
        for (String line : WordLists.lines(NationalTeams.class, "national-team-names.txt")) {
            String[] names = line.split("\\s*\\|\\s*");
            for (String name : names) {
                out.put(name.toLowerCase(Locale.ROOT), names[0]);
            }
        }
        return Map.copyOf(out);
    }
}
