package id.kabar.link;

import id.kabar.model.EntityType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The people whose words an event's reports headline: for each member whose headline reports someone's words ({@link
 * HappeningKinds#spoken}), the words of the names of the people it quotes that its headline writes, one bit each by the
 * word's hash, in a long. Two events each headlining someone's words,
 * and no name in common, tell what different people said: two happenings, even where a report of deeds told between them
 * shares both their words and names. The pair rule ({@link PairFeatures#otherSpeakers}) parts two such reports compared
 * directly; on the CLICK-ID week (16 September 2019) the President's word at the Hotel Sultan that the KPK law knows no
 * returning of a mandate ({@code Jokowi: KPK Tak Mengenal Pengembalian Mandat}) and KPK chair Agus Rahardjo's word at the
 * KPK building ({@code Agus Rahardjo Pastikan Aktivitas KPK Berjalan Seperti Biasa}) had still run into one event of 23
 * articles, through okezone.com's {@code KPK Kirim Surat ke DPR, Minta Dilibatkan Bahas Revisi UU} and the palace's
 * schedule of their meeting. A headline that quotes someone it does not name ({@code Sespri: Hoaks}) sets no bit: the one
 * speaking is then not known for sure; one naming two people it quotes sets both ({@code Kalah dari Marquez, Ini Kata
 * Quartararo}). A bit stands for a word by
 * its hash: two names that share one by chance only leave two events free to meet.
 */
final class EventSpeakers {
    /** No member headlining the words of a person it names. */
    static final long NONE = 0;

    private EventSpeakers() {
    }

    /**
     * The words of the names of the people the article quotes that its headline writes, where the headline reports someone's
     * words; a headline's listed short name stands for the listed full name ({@code Jokowi} for {@code Joko Widodo},
     * {@code people.txt}).
     */
    static long of(ArticleProfile p) {
        if (!HappeningKinds.spoken(p.kinds()) || p.title() == null) {
            return NONE;
        }
        Set<String> quoted = new HashSet<>();
        for (ArticleProfile.QuoteForm q : p.quotes()) {
            if (q.speakerKey() != null && q.quote().speakerType() == EntityType.PER) {
                quoted.addAll(Arrays.asList(q.speakerKey().split(" ")));
            }
        }
        return headlined(p, quoted);
    }

    /**
     * The words of {@code names} (folded name words) the article's headline writes, one bit each by the word's hash; a
     * headline's listed short name stands for the listed full name ({@code Jokowi} for {@code Joko Widodo}).
     */
    static long headlined(ArticleProfile p, Set<String> names) {
        long bits = NONE;
        if (names.isEmpty() || p.title() == null) {
            return bits;
        }
        // as written: a listed acronym (SBY) is looked up in its capitals
        for (String word : ArticleProfiler.wordsAsWritten(p.title())) {
            for (String part : NameKeys.personName(word).split(" ")) {
                if (names.contains(part)) {
                    bits |= 1L << Math.floorMod(part.hashCode(), Long.SIZE);
                }
            }
        }
        return bits;
    }

    /** Whether both events headline someone's words and no name of one is a name of the other. */
    static boolean apart(long a, long b) {
        return a != NONE && b != NONE && (a & b) == NONE;
    }

    /** Both as one, an event's grown by a member's. */
    static long merge(long a, long b) {
        return a | b;
    }
}
