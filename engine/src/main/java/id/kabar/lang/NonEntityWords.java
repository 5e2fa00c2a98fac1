package id.kabar.lang;

import java.util.Set;

/**
 * Words that make a capitalised name something the contract does not count as an entity: a kind of facility
 * written as an acronym ({@code PLTS}), an event held by an organisation ({@code Munas Hipmi}). Read once from
 * {@code facility-kinds.txt} and {@code meeting-heads.txt}.
 */
public final class NonEntityWords {
    private static final Set<String> FACILITY_KINDS = WordLists.set(NonEntityWords.class, "facility-kinds.txt");
    private static final Set<String> MEETING_HEADS = WordLists.set(NonEntityWords.class, "meeting-heads.txt");

    private NonEntityWords() {
    }

    /** Whether a lower-case word names a kind of facility, not one of them: {@code plts}, {@code spbu}. */
    public static boolean isFacilityKind(String lowerCase) {
        return FACILITY_KINDS.contains(lowerCase);
    }

    /** Whether a lower-case word opens the name of an organisation's meeting: {@code munas}, {@code rakernas}. */
    public static boolean isMeetingHead(String lowerCase) {
        return MEETING_HEADS.contains(lowerCase);
    }
}
