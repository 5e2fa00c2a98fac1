package id.kabar.link;

/**
 * Threads events into stories: articles weeks apart that follow the same actors and matter (the
 * talks, their second round, the denial that followed) end up in one story. Every event lies
 * wholly inside one story.
 */
final class StoryThreader {
    /** How far apart two articles of one story may report; a thread quiet for longer has ended. */
    static final int WINDOW_DAYS = 30;
    /** Evidence from which two articles continue one thread. */
    static final double SAME_STORY = 0.35;
    static final double SAME_STORY_UNDATED = 0.40;

    private final Partition stories;

    StoryThreader(Partition stories) {
        this.stories = stories;
    }

    void add(int seq) {
        stories.add(seq);
    }

    static double evidence(PairFeatures f) {
        return 0.5 * f.termCosine() + 0.5 * f.entityOverlap();
    }

    static boolean sameStory(PairFeatures f) {
        if (!f.dated()) {
            return evidence(f) >= SAME_STORY_UNDATED;
        }
        return f.dayGap() <= WINDOW_DAYS && evidence(f) >= SAME_STORY;
    }

    void consider(int seq, int other, PairFeatures f, boolean sameEvent) {
        if (sameEvent || sameStory(f)) {
            stories.union(seq, other);
        }
    }

    void joinCopies(int seq, int copy) {
        stories.union(seq, copy);
    }
}
