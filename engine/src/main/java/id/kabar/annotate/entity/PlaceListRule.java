package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import id.kabar.lang.PlaceWords;
import id.kabar.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of names after an administrative kind of place is a list of places of that kind: "Kabupaten Keerom, Puncak
 * Jaya, Puncak, Asmat, Boven Digoel, Mamberamo Raya" and "Kabupaten-kabupaten tersebut yakni Keerom, Puncak Jaya"
 * (regencies of Papua, tempo.co and okezone.com, 10 September 2019), whose unfamiliar names the model reads as people. A list is
 * three names or more, so that a place and the person after it ("Kabupaten Bogor, Ade Yasin") are no list; where
 * the model saw an organisation among them, they are offices ("Dinas Perhubungan Kota Batam, Dinas Komunikasi dan
 * Informasi Kota Batam", sindonews.com, 11 September 2019), not a list of places.
 */
final class PlaceListRule implements ContractRule {
    /** The fewest names that make a list. */
    private static final int MIN_LIST = 3;
    /** Lower-case words allowed between the kind and its list: "tersebut yakni", "di antaranya adalah". */
    private static final int MAX_LEAD_WORDS = 4;
    /** The most words of one place's name ("Mamberamo Raya", "Pegunungan Bintang"). */
    private static final int MAX_NAME_WORDS = 3;

    @Override
    public void apply(ContractSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (!isKind(s.lower()[i])) {
                continue;
            }
            int at = i + 1;
            while (at < s.size() && at - i <= MAX_LEAD_WORDS && !s.capitalised(at)
                    && (Character.isLetter(s.tokens()[at].charAt(0)) || s.tokens()[at].equals(":"))) {
                at++;
            }
            List<int[]> names = list(s, at);
            if (names.size() < MIN_LIST || holdsOrganisation(s, names)) {
                continue;
            }
            for (int[] name : names) {
                s.setSpan(name[0], name[1], EntityType.LOC);
            }
            i = names.get(names.size() - 1)[1] - 1;
        }
    }

    /** Whether the model saw an organisation among the names: a list of offices ("Kota Batam, Dinas Komunikasi"). */
    private static boolean holdsOrganisation(ContractSentence s, List<int[]> names) {
        for (int[] name : names) {
            for (int i = name[0]; i < name[1]; i++) {
                if (s.tags()[i].type() == EntityType.ORG) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isKind(String lower) {
        int dash = lower.indexOf('-');
        return PlaceWords.isAdministrative(dash > 0 && lower.substring(dash + 1).equals(lower.substring(0, dash))
                ? lower.substring(0, dash) : lower);
    }

    /** The names listed from {@code at}, each {@code [start, end)}, joined by commas and "dan". */
    private static List<int[]> list(ContractSentence s, int at) {
        List<int[]> out = new ArrayList<>();
        int j = at;
        while (j < s.size() && s.capitalised(j)) {
            int end = j;
            while (end < s.size() && end - j < MAX_NAME_WORDS && s.capitalised(end)) {
                end++;
            }
            if (end < s.size() && (s.capitalised(end) || s.tokens()[end].equals("("))) {
                // a longer run of capitals is a sentence of names, not one place; a name with an age in brackets
                // after it is a person the list of addresses goes on to ("Kecamatan Cilacap Utara, dan Maryono (40),
                // warga Desa Brebeg", kompas.com, 10 September 2019)
                break;
            }
            out.add(new int[] {j, end});
            int next = end;
            if (next < s.size() && s.tokens()[next].equals(",")) {
                next++;
            }
            if (next < s.size() && FunctionWords.isAnd(s.lower()[next])) {
                next++;
            }
            if (next == end) {
                break;
            }
            j = next;
        }
        return out;
    }
}
