package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.LinkedCorpus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Copies (syndication, sister sites, re-scrapes, light edits) against rewrites of the same news. */
class DuplicateDetectionTest {
    private final List<AnnotatedArticle> sample = IndoSumSample.articles();
    private final AnnotatedArticle goBills = IndoSumSample.byWord(sample, "go-bill");

    private static AnnotatedArticle copy(AnnotatedArticle a, String id, LocalDate published, String body) {
        return IndoSumSample.article(id, a.article().title(), published, body);
    }

    @Test
    void aReScrapeWithPageBoilerplateIsACopyOfTheOriginal() {
        String body = "Baca juga: Berita teknologi terkini\n\n" + goBills.article().body()
                + "\n\n(red) Ikuti kami di media sosial.";
        Linker linker = new Linker();
        linker.add(goBills);
        linker.add(copy(goBills, "sister-site/go-bills", goBills.article().published(), body));
        LinkedCorpus c = linker.result();
        assertThat(c.links().get("sister-site/go-bills").duplicateOf()).isEqualTo(goBills.id());
        assertThat(c.links().get(goBills.id()).duplicateOf()).isNull();
        assertThat(c.links().get("sister-site/go-bills").event()).isEqualTo(c.links().get(goBills.id()).event());
    }

    @Test
    void aLightlyEditedSyndicatedCopyPointsToTheEarliestPublishedEvenWhenItArrivesFirst() {
        String edited = goBills.article().body()
                .replace("Untuk sementara", "Saat ini")
                .replaceFirst("\\. [^.]*\\.\\s*$", ".");
        LocalDate dayBefore = goBills.article().published().minusDays(1);
        Linker linker = new Linker();
        linker.add(goBills);
        linker.add(copy(goBills, "syndicated/go-bills", dayBefore, edited));
        LinkedCorpus c = linker.result();
        assertThat(c.links().get(goBills.id()).duplicateOf()).isEqualTo("syndicated/go-bills");
        assertThat(c.links().get("syndicated/go-bills").duplicateOf()).isNull();
    }

    @Test
    void anArticleRepostedAYearLaterIsACopyButNotPartOfTheOldEventOrStory() {
        Linker linker = new Linker();
        linker.add(goBills);
        linker.add(copy(goBills, "archive/go-bills", goBills.article().published().plusYears(1), goBills.article().body()));
        LinkedCorpus c = linker.result();
        assertThat(c.links().get("archive/go-bills").duplicateOf()).isEqualTo(goBills.id());
        assertThat(c.links().get("archive/go-bills").event()).isNotEqualTo(c.links().get(goBills.id()).event());
        assertThat(c.links().get("archive/go-bills").story()).isNotEqualTo(c.links().get(goBills.id()).story());
    }

    @Test
    void theSameArticleScrapedTwiceOnTheSameDayPointsToTheFirstArrival() {
        Linker linker = new Linker();
        linker.add(goBills);
        linker.add(copy(goBills, "rescrape/go-bills", goBills.article().published(), goBills.article().body()));
        assertThat(linker.result().links().get("rescrape/go-bills").duplicateOf()).isEqualTo(goBills.id());
    }

    @Test
    void twoWritersOnTheSameLaunchAreOneStoryButNotCopies() {
        Linker linker = new Linker();
        AnnotatedArticle goPay = IndoSumSample.byWord(sample, "go-pay");
        linker.add(goPay);
        linker.add(goBills);
        LinkedCorpus c = linker.result();
        assertThat(c.links().get(goBills.id()).duplicateOf()).isNull();
        // The feature appearing and its launch two days later: two happenings of one story.
        assertThat(c.links().get(goBills.id()).story()).isEqualTo(c.links().get(goPay.id()).story());
    }

    @Test
    void anEmptyBodyHasNoCopiesAndStillGetsAnEventAndStory() {
        Linker linker = new Linker();
        linker.add(IndoSumSample.article("empty-1", null, null, ""));
        linker.add(IndoSumSample.article("empty-2", null, null, "   "));
        LinkedCorpus c = linker.result();
        assertThat(c.links().get("empty-2").duplicateOf()).isNull();
        assertThat(c.links().get("empty-2").event()).isNotEqualTo(c.links().get("empty-1").event());
        assertThat(c.stories()).hasSize(2);
    }
}
