package id.kabar.annotate.quote;

import id.kabar.model.Entity;
import id.kabar.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The entities' mentions in body order, for looking up who is named in a stretch of text. */
final class MentionIndex {
    private final List<Mention> mentions;

    MentionIndex(String body, List<Entity> entities) {
        List<Mention> all = new ArrayList<>();
        for (Entity e : entities) {
            for (Span s : e.spans()) {
                if (s.end() <= body.length()) {
                    all.add(new Mention(s.start(), s.end(), e));
                }
            }
        }
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()));
        this.mentions = List.copyOf(all);
    }

    boolean isEmpty() {
        return mentions.isEmpty();
    }

    /** Mentions lying wholly inside {@code [from, to)}, in body order. */
    List<Mention> within(int from, int to) {
        List<Mention> out = new ArrayList<>();
        int i = firstAtOrAfter(from);
        for (; i < mentions.size() && mentions.get(i).start() < to; i++) {
            Mention m = mentions.get(i);
            if (m.end() <= to) {
                out.add(m);
            }
        }
        return out;
    }

    private int firstAtOrAfter(int position) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
