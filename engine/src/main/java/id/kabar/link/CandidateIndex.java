package id.kabar.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the stored articles worth comparing with a new one: those sharing an entity key or a top
 * stem with it in the same weeks. Every step is bounded (keys per article, weeks per window,
 * postings per key, candidates per article), so linking cost stays flat as the store grows.
 */
final class CandidateIndex {
    /** Newest postings read per key and week; a key busier than this is too common to tell news apart. */
    static final int POSTINGS_SCANNED = 200;
    static final int MAX_CANDIDATES = 60;
    private static final long UNDATED = Long.MIN_VALUE / 4;

    private final PostingTable postings = new PostingTable();

    void add(ArticleProfile p) {
        long week = weekOf(p.referenceDay());
        for (int key : p.indexKeys()) {
            postings.add(slot(key, week), p.seq());
        }
    }

    /**
     * Stored articles within {@code windowDays} of the new one's day that share index keys with it,
     * most shared keys first (earliest arrival on ties).
     */
    List<Integer> candidates(ArticleProfile p, int windowDays) {
        LocalDate day = p.referenceDay();
        long from = day == null ? UNDATED : weekOf(day.minusDays(windowDays));
        long to = day == null ? UNDATED : weekOf(day.plusDays(windowDays));
        Map<Integer, Integer> shared = new HashMap<>();
        for (int key : p.indexKeys()) {
            for (long week = from; week <= to; week++) {
                postings.forEach(slot(key, week), POSTINGS_SCANNED, other -> shared.merge(other, 1, Integer::sum));
            }
        }
        List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(shared.entrySet());
        ranked.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < ranked.size() && i < MAX_CANDIDATES; i++) {
            out.add(ranked.get(i).getKey());
        }
        return out;
    }

    private static long weekOf(LocalDate day) {
        return day == null ? UNDATED : Math.floorDiv(day.toEpochDay(), 7);
    }

    private static long slot(int key, long week) {
        return ((long) key << 24) ^ (week & 0xFFFFFF);
    }
}
