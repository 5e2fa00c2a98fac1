package id.kabar.link;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Threads events into stories: articles weeks apart that follow the same actors and matter (the
 * talks, their second round, the denial that followed) end up in one story. Every event lies
 * wholly inside one story.
 *
 * <p>A close pair of articles is enough to thread two small stories. Once a story has grown, what
 * joins it must resemble the story as a whole (its {@link StoryProfile}), not only one of its
 * members: otherwise single links chain, an article on the budget touching one on fuel prices
 * touching one on protests, until one story swallows a season of news.
 */
final class StoryThreader {
    /** How far apart two articles of one story may report; a thread quiet for longer has ended. */
    static final int WINDOW_DAYS = 30;
    /** Evidence from which two articles continue one thread. */
    static final double SAME_STORY = 0.35;
    static final double SAME_STORY_UNDATED = 0.40;
    /**
     * Beyond this many days apart, shared names count only as far as shared words back them: a minister,
     * a club or a rider turns up again week after week in other matters, while a thread taken up again
     * weeks later retells its matter in its own words (the case, the bill, the tie).
     */
    static final int NAMES_ALONE_DAYS = 7;
    /** How many times the words' resemblance the shared names may count for, beyond {@link #NAMES_ALONE_DAYS}. */
    static final double NAMES_PER_WORDS = 2.0;
    /** From this many articles on, a story is judged by its profile rather than by one member. */
    static final int JUDGED_AS_A_WHOLE = 3;
    /** Resemblance of two story profiles (or an article and a story) from which they are one thread. */
    static final double SAME_THREAD = 0.30;

    private final Partition stories;
    private final IntFunction<ArticleProfile> articles;
    private final DocumentFrequencies frequencies;
    private final LinkWork.Counter work;
    /** The profile of each story of several articles, at its root; null for one-article stories. */
    private StoryProfile[] byRoot = new StoryProfile[1024];

    StoryThreader(Partition stories, IntFunction<ArticleProfile> articles, DocumentFrequencies frequencies,
                  LinkWork.Counter work) {
        this.stories = stories;
        this.articles = articles;
        this.frequencies = frequencies;
        this.work = work;
    }

    void add(int seq) {
        stories.add(seq);
    }

    /** Rebuilds the story profiles of a restored grouping, members in arrival order. */
    void restoreProfiles(int members) {
        for (int seq = 0; seq < members; seq++) {
            int root = stories.root(seq);
            if (root != seq) {
                StoryProfile own = StoryProfile.of(articles.apply(seq));
                set(root, profileOf(root).merge(own));
            }
        }
    }

    static double evidence(PairFeatures f) {
        double names = f.entityOverlap();
        if (f.dayGap() > NAMES_ALONE_DAYS) {
            names = Math.min(names, NAMES_PER_WORDS * f.termCosine());
        }
        return 0.5 * f.termCosine() + 0.5 * names;
    }

    /** Evidence of one thread, or a pair that reports alike (see {@link EventClusterer#reportAlike}). */
    static boolean sameStory(PairFeatures f) {
        if (EventClusterer.reportAlike(f)) {
            return true;
        }
        if (!f.dated()) {
            return evidence(f) >= SAME_STORY_UNDATED;
        }
        return f.dayGap() <= WINDOW_DAYS && evidence(f) >= SAME_STORY;
    }

    /**
     * Whether the two articles' stories may become one: they already are, both are still small, or
     * they resemble each other as wholes. Asked before any join, including joins of one event, so
     * no single pair, however close, merges two grown stories about different things.
     */
    boolean mayThread(int a, int b) {
        int ra = stories.root(a);
        int rb = stories.root(b);
        if (ra == rb) {
            return true;
        }
        StoryProfile pa = profileOf(ra);
        StoryProfile pb = profileOf(rb);
        if (Math.max(pa.articles(), pb.articles()) < JUDGED_AS_A_WHOLE) {
            return true;
        }
        work.storyResemblances++;
        return pa.resemblance(pb, frequencies) >= SAME_THREAD;
    }

    void join(int a, int b) {
        int ra = stories.root(a);
        int rb = stories.root(b);
        if (ra == rb) {
            return;
        }
        work.storyMerges++;
        StoryProfile merged = profileOf(ra).merge(profileOf(rb));
        stories.union(ra, rb);
        set(ra, null);
        set(rb, null);
        set(stories.root(ra), merged);
    }

    private StoryProfile profileOf(int root) {
        StoryProfile p = root < byRoot.length ? byRoot[root] : null;
        return p != null ? p : StoryProfile.of(articles.apply(root));
    }

    private void set(int root, StoryProfile p) {
        if (root >= byRoot.length) {
            byRoot = Arrays.copyOf(byRoot, Math.max(root + 1, byRoot.length * 2));
        }
        byRoot[root] = p;
    }
}
