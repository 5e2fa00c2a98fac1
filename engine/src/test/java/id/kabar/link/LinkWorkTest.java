package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The work counters count each comparison once, and nothing for articles that share nothing. */
class LinkWorkTest {
    private final List<AnnotatedArticle> sample = IndoSumSample.articles();
    private final AnnotatedArticle promise = IndoSumSample.byWord(sample, "janji-di-secarik");
    private final AnnotatedArticle inauguration = IndoSumSample.byWord(sample, "wanita-pertama-jadi-presiden");

    @Test
    void theFirstArticleIsComparedWithNothing() {
        Linker linker = new Linker();
        linker.add(promise);
        assertThat(linker.work()).isEqualTo(new LinkWork(1, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void aSecondReportOfTheSameNewsIsComparedOnceWithTheFirstAndJoinsItsStory() {
        Linker linker = new Linker();
        linker.add(promise);
        LinkWork before = linker.work();
        linker.add(inauguration);
        LinkWork second = linker.work().since(before);
        assertThat(second.articles()).isEqualTo(1);
        assertThat(second.pairsCompared()).isEqualTo(1);
        // It shares several keys with the first, so the first is read under each of them.
        assertThat(second.postingsRead()).isGreaterThan(1);
        assertThat(second.joins()).isEqualTo(1);
        assertThat(second.storyMerges()).isEqualTo(1);
        // Two small stories thread without weighing their profiles.
        assertThat(second.storyResemblances()).isZero();
    }

    @Test
    void anUnrelatedArticleOfTheSameDayIsNotCompared() {
        Linker linker = new Linker();
        linker.add(promise);
        linker.add(inauguration);
        LinkWork before = linker.work();
        linker.add(IndoSumSample.article("regional/banjir-bogor", "Hujan deras, jalan di Bogor tergenang",
                promise.article().published(), "Hujan deras yang mengguyur Bogor sejak sore membuat sejumlah ruas "
                        + "jalan tergenang setinggi lutut. Kepala BPBD Bogor mengatakan genangan mulai surut menjelang "
                        + "tengah malam setelah petugas membersihkan saluran air yang tersumbat sampah."));
        LinkWork third = linker.work().since(before);
        assertThat(third.pairsCompared()).isZero();
        assertThat(third.signaturesCompared()).isZero();
        assertThat(third.joins()).isZero();
    }

    @Test
    void aReScrapeMeetsTheOriginalInEveryBandButIsComparedWithItOnce() {
        Linker linker = new Linker();
        linker.add(promise);
        linker.add(IndoSumSample.article("mirror/janji", promise.article().title(), promise.article().published(),
                promise.article().body()));
        LinkWork work = linker.work();
        assertThat(work.signaturesCompared()).isEqualTo(1);
        // Joined as a copy and again as a pair of the same event: the second join merges nothing.
        assertThat(work.joins()).isEqualTo(2);
        assertThat(work.storyMerges()).isEqualTo(1);
    }
}
