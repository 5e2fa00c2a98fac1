package id.kabar.link;

import java.util.Arrays;

/**
 * Groups of articles (union-find) with stable labels: a group is labelled by its oldest member, which
 * stays its root when two groups merge, so an event id seen yesterday still names the event today.
 * The links to parents are an {@link ArticleColumn}, so a partition given the linker's files keeps its
 * four bytes an article out of the heap once the store is large.
 */
final class Partition {
    private final ArticleColumn parent;
    private int size;
    /** The unions since the journal was last drained, as pairs of members; null when none is kept. */
    private int[] journal;
    private int journaled;

    /** Groups held in the heap, however many members. */
    Partition() {
        this(null, null);
    }

    /** Groups whose links move into a file named after {@code name} among the linker's once they are many. */
    Partition(LinkerFiles files, String name) {
        parent = ArticleColumn.ints(files, name, 0);
    }

    /** Places article {@code member} (numbered in arrival order) alone in a new group. */
    void add(int member) {
        if (member != size) {
            throw new IllegalStateException("members arrive in order: expected " + size + ", got " + member);
        }
        parent.set(size, size);
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
        parent.set(Math.max(ra, rb), Math.min(ra, rb));
    }

    /** The group's root: its oldest member. */
    int root(int a) {
        int r = a;
        for (int up = parent(r); up != r; up = parent(r)) {
            r = up;
        }
        for (int up = parent(a); up != r; up = parent(a)) {
            parent.set(a, r);
            a = up;
        }
        return r;
    }

    private int parent(int member) {
        return (int) parent.get(member);
    }

    int labelOf(int member) {
        return root(member);
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
    static Partition replay(LinkerFiles files, String name, int members, int[] unions) {
        Partition p = new Partition(files, name);
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
