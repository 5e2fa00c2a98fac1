package id.kabar.link;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Groups of articles (union-find) with stable labels: a group keeps the label of its oldest part
 * when two groups merge, so an event id seen yesterday still names the event today.
 */
final class Partition {
    private int[] parent = new int[1024];
    private int[] label = new int[1024];
    private int size;
    private int nextLabel;

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

    /** The compact form kept between runs: each member's group label. */
    int[] labels() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = labelOf(i);
        }
        return out;
    }

    int nextLabel() {
        return nextLabel;
    }

    /** Rebuilds groups from each member's label, as {@link #labels()} wrote them. */
    static Partition of(int[] labels, int nextLabel) {
        Partition p = new Partition();
        Map<Integer, Integer> firstWithLabel = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            p.add(i);
            Integer first = firstWithLabel.putIfAbsent(labels[i], i);
            p.label[i] = labels[i];
            if (first != null) {
                p.parent[i] = first;
            }
        }
        p.nextLabel = nextLabel;
        return p;
    }
}
