package id.kabar.link;

import id.kabar.model.MemberRef;
import id.kabar.model.QuoteGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the same statement reported by several articles of a story, verbatim or re-translated:
 * the speakers agree (by surname or alias) and the words mostly agree after stemming.
 */
final class QuoteGrouper {
    /** Stem-set Dice from which two renderings are one statement; two translations of one sentence
     *  keep most content words ({@code pertempuran}, {@code meja}, {@code kematian}) while their
     *  function words and synonyms drift. */
    static final double SAME_WORDS = 0.5;
    /** A shorter quote that is mostly inside a longer one is the same statement, cut differently. */
    static final double CONTAINED = 0.8;
    static final int MIN_CONTAINED_STEMS = 8;

    private QuoteGrouper() {
    }

    static boolean sameStatement(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b) {
        if (a.speakerKey() == null || !a.speakerKey().equals(b.speakerKey())) {
            return false;
        }
        int[] x = a.stems();
        int[] y = b.stems();
        int shared = intersection(x, y);
        int small = Math.min(x.length, y.length);
        if (small == 0) {
            return false;
        }
        if (small < 3) {
            return x.length == y.length && shared == small;
        }
        double dice = 2.0 * shared / (x.length + y.length);
        return dice >= SAME_WORDS || small >= MIN_CONTAINED_STEMS && (double) shared / small >= CONTAINED;
    }

    /** Quote groups among a story's articles (in arrival order): groups spanning two or more articles. */
    static List<QuoteGroup> group(List<ArticleProfile> articles) {
        record Ref(ArticleProfile article, int index, ArticleProfile.QuoteForm form) {
        }
        Map<String, List<Ref>> bySpeaker = new LinkedHashMap<>();
        for (ArticleProfile p : articles) {
            for (int i = 0; i < p.quotes().size(); i++) {
                ArticleProfile.QuoteForm q = p.quotes().get(i);
                if (q.speakerKey() != null) {
                    bySpeaker.computeIfAbsent(q.speakerKey(), k -> new ArrayList<>()).add(new Ref(p, i, q));
                }
            }
        }
        List<QuoteGroup> groups = new ArrayList<>();
        for (List<Ref> refs : bySpeaker.values()) {
            Partition same = new Partition();
            for (int i = 0; i < refs.size(); i++) {
                same.add(i);
                for (int j = 0; j < i; j++) {
                    if (refs.get(i).article() != refs.get(j).article()
                            && sameStatement(refs.get(i).form(), refs.get(j).form())) {
                        same.union(i, j);
                    }
                }
            }
            Map<Integer, List<Ref>> members = new LinkedHashMap<>();
            for (int i = 0; i < refs.size(); i++) {
                members.computeIfAbsent(same.root(i), k -> new ArrayList<>()).add(refs.get(i));
            }
            for (List<Ref> m : members.values()) {
                if (m.stream().map(Ref::article).distinct().count() < 2) {
                    continue;
                }
                String speaker = m.stream().map(r -> r.form().quote().speaker())
                        .max(Comparator.comparingInt(String::length)).orElseThrow();
                groups.add(new QuoteGroup(speaker, m.stream()
                        .map(r -> new MemberRef(r.article().id(), r.index())).toList()));
            }
        }
        return groups;
    }

    static int intersection(int[] x, int[] y) {
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                n++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }
}
