package id.kabar.annotate.entity;

import id.kabar.model.EntityType;
import java.util.List;

/**
 * A name the model read as a person inside a list of places is a place: "empat stasiun untuk kereta cepat itu
 * nantinya yakni Halim Perdanakusuma, Karawang, Walini, dan Tegal Luar" (tempo.co, 10 September 2019) names four
 * stations, the first after the airport named after the hero. A list is four names or more joined by commas and
 * a last {@code dan}, with nothing else between them; it is a list of places when every other name in it is a
 * place and at least {@link #MIN_LISTED_PLACES} of them listed ones, so that a person named beside places stays a
 * person. An address written from the site out to the country is one too, though shorter: "di Quicken Loans Arena,
 * Cleveland, Ohio, Amerika Serikat" (juara.net, 18 October 2017) names the state between its city and its
 * country, where the model saw a person; it is names joined by commas alone, the last a listed place and the
 * person of one word between two places.
 */
final class PersonAmongPlacesRule implements ContractRule {
    /**
     * The fewest names that make a list: four, so that a person named beside two places ("Anies, Karawang dan
     * Bandung") stays a person; the stations of the week's list are four.
     */
    private static final int MIN_LIST = 4;
    /** The fewest listed places that make the list one of places. */
    private static final int MIN_LISTED_PLACES = 2;
    /** The fewest names that make an address: a place, the region it lies in and a wider one. */
    private static final int MIN_ADDRESS = 3;

    @Override
    public void apply(ContractSentence s) {
        JoinedNames.each(s, list -> retype(s, list));
    }

    private static void retype(ContractSentence s, List<int[]> list) {
        boolean address = list.size() >= MIN_ADDRESS && isAddress(s, list);
        if (list.size() < MIN_LIST && !address) {
            return;
        }
        int listedPlaces = 0;
        int people = 0;
        for (int[] name : list) {
            EntityType type = s.tags()[name[0]].type();
            if (type == EntityType.PER) {
                people++;
            } else if (type != EntityType.LOC) {
                return;
            } else if (listedPlace(s, name)) {
                listedPlaces++;
            }
        }
        if (people == 1 && (address || listedPlaces >= MIN_LISTED_PLACES)) {
            for (int[] name : list) {
                s.setSpan(name[0], name[1], EntityType.LOC);
            }
        }
    }

    /**
     * Whether the names are an address widening to a listed place: commas alone between them, the last a listed
     * place, and the one person a single word with places on both sides.
     */
    private static boolean isAddress(ContractSentence s, List<int[]> list) {
        BioTag[] tags = s.tags();
        for (int k = 1; k < list.size(); k++) {
            int gap = list.get(k - 1)[1];
            if (list.get(k)[0] - gap != 1 || !s.tokens()[gap].equals(",")) {
                return false; // a "dan" lists names, an address has commas only
            }
            int[] name = list.get(k);
            if (tags[name[0]].type() == EntityType.PER && (k == list.size() - 1 || name[1] - name[0] != 1
                    || tags[list.get(k - 1)[0]].type() != EntityType.LOC
                    || tags[list.get(k + 1)[0]].type() != EntityType.LOC)) {
                return false;
            }
        }
        return tags[list.get(0)[0]].type() == EntityType.LOC && listedPlace(s, list.get(list.size() - 1));
    }

    private static boolean listedPlace(ContractSentence s, int[] name) {
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() == name[0] && m.end() == name[1] && m.name().type() == EntityType.LOC) {
                return true;
            }
        }
        return false;
    }
}
