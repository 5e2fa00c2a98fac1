package id.kabar.link;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the stored articles worth comparing with a new one: those sharing an entity key or a top
 * stem with it in the same weeks. Every step is bounded (keys per article, weeks per window,
 * postings per key, candidates per article), so linking cost stays flat as the store grows.
 * An article whose day cannot be told is compared with the newest articles sharing its keys,
 * whatever their day, and dated articles meet undated ones the same way.
 *
 * <p>Each week has its own posting table: an arriving article reads only the tables of the weeks
 * around its day, a working set as large as a few weeks of news however many years the store
 * holds, where one table for all weeks would scatter every look-up over gigabytes.
 */
final class CandidateIndex {
    /**
     * Postings read per key, nearest weeks first and newest first within a week; a key busier than
     * this is too common to tell news apart.
     */
    static final int POSTINGS_SCANNED = 60;
    /** Articles compared per arrival: joining one member of an event is enough to join the event. */
    static final int MAX_CANDIDATES = 40;

    /**
     * Weeks of publication after which a week's table settles into files ({@link PostingTable#settle}): arrivals
     * then read it only when they lie within {@link StoryThreader#WINDOW_DAYS} of it (backfills, articles
     * placed on the day their news happened) and write it only when placed in it, so the heap holds the tables
     * of the weeks being published and not one per week of the store. Six weeks: the window's thirty days and
     * the few days an article's arrival strays from its day.
     */
    static final int SETTLED_AFTER_WEEKS = 6;

    private final Map<Long, PostingTable> byWeek = new HashMap<>();
    /** Weeks below this one have settled tables; {@link Long#MIN_VALUE} before the first dated article. */
    private long settledBelow = Long.MIN_VALUE;
    private final PostingTable undated;
    /** Every article whatever its day, newest first: what an undated article is compared with. */
    private final PostingTable anyTime;
    private final LinkWork.Counter work;
    private final LinkerFiles files;

    CandidateIndex(LinkWork.Counter work) {
        this(work, null);
    }

    /** The same, its tables moving into the linker's files as they grow (null: the heap). */
    CandidateIndex(LinkWork.Counter work, LinkerFiles files) {
        this.work = work;
        this.files = files;
        this.undated = new PostingTable(files, "undated");
        this.anyTime = new PostingTable(files, "any-time");
    }

    void add(ArticleProfile p) {
        if (p.published() != null) {
            settleBefore(weekOf(p.published()) - SETTLED_AFTER_WEEKS);
        }
        LocalDate day = p.referenceDay();
        PostingTable own = day == null ? undated : byWeek.computeIfAbsent(weekOf(day), this::table);
        for (int key : p.indexKeys()) {
            own.add(key, p.seq());
            anyTime.add(key, p.seq());
        }
    }

    private PostingTable table(long week) {
        PostingTable t = new PostingTable(files, "week" + week);
        if (week < settledBelow) {
            t.settle();
        }
        return t;
    }

    /**
     * Settles the tables of the weeks before {@code week}, when later than those settled so far: the arrivals'
     * publication weeks move forward, so each week is visited once.
     */
    private void settleBefore(long week) {
        if (settledBelow == Long.MIN_VALUE) {
            settledBelow = week;
            byWeek.forEach((w, t) -> {
                if (w < week) {
                    t.settle();
                }
            });
            return;
        }
        for (; settledBelow < week; settledBelow++) {
            PostingTable t = byWeek.get(settledBelow);
            if (t != null) {
                t.settle();
            }
        }
    }

    /**
     * Stored articles within {@code windowDays} of the new one's day that share index keys with it,
     * most shared keys first (earliest arrival on ties), as article numbers.
     */
    int[] candidates(ArticleProfile p, int windowDays) {
        LocalDate day = p.referenceDay();
        PostingTable[] weeks = day == null ? new PostingTable[] {anyTime} : weeksByDistance(day, windowDays);
        // Postings visited, as article numbers: sorted, each run's length is the number of shared keys.
        int[] visited = new int[p.indexKeys().length * POSTINGS_SCANNED];
        int count = 0;
        for (int key : p.indexKeys()) {
            int budget = POSTINGS_SCANNED;
            for (int w = 0; w < weeks.length && budget > 0; w++) {
                int read = weeks[w].read(key, budget, visited, count);
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
     * The tables of the weeks within {@code windowDays} of {@code day} that hold articles: its own
     * week, then alternately earlier and later, then the undated articles.
     */
    private PostingTable[] weeksByDistance(LocalDate day, int windowDays) {
        long own = weekOf(day);
        long from = weekOf(day.minusDays(windowDays));
        long to = weekOf(day.plusDays(windowDays));
        PostingTable[] out = new PostingTable[(int) (to - from + 2)];
        int n = 0;
        for (long d = 0; own - d >= from || own + d <= to; d++) {
            n = addWeek(out, n, own - d, from);
            if (d > 0 && own + d <= to) {
                n = addWeek(out, n, own + d, from);
            }
        }
        out[n++] = undated;
        return Arrays.copyOf(out, n);
    }

    private int addWeek(PostingTable[] out, int n, long week, long from) {
        PostingTable t = week >= from ? byWeek.get(week) : null;
        if (t != null) {
            out[n++] = t;
        }
        return n;
    }

    private static long weekOf(LocalDate day) {
        return Math.floorDiv(day.toEpochDay(), 7);
    }
}
