package id.kabar.lang;

import java.util.Set;

/**
 * The words opening a sentence that announces the list or table under it, as a colon would ({@code list-announcements.txt}:
 * {@code Berikut nilai tukar dollar AS hari ini di 6 bank besar.}). Extraction keeps such a list's lines in the text
 * and the time and claims stages read its rows; both ask here, so the list is read once.
 */
public final class ListAnnouncements {
    private static final Set<String> OPENING_WORDS = WordLists.set(WordLists.class, "list-announcements.txt");

    private ListAnnouncements() {
    }

    /** Whether a lower-case word opening a sentence announces a list under it ({@code berikut}). */
    public static boolean opensAnnouncement(String lowerCaseWord) {
        return OPENING_WORDS.contains(lowerCaseWord);
    }
}
