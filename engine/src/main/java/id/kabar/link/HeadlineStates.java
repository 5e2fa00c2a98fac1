package id.kabar.link;

import id.kabar.lang.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The acts a headline says are not yet done ({@code Belum Kirim Surpres}) and those it says are done ({@code Sudah
 * Dikirim}), read with {@code headline-states.txt}. Two reports, or two events, one of whose headlines says an act is not
 * yet done and the other that it is done tell the matter before and after the act: two happenings, though their bodies
 * retell each other (on CLICK-ID, 11 September 2019, Tempo's "Jokowi Mengaku Belum Kirim Surpres Revisi UU KPK, Baru
 * Terima DIM" from the President's visit to JIExpo and Sindonews's "Jokowi Teken Surpres Revisi UU KPK dan Sudah Dikirim
 * ke DPR" from the state secretary's word later that day). A negation ({@code Tak Bisa Jenguk}) says an act was not done,
 * as {@code belum} says it is not yet: on 10 September 2019 Hamdan Zoelva's report of being kept out of the sick Habibie's
 * room ({@code Tak Bisa Jenguk, Hamdan Zoelva Doakan BJ Habibie Lekas Sembuh}) had run into the event of the day's visits
 * through okezone.com's piece on Theo Sambuaga's word that Habibie could pray again ({@code BJ Habibie Sudah Bisa Salat
 * Sambil Berbaring}, evidence 0.72, one outlet's pieces of one day sharing its background). On the CLICK-ID week this
 * took events B-cubed F1 on the third events development set from 0.786 to 0.805 (precision 0.69 to 0.72), every other
 * labelled figure unchanged; of the 42 pairs of the week it parted, 40 were Hamdan Zoelva's two reports and the visits'
 * event, 2 a wish not to marry ({@code Tak Mau Nikah}) and invitations sent ({@code Undangan Sudah Disebar}) of one
 * cancelled wedding, whose acts then fell on one bit.
 *
 * <p>An act is one bit of 64 by its stem's hash, in one set for the acts done and one for those not yet done: with 32
 * bits a set, {@code mau} and {@code sebar} fell on one bit, and tribunnews.com's {@code ... Tak Mau Nikah di Kantor
 * Polisi} parted from the other reports of its cancelled wedding ({@code ... Undangan Sudah Disebar}).
 *
 * @param done    the bits of the acts said to be done
 * @param pending the bits of the acts said to be not yet done
 */
record HeadlineStates(long done, long pending) {
    /** No act said to be pending or done. */
    static final HeadlineStates NONE = new HeadlineStates(0, 0);
    /** What each listed word says of the act after it: true for done, false for not yet done. */
    private static final Map<String, Boolean> DONE_BY_WORD = load(WordLists.pairs(WordLists.class, "headline-states.txt", "word and state"));

    /**
     * The acts the headline says are done and not yet done, one bit each by the act's stem ({@code dikirim} and
     * {@code kirim} are one act); {@link #NONE} for none or null. A bit stands for a stem by its hash: two events that
     * meet are one matter's, whose few acts seldom share a bit by chance.
     */
    static HeadlineStates of(String title) {
        if (title == null) {
            return NONE;
        }
        String[] words = ArticleProfiler.words(title);
        long done = 0;
        long pending = 0;
        for (int i = 0; i + 1 < words.length; i++) {
            Boolean isDone = DONE_BY_WORD.get(words[i]);
            if (isDone != null) {
                long bit = 1L << Math.floorMod(act(words[i + 1]).hashCode(), Long.SIZE);
                if (isDone) {
                    done |= bit;
                } else {
                    pending |= bit;
                }
            }
        }
        return done == 0 && pending == 0 ? NONE : new HeadlineStates(done, pending);
    }

    /** The act a word names: its stem, or the word itself where the stemmer keeps nothing of it ({@code bisa}). */
    private static String act(String word) {
        List<String> stems = TermAnalyzer.stems(word);
        return stems.isEmpty() ? word : stems.get(0);
    }

    /** Whether one of the two says an act is not yet done that the other says is done. */
    boolean apart(HeadlineStates other) {
        return (pending & other.done) != 0 || (done & other.pending) != 0;
    }

    /** Both as one, an event's grown by a member's. */
    HeadlineStates merge(HeadlineStates other) {
        return new HeadlineStates(done | other.done, pending | other.pending);
    }

    private static Map<String, Boolean> load(List<String[]> pairs) {
        Map<String, Boolean> doneByWord = new HashMap<>();
        for (String[] pair : pairs) {
            if (!pair[1].equals("done") && !pair[1].equals("pending")) {
                throw new IllegalStateException("headline-states.txt: a state is done or pending, not " + pair[1]);
            }
            doneByWord.put(pair[0], pair[1].equals("done"));
        }
        return Map.copyOf(doneByWord);
    }
}
