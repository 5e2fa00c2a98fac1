package id.kabar.link;

import java.util.Arrays;

/**
 * Groups of articles (union-find) with stable labels: a group keeps the label of its oldest part
 * when two groups merge, so an event id seen yesterday still names the event today.
 */
final class Partition {
    private int[] parent = new int[1024];
    private int[] label = new int[1024];
    private int size;
    private int nextLabel;
    /** The unions since the journal was last drained, as pairs of members; null when none is kept. */
    private int[] journal;
    private int journaled;

    /** Places article {@code member} (numbered in arrival order) alone in a new group. */
    void add(int member) {
        if (member != size) {
            throw new IllegalStateException("members arrive in order: expected " + size + ", got " + member);
        }
        if (size == parent.length) {
            parent = Arrays.copyOf(parent, size * 2);
            label = Arrays.copyOf(label, size * 2);
        }
        parent[size] = size;
        label[size] = nextLabel++;
        size++;
    }

    void union(int a, int b) {
        if (journal != null) {
            if (journaled + 2 > journal.length) {
                journal = Arrays.copyOf(journal, journal.length * 2);
            }
            journal[journaled++] = a;
            journal[journaled++] = b;
        }
        int ra = root(a);
        int rb = root(b);
        if (ra == rb) {
            return;
        }
        int keep = label[ra] <= label[rb] ? ra : rb;
        int gone = keep == ra ? rb : ra;
        parent[gone] = keep;
    }

    int root(int a) {
        int r = a;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[a] != r) {
            int up = parent[a];
            parent[a] = r;
            a = up;
        }
        return r;
    }

    int labelOf(int member) {
        return label[root(member)];
    }

    /** From now on, keeps the unions made, to be saved as they happen rather than as a label per member. */
    void keepJournal() {
        journal = new int[64];
    }

    /** The unions made since the last drain, as pairs of members in the order they were made; empties the journal. */
    int[] drainJournal() {
        int[] out = Arrays.copyOf(journal, journaled);
        journaled = 0;
        return out;
    }

    /**
     * Places {@code members} articles alone and makes the journaled unions again: the groups as they were,
     * journaling from here on (the replayed unions are in the journal).
     */
    static Partition replay(int members, int[] unions) {
        Partition p = new Partition();
        p.keepJournal();
        for (int i = 0; i < members; i++) {
            p.add(i);
        }
        for (int k = 0; k + 1 < unions.length; k += 2) {
            if (Math.max(unions[k], unions[k + 1]) >= members || Math.min(unions[k], unions[k + 1]) < 0) {
                throw new IllegalArgumentException("a union of articles " + unions[k] + " and " + unions[k + 1]
                        + " beyond the " + members + " saved");
            }
            p.union(unions[k], unions[k + 1]);
        }
        return p;
    }
}
