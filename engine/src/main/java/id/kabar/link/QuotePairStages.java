package id.kabar.link;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.MemberRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the quote grouping loses a pair of quotes two articles give of one statement: the first stage that keeps them
 * apart, read over a whole corpus as the linker groups it. It tells which stage a labelled pair the groups miss needs
 * mended: the speaker read as two people, the two never compared (reported too many days apart, or sharing neither a
 * speaker's word nor a sketch stem), compared but worded too far apart, or one statement that the groups around them
 * kept apart.
 */
public final class QuotePairStages {
    /** The first stage that keeps a pair of quotes apart, or {@code GROUPED} when none does. */
    public enum Stage {
        /** The speakers are read as two, or one is unknown. */
        SPEAKER,
        /** One speaker's, but never compared: reported days apart, or met under no shared key. */
        NEVER_MET,
        /** Compared, and not one statement by their words. */
        WORDING,
        /** One statement by their words, kept apart by the other quotes of their groups. */
        GROUPING,
        /** In one group. */
        GROUPED
    }

    /** A pair of quotes, each by its article's id and its index in that article's quotes. */
    public record Pair(MemberRef first, MemberRef second) {
    }

    private QuotePairStages() {
    }

    /**
     * The stage each pair is lost at, the corpus profiled and grouped as the linker does it.
     *
     * @param corpus every article of the run, so that quotes meet the same others they meet in it
     */
    public static List<Stage> of(List<AnnotatedArticle> corpus, List<Pair> pairs) {
        Vocabulary vocabulary = new Vocabulary();
        ArticleProfiler profiler = new ArticleProfiler(vocabulary);
        List<ArticleProfile> profiles = new ArrayList<>(corpus.size());
        Map<String, Integer> seqOf = new HashMap<>();
        for (AnnotatedArticle a : corpus) {
            seqOf.put(a.article().id(), profiles.size());
            profiles.add(profiler.profile(profiles.size(), a));
        }
        List<int[]> places = new ArrayList<>(pairs.size());
        for (Pair p : pairs) {
            places.add(new int[] {seqOf.get(p.first().article()), p.first().index(), seqOf.get(p.second().article()),
                    p.second().index()});
        }
        return QuoteGrouper.stages(profiles, vocabulary::word, places);
    }
}
