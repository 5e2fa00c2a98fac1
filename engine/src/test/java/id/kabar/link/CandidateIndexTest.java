package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Candidates come from the weeks around an article's day, and undated articles meet everyone. */
class CandidateIndexTest {
    private final List<AnnotatedArticle> sample = IndoSumSample.articles();
    private final AnnotatedArticle promise = IndoSumSample.byWord(sample, "janji-di-secarik");
    private final AnnotatedArticle inauguration = IndoSumSample.byWord(sample, "wanita-pertama-jadi-presiden");
    private final ArticleProfiler profiler = new ArticleProfiler(new Vocabulary());
    private final CandidateIndex index = new CandidateIndex(new LinkWork.Counter());

    private ArticleProfile inaugurationOn(int seq, LocalDate day) {
        return profiler.profile(seq, IndoSumSample.article("inauguration-" + seq, inauguration.article().title(), day,
                inauguration.article().body()));
    }

    @Test
    void aReportOfTheSameNewsIsACandidateWithinTheWindowAndNotBeyondIt() {
        LocalDate day = promise.article().published();
        index.add(profiler.profile(0, promise));
        assertThat(index.candidates(inaugurationOn(1, day.plusDays(12)), StoryThreader.WINDOW_DAYS)).containsExactly(0);
        assertThat(index.candidates(inaugurationOn(2, day.minusDays(25)), StoryThreader.WINDOW_DAYS)).containsExactly(0);
        assertThat(index.candidates(inaugurationOn(3, day.plusDays(70)), StoryThreader.WINDOW_DAYS)).isEmpty();
    }

    @Test
    void undatedArticlesMeetDatedOnesWhateverTheirDay() {
        index.add(profiler.profile(0, promise));
        index.add(profiler.profile(1, IndoSumSample.article("undated-promise", promise.article().title(), null,
                promise.article().body())));
        assertThat(index.candidates(inaugurationOn(2, null), StoryThreader.WINDOW_DAYS)).containsExactlyInAnyOrder(0, 1);
        assertThat(index.candidates(inaugurationOn(3, promise.article().published().plusYears(2)),
                StoryThreader.WINDOW_DAYS)).containsExactly(1);
    }
}
