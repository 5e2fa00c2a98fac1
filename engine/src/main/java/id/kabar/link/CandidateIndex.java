package id.kabar.link;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Finds the stored articles worth comparing with a new one: those sharing an entity key or a top
 * stem with it in the same weeks. Every step is bounded (keys per article, weeks per window,
 * postings per key, candidates per article), so linking cost stays flat as the store grows.
 * An article whose day cannot be told is compared with the newest articles sharing its keys,
 * whatever their day, and dated articles meet undated ones the same way.
 */
final class CandidateIndex {
    /**
     * Postings read per key, nearest weeks first and newest first within a week; a key busier than
     * this is too common to tell news apart.
     */
    static final int POSTINGS_SCANNED = 60;
    /** Articles compared per arrival: joining one member of an event is enough to join the event. */
    static final int MAX_CANDIDATES = 40;
    /** Pseudo-weeks: articles without a day, and every article whatever its day. */
    private static final long UNDATED = -1;
    private static final long ANY_TIME = -2;

    private final PostingTable postings = new PostingTable();
    private final LinkWork.Counter work;
    /** The span of weeks holding dated articles; weeks outside it are not looked up. */
    private long earliestWeek = Long.MAX_VALUE;
    private long latestWeek = Long.MIN_VALUE;

    CandidateIndex(LinkWork.Counter work) {
        this.work = work;
    }

    void add(ArticleProfile p) {
        long week = weekOf(p.referenceDay());
        if (week != UNDATED) {
            earliestWeek = Math.min(earliestWeek, week);
            latestWeek = Math.max(latestWeek, week);
        }
        for (int key : p.indexKeys()) {
            postings.add(slot(key, week), p.seq());
            postings.add(slot(key, ANY_TIME), p.seq());
        }
    }

    /**
     * Stored articles within {@code windowDays} of the new one's day that share index keys with it,
     * most shared keys first (earliest arrival on ties), as article numbers.
     */
    int[] candidates(ArticleProfile p, int windowDays) {
        LocalDate day = p.referenceDay();
        long[] weeks = day == null ? new long[] {ANY_TIME} : weeksByDistance(day, windowDays);
        // Postings visited, as article numbers: sorted, each run's length is the number of shared keys.
        int[] visited = new int[p.indexKeys().length * POSTINGS_SCANNED];
        int count = 0;
        for (int key : p.indexKeys()) {
            int budget = POSTINGS_SCANNED;
            for (int w = 0; w < weeks.length && budget > 0; w++) {
                int read = postings.read(slot(key, weeks[w]), budget, visited, count);
                count += read;
                budget -= read;
            }
        }
        work.postingsRead += count;
        Arrays.sort(visited, 0, count);
        // Runs packed as (keys not shared, article number): one primitive sort ranks most shared first,
        // earliest arrival on ties.
        long[] ranked = new long[count];
        int runs = 0;
        int maxShared = p.indexKeys().length;
        for (int i = 0; i < count; ) {
            int j = i;
            while (j < count && visited[j] == visited[i]) {
                j++;
            }
            ranked[runs++] = ((long) (maxShared - (j - i)) << 32) | visited[i];
            i = j;
        }
        Arrays.sort(ranked, 0, runs);
        int[] out = new int[Math.min(runs, MAX_CANDIDATES)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) ranked[i];
        }
        return out;
    }

    /**
     * The weeks within {@code windowDays} of {@code day} that hold dated articles: its own week, then
     * alternately earlier and later, then the undated articles. A store grows at its newest end, so
     * the weeks after its latest, which hold nothing, would otherwise be a third of the look-ups.
     */
    private long[] weeksByDistance(LocalDate day, int windowDays) {
        long own = weekOf(day);
        long from = Math.max(weekOf(day.minusDays(windowDays)), earliestWeek);
        long to = Math.min(weekOf(day.plusDays(windowDays)), latestWeek);
        long[] out = new long[from > to ? 1 : (int) (to - from + 2)];
        int n = 0;
        for (long d = 0; n < out.length - 1; d++) {
            if (own - d >= from && own - d <= to) {
                out[n++] = own - d;
            }
            if (d > 0 && own + d >= from && own + d <= to) {
                out[n++] = own + d;
            }
        }
        out[n] = UNDATED;
        return out;
    }

    private static long weekOf(LocalDate day) {
        return day == null ? UNDATED : Math.floorDiv(day.toEpochDay(), 7);
    }

    private static long slot(int key, long week) {
        return ((long) key << 32) | (week & 0xFFFFFFFFL);
    }
}
