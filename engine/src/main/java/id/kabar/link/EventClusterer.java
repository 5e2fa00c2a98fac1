package id.kabar.link;

/**
 * Online event clustering: each arriving article joins the events of the stored articles that
 * report the same happening, or opens its own. Joining is by pairwise evidence (shared words,
 * shared people and organisations, shared quotes, days apart), so the grouping hardly depends on
 * the order in which articles arrive (see {@link Linker}). A join that would merge two grown
 * stories about different things is refused (see {@link StoryThreader#mayThread}), since every event
 * lies wholly inside one story.
 */
final class EventClusterer {
    /** An event is one happening: articles about it report on days at most this far apart. */
    static final int MAX_DAY_GAP = 2;
    /** Evidence from which two dated articles report the same happening. */
    static final double SAME_EVENT = 0.36;
    /** Without days to compare, words and names must carry more of the proof. */
    static final double SAME_EVENT_UNDATED = 0.42;
    /**
     * Two articles from one outlet need this much more: its follow-ups reuse its background paragraphs,
     * house phrasing and dateline, which two outlets do not share. On 529 IndoSum pairs read by hand
     * ({@code kabar bench events}), every same-outlet pair above the plain bar was a follow-up or a
     * sibling piece (a preview and its result, a case and the reaction next day), never one happening;
     * different outlets above it always reported one happening.
     */
    static final double SAME_OUTLET_MARGIN = 0.10;

    private final Partition events;

    EventClusterer(Partition events) {
        this.events = events;
    }

    void add(int seq) {
        events.add(seq);
    }

    static double evidence(PairFeatures f) {
        return 0.6 * f.termCosine() + 0.25 * f.entityOverlap() + 0.15 * Math.min(1, f.sharedQuotes());
    }

    static boolean sameEvent(PairFeatures f) {
        return clears(f, f.sameOutlet() ? SAME_OUTLET_MARGIN : 0);
    }

    /**
     * Whether the two would report one happening had different outlets written them. A pair of one outlet
     * this close is then at least one thread: a follow-up of its own earlier piece.
     */
    static boolean reportAlike(PairFeatures f) {
        return clears(f, 0);
    }

    private static boolean clears(PairFeatures f, double margin) {
        if (!f.dated()) {
            return evidence(f) >= SAME_EVENT_UNDATED + margin;
        }
        return f.dayGap() <= MAX_DAY_GAP && evidence(f) >= SAME_EVENT + margin;
    }

    /** Joins the two articles' events: they report one happening, or one is a copy of the other. */
    void join(int seq, int other) {
        events.union(seq, other);
    }
}
