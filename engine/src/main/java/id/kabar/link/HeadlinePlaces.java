package id.kabar.link;

import java.util.Arrays;

/**
 * Where a headline says its news happened. Two reports whose headlines each name a place, neither of
 * them a place the other report speaks of, tell of two happenings however alike their words: an
 * earthquake in Palu and one in Jember share the magnitude, the agency, its warning of no tsunami and
 * half their headline ({@code Gempa ... Guncang ..., Tidak Berpotensi Tsunami}), but not the ground
 * that shook. A report of the same happening names its place somewhere, even when its headline names
 * the district and the other's the town ({@code Melonguane} and {@code Kepulauan Talaud}).
 */
final class HeadlinePlaces {
    private HeadlinePlaces() {
    }

    /** Whether both headlines name places and neither's is among the places the other article names. */
    static boolean apart(ArticleProfile a, ArticleProfile b) {
        return namesPlace(a) && namesPlace(b) && !placedIn(a, b) && !placedIn(b, a);
    }

    private static boolean namesPlace(ArticleProfile p) {
        for (int stem : p.titleStems()) {
            if (Arrays.binarySearch(p.placeStems(), stem) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a place {@code a}'s headline names is a place {@code b} names. */
    private static boolean placedIn(ArticleProfile a, ArticleProfile b) {
        for (int stem : a.titleStems()) {
            if (Arrays.binarySearch(a.placeStems(), stem) >= 0 && Arrays.binarySearch(b.placeStems(), stem) >= 0) {
                return true;
            }
        }
        return false;
    }
}
