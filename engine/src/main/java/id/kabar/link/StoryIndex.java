package id.kabar.link;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stories last seen under each salient name and stem, whatever their age: how a thread taken up
 * again months later finds its story without a window of days to search. Bounded every way: a few
 * stories per key (the latest), and a fixed number of keys, the longest unused forgotten first, so
 * what an arriving article reads and what the index holds stay the same however large the store grows.
 */
final class StoryIndex {
    /** Stories kept per key, latest first: a name busier than this is too common to find a thread by. */
    static final int STORIES_PER_KEY = 8;
    /** Keys kept; a key unused for this many newer ones is forgotten (about 100 MB at most). */
    static final int MAX_KEYS = 1 << 20;
    /** Stories compared per arrival, those sharing the most keys with it first. */
    static final int MAX_COMPARED = 6;

    private final Partition stories;
    /** Per key, members of the stories last seen under it, one member per story, latest first. */
    private final Map<Integer, int[]> byKey = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, int[]> eldest) {
            return size() > MAX_KEYS;
        }
    };

    StoryIndex(Partition stories) {
        this.stories = stories;
    }

    /** Keys under which stories are filed now, at most {@link #MAX_KEYS}. */
    int keys() {
        return byKey.size();
    }

    /** Files the article's story under the article's keys. */
    void add(ArticleProfile p) {
        int root = stories.root(p.seq());
        for (int key : p.indexKeys()) {
            int[] old = byKey.getOrDefault(key, new int[0]);
            int[] kept = new int[Math.min(STORIES_PER_KEY, old.length + 1)];
            kept[0] = p.seq();
            int n = 1;
            for (int k = 0; k < old.length && n < kept.length; k++) {
                if (stories.root(old[k]) != root) {
                    kept[n++] = old[k];
                }
            }
            byKey.put(key, n == kept.length ? kept : Arrays.copyOf(kept, n));
        }
    }

    /** Roots of the other stories filed under the article's keys, most shared keys first (then lower root). */
    int[] stories(ArticleProfile p) {
        int own = stories.root(p.seq());
        int[] found = new int[p.indexKeys().length * STORIES_PER_KEY];
        int count = 0;
        for (int key : p.indexKeys()) {
            int[] filed = byKey.get(key);
            if (filed != null) {
                for (int member : filed) {
                    int root = stories.root(member);
                    if (root != own) {
                        found[count++] = root;
                    }
                }
            }
        }
        Arrays.sort(found, 0, count);
        // Runs packed as (keys not shared, root): one primitive sort ranks most shared first.
        long[] ranked = new long[count];
        int runs = 0;
        for (int i = 0; i < count; ) {
            int j = i;
            while (j < count && found[j] == found[i]) {
                j++;
            }
            ranked[runs++] = ((long) (p.indexKeys().length - (j - i)) << 32) | found[i];
            i = j;
        }
        Arrays.sort(ranked, 0, runs);
        int[] out = new int[Math.min(runs, MAX_COMPARED)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) ranked[i];
        }
        return out;
    }
}
