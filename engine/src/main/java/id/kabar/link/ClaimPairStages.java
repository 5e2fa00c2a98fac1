package id.kabar.link;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.MemberRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the claim grouping loses a pair of claims two articles give of one figure: the first stage that keeps them
 * apart, read over a whole corpus with the events, stories and copies a run linked. It tells which stage a labelled
 * pair the groups miss needs mended: the claims read as of different things, the two never compared (of different
 * stories and events, and not met across stories), compared but refused by the figure, unit and time tests, or
 * offered to be joined and kept apart by the groups around them.
 */
public final class ClaimPairStages {
    /** The first stage that keeps a pair of claims apart, or {@code GROUPED} when none does. */
    public enum Stage {
        /** Another category or unit, or subjects that name different things. */
        SUBJECT,
        /** Of different stories and events, and not met across stories. */
        NEVER_MET,
        /** Compared, and refused by every pass. */
        REFUSED,
        /** Offered to be joined, kept apart by the groups they are in. */
        GROUPING,
        /** In one group. */
        GROUPED
    }

    /** A pair of claims, each by its article's id and its index in that article's claims. */
    public record Pair(MemberRef first, MemberRef second) {
    }

    private ClaimPairStages() {
    }

    /**
     * The stage each pair is lost at, the corpus profiled and its claims grouped as the linker does it.
     *
     * @param corpus every article of the run, so that claims meet the same others they meet in it
     * @param links  each article's copy, event and story as the run linked them
     */
    public static List<Stage> of(List<AnnotatedArticle> corpus, Map<String, ArticleLinks> links, List<Pair> pairs) {
        Vocabulary vocabulary = new Vocabulary();
        ArticleProfiler profiler = new ArticleProfiler(vocabulary);
        List<ArticleProfile> profiles = new ArrayList<>(corpus.size());
        Map<String, Integer> labels = new HashMap<>();
        for (AnnotatedArticle a : corpus) {
            profiles.add(profiler.profile(profiles.size(), a));
        }
        List<int[]> places = new ArrayList<>(pairs.size());
        Map<String, Integer> seqOf = new HashMap<>();
        profiles.forEach(p -> seqOf.put(p.id(), p.seq()));
        for (Pair p : pairs) {
            places.add(new int[] {seqOf.get(p.first().article()), p.first().index(), seqOf.get(p.second().article()),
                    p.second().index()});
        }
        return ClaimGrouper.stages(profiles, p -> label(labels, "story " + links.get(p.id()).story()),
                vocabulary::word, p -> label(labels, "copy " + original(links, p.id())),
                p -> label(labels, "event " + links.get(p.id()).event()), places);
    }

    /** The article a copy copies, or the article itself. */
    private static String original(Map<String, ArticleLinks> links, String id) {
        String of = links.get(id).duplicateOf();
        return of == null ? id : of;
    }

    private static int label(Map<String, Integer> labels, String name) {
        return labels.computeIfAbsent(name, k -> labels.size());
    }
}
