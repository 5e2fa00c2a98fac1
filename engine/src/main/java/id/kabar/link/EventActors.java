package id.kabar.link;

import java.util.Arrays;
import java.util.HashSet;

/**
 * The people an event's reports say acted: for each member whose lead opens with a person ({@link
 * ArticleProfile#leadActor}) whom its headline names too, the words of that person's name the headline writes, one bit
 * each by its hash, in a long (as {@link EventSpeakers} keeps the people whose words the headlines report). A headline
 * names who did what, and the lead opens with the one who did it; two events each headlining their actor, and no actor in common, tell what different
 * people did: two happenings of one day, though a piece between them shares both their matter and their names (on the
 * CLICK-ID week, 10 September 2019: SBY's visit to the sick Habibie, {@code SBY Jenguk BJ Habibie di RSPAD}, and Hamdan
 * Zoelva's, {@code Tak Bisa Jenguk, Hamdan Zoelva Doakan BJ Habibie Lekas Sembuh}; the President's meeting with 61
 * Papuan figures and the DPR deputy's support for his plan, {@code Fahri Hamzah Dukung Jokowi Dirikan Istana
 * Kepresidenan di Papua}, whose headline names the President but whose lead opens with Fahri Hamzah).
 */
final class EventActors {
    private EventActors() {
    }

    /**
     * The words of the lead's actor's name the headline writes ({@link EventSpeakers#headlined}); {@link EventSpeakers#NONE}
     * when it writes none.
     */
    static long of(ArticleProfile p) {
        if (p.leadActor() == null) {
            return EventSpeakers.NONE;
        }
        return EventSpeakers.headlined(p, new HashSet<>(Arrays.asList(p.leadActor().split(" "))));
    }

    /**
     * The words of the organisation the lead opens with ({@link ArticleProfile#leadOrganisation}) the headline writes, one
     * bit each as {@link #of} keeps a person's: {@code tni} for {@code Atasi Karhutla Riau, TNI Tambah Pesawat untuk
     * Lakukan Hujan Buatan}, whose lead opens with {@code Panglima TNI}; {@link EventSpeakers#NONE} when it writes none.
     */
    static long organisations(ArticleProfile p) {
        if (p.leadOrganisation() == null) {
            return EventSpeakers.NONE;
        }
        return EventSpeakers.headlined(p, new HashSet<>(Arrays.asList(p.leadOrganisation().split(" "))));
    }

    /** Whether the headline writes a word of the actors {@code actors} (bits as {@link #organisations} sets them). */
    static boolean headlines(ArticleProfile p, long actors) {
        if (actors == EventSpeakers.NONE || p.title() == null) {
            return false;
        }
        for (String word : ArticleProfiler.wordsAsWritten(p.title())) {
            for (String part : NameKeys.personName(word).split(" ")) {
                if ((actors & 1L << Math.floorMod(part.hashCode(), Long.SIZE)) != 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
