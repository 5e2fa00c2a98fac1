package id.kabar.lang;

import java.util.Set;

/** Words that open the name of a place ({@code place-heads.txt}): {@code Tol} in {@code Tol Jagorawi}. */
public final class PlaceWords {
    private static final Set<String> HEADS = WordLists.set(PlaceWords.class, "place-heads.txt");

    private PlaceWords() {
    }

    /** Whether a lower-case word opens a place name: {@code tol}, {@code kabupaten}. */
    public static boolean isHead(String lowerCase) {
        return HEADS.contains(lowerCase);
    }
}
