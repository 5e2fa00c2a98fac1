package id.kabar.link;

import id.kabar.annotate.entity.Gazetteer;
import id.kabar.model.EntityType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The people an event's reports say acted: for each member whose lead opens with a person ({@link
 * ArticleProfile#leadActor}) whom its headline names too, that person's name word, one bit by its hash, in a long (as
 * {@link EventSpeakers} keeps the people whose words the headlines report). A headline names who did what, and the lead
 * opens with the one who did it; two events each headlining their actor, and no actor in common, tell what different
 * people did: two happenings of one day, though a piece between them shares both their matter and their names (on the
 * CLICK-ID week, 10 September 2019: SBY's visit to the sick Habibie, {@code SBY Jenguk BJ Habibie di RSPAD}, and Hamdan
 * Zoelva's, {@code Tak Bisa Jenguk, Hamdan Zoelva Doakan BJ Habibie Lekas Sembuh}; the President's meeting with 61
 * Papuan figures and the DPR deputy's support for his plan, {@code Fahri Hamzah Dukung Jokowi Dirikan Istana
 * Kepresidenan di Papua}, whose headline names the President but whose lead opens with Fahri Hamzah).
 */
final class EventActors {
    private EventActors() {
    }

    /** The lead's actor where the headline names him ({@link EventSpeakers#headlined}); {@link EventSpeakers#NONE} else. */
    static long of(ArticleProfile p) {
        if (p.leadActor() == null) {
            return EventSpeakers.NONE;
        }
        Gazetteer.Name listed = Gazetteer.standard().lookup(p.leadActor());
        Set<String> names = new HashSet<>(Set.of(p.leadActor()));
        if (listed != null && listed.type() == EntityType.PER) {
            names.addAll(Arrays.asList(NameKeys.fold(listed.canonical()).split(" ")));
        }
        return EventSpeakers.headlined(p, names);
    }
}
