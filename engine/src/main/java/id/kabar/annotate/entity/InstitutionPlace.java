package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.lang.PlaceWords;
import id.kabar.lang.Whitespace;
import id.kabar.model.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * An institution named with the listed place it serves keeps the place in its name: "Dekan Fakultas Hukum
 * Universitas Jember" (sindonews.com, 11 September 2019) names {@code Universitas Jember}, "di Pengadilan Tindak
 * Pidana Korupsi Jakarta" (tempo.co, 11 September 2019) the court, not the town; the contract's guide counts such
 * a name whole. Linking still reads the institution by its place ({@link #linkingPlace}): outlets write one court as
 * {@code Pengadilan Tipikor Jakarta} or {@code Pengadilan Tindak Pidana Korupsi Jakarta}, and the place is the part
 * of the name they agree on.
 */
public final class InstitutionPlace {

    private InstitutionPlace() {
    }

    /**
     * Whether the span {@code [spanStart, spanEnd)} around the listed place at {@code [place, placeEnd)} is an
     * institution of that place: it opens with an organisation's head, written capitalised, and ends with the place.
     */
    static boolean namesInstitution(String[] tokens, String[] lower, int spanStart, int place, int placeEnd, int spanEnd) {
        if (spanEnd != placeEnd || spanStart >= place || !isCapitalised(tokens[spanStart])) {
            return false;
        }
        int head = OrganisationWords.headLength(lower, spanStart);
        return head > 0 && spanStart + head <= place;
    }

    /**
     * The listed place linking reads an institution's name by, or null: the place ending the name of an
     * organisation opened by its head, whose other words are as often ordinary words as not ({@code Universitas},
     * {@code Tindak Pidana Korupsi}). An office whose place follows the kind of region or the level it serves
     * ({@code Dinas Komunikasi dan Informasi Kota Batam}, {@code Pengadilan Negeri Bandung}) is read by its whole
     * name, as is a name with words of its own ({@code Universitas Gadjah Mada}).
     */
    public static String linkingPlace(String name, EntityType type) {
        if (type != EntityType.ORG) {
            return null;
        }
        String[] tokens = Whitespace.split(name.strip());
        String[] lower = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        if (tokens.length < 2 || tokens[0].isEmpty() || OrganisationWords.headLength(lower, 0) == 0) {
            return null;
        }
        NamedEntityTagger tagger = NamedEntityTagger.standard();
        List<Gazetteer.Match> listed = tagger.gazetteer().find(tokens, lower);
        Gazetteer.Match last = listed.isEmpty() ? null : listed.get(listed.size() - 1);
        if (last == null || last.name().type() != EntityType.LOC
                || !namesInstitution(tokens, lower, 0, last.start(), last.end(), tokens.length)
                || last.start() - 1 > 0 && servesRegion(lower, last.start())) {
            return null;
        }
        for (int i = 0; i < last.start(); i++) {
            if (!tagger.mayBeCommonWord(tokens[i])) {
                return null;
            }
        }
        return String.join(" ", List.of(tokens).subList(last.start(), last.end()));
    }

    /** Whether the word before the place at {@code place} is a kind of region or an office's level: Kota, Negeri. */
    private static boolean servesRegion(String[] lower, int place) {
        return PlaceWords.isAdministrative(lower[place - 1]) || OrganisationWords.servesRegion(lower[place - 1]);
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
