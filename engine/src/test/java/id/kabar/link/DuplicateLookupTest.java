package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The copy look-up compares a bounded number of stored articles however many meet a new one in the LSH
 * bands, and does not compare again the members of a group of copies it has already found a copy in.
 */
class DuplicateLookupTest {
    /** More condensed versions than a look-up compares, and more than a band's postings read. */
    private static final int VARIANTS = 3 * DuplicateDetector.COPIES_COMPARED;
    private final AnnotatedArticle goBills = IndoSumSample.byWord(IndoSumSample.articles(), "go-bill");
    private final ArticleProfiler profiler = new ArticleProfiler(new Vocabulary());
    private final List<ArticleProfile> stored = new ArrayList<>();
    private final LinkWork.Counter work = new LinkWork.Counter();

    /**
     * The Go-Bills text cut down by a different passage each time, as re-posts condense it: each keeps most
     * of the text, so it meets the whole text in most bands, but in its own bands.
     */
    private ArticleProfile cut(int n) {
        String[] words = goBills.article().body().split(" ");
        int from = n * words.length / VARIANTS;
        int to = Math.min(words.length, from + words.length / 8);
        String body = String.join(" ", Arrays.copyOfRange(words, 0, from)) + " "
                + String.join(" ", Arrays.copyOfRange(words, to, words.length));
        return profiler.profile(n, IndoSumSample.article("condensed-" + n + "/go-bills", goBills.article().title(),
                goBills.article().published(), body));
    }

    private DuplicateDetector storing(IntUnaryOperator copyGroup) {
        DuplicateDetector detector = new DuplicateDetector(stored::get, copyGroup, work);
        for (int n = 0; n < VARIANTS; n++) {
            stored.add(cut(n));
            detector.add(stored.get(n));
        }
        return detector;
    }

    @Test
    void manyCondensedCopiesMeetingANewArticleAreComparedOnlyUpToTheBound() {
        // Each cut its own group, as if none had been found a copy of another.
        DuplicateDetector detector = storing(seq -> seq);
        int[] copies = detector.copiesOf(profiler.profile(VARIANTS, goBills));
        assertThat(copies).hasSize(DuplicateDetector.COPIES_COMPARED);
        // Each copy found after the first is also checked against the first one's group: one more comparison each.
        assertThat(work.signaturesCompared).isEqualTo(2 * DuplicateDetector.COPIES_COMPARED - 1);
    }

    @Test
    void oneCopyFoundInAGroupOfCopiesSparesComparingTheRest() {
        DuplicateDetector detector = storing(seq -> 0);
        int[] copies = detector.copiesOf(profiler.profile(VARIANTS, goBills));
        assertThat(copies).hasSize(1);
        assertThat(work.signaturesCompared).isEqualTo(1);
    }
}
