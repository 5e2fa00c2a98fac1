package id.kabar.annotate.entity;

import id.kabar.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * A name the model read as a person inside a list of organisations is an organisation: "Oppo, Realme, Redmi,
 * Vivo, Motorola dan HMD Global" (tribunnews.com, 10 September 2019) names six phone makers, "Nam Air, Wings Air,
 * Thai Lion" airlines, "Tempo, Kompas, Liputan6, Mafindo, Tirto dan AFP" newsrooms. A list is names joined by
 * commas and {@code dan} with nothing else between them; it is a list of organisations when it opens and closes
 * with one and holds no place, so that a person named last after organisations ("Bea Cukai, Kementerian
 * Keuangan, Heru Pambudi") or first before them stays a person, and a squad with a player the model read as a
 * club stays people. A name a list knows keeps its type.
 */
final class PersonAmongOrganisationsRule implements ContractRule {
    /** The fewest names that make a list: a person between two organisations. */
    private static final int MIN_LIST = 3;
    /**
     * The most people retyped in one list: the week's lists of organisations hold one or two names the model read
     * as people (Mafindo and Tirto); more than that is a list of people with organisations misread at its ends.
     */
    private static final int MAX_PEOPLE = 2;

    @Override
    public void apply(ContractSentence s) {
        JoinedNames.each(s, list -> retype(s, list));
    }

    private static void retype(ContractSentence s, List<int[]> list) {
        BioTag[] tags = s.tags();
        if (list.size() < MIN_LIST || tags[list.get(0)[0]].type() != EntityType.ORG
                || tags[list.get(list.size() - 1)[0]].type() != EntityType.ORG) {
            return;
        }
        List<int[]> people = new ArrayList<>();
        for (int[] name : list) {
            EntityType type = tags[name[0]].type();
            if (type == EntityType.PER) {
                if (listedWithin(s, name)) {
                    return;
                }
                people.add(name);
            } else if (type != EntityType.ORG) {
                return;
            }
        }
        if (people.size() > MAX_PEOPLE) {
            return;
        }
        for (int[] name : people) {
            s.setSpan(name[0], name[1], EntityType.ORG);
        }
    }

    private static boolean listedWithin(ContractSentence s, int[] name) {
        for (int i = name[0]; i < name[1]; i++) {
            if (s.listedAt(i)) {
                return true;
            }
        }
        return false;
    }
}
