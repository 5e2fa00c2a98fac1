package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four IndoSum articles: CNN Indonesia on the arson of a GMBI office in Bogor and, the next day, on FPI's
 * answer to it (one story, two happenings); Merdeka and Antara on the KPK arrest in Tegal the same day
 * (one happening, two outlets).
 */
class EventClustererTest {
    private final ComparedArticles compared = new ComparedArticles(articles());

    private PairFeatures pair(String first, String second) {
        return compared.pair(first, second);
    }

    @Test
    void twoOutletsReportingOneArrestAreOneEvent() {
        PairFeatures tegal = pair("komentar-wakil-wali-kota-tegal", "kpk-amankan-ratusan-juta");

        assertThat(tegal.sameOutlet()).isFalse();
        assertThat(EventClusterer.sameEvent(tegal)).isTrue();
    }

    @Test
    void anOutletsFollowUpTheNextDayJoinsTheStoryButNotTheEvent() {
        PairFeatures bogor = pair("kisruh-berlanjut-ke-bogor", "fpi-jangan-terlalu-cepat");

        assertThat(bogor.sameOutlet()).isTrue();
        assertThat(EventClusterer.sameEvent(bogor)).isFalse();
        assertThat(StoryThreader.sameStory(bogor)).isTrue();
        // Written by two outlets on one day, words this close would have passed for one happening: the outlet's
        // margin and the day's decide.
        PairFeatures asIfTwoOutletsOnOneDay = new PairFeatures(bogor.termCosine(), bogor.entityOverlap(),
                bogor.sharedQuotes(), 0, false, bogor.titleOverlap());
        assertThat(EventClusterer.sameEvent(asIfTwoOutletsOnOneDay)).isTrue();
    }

    @Test
    void anOutletsPieceThatWouldPassForOneHappeningIsAtLeastOneThread() {
        // Measured on IndoSum with the annotator: one outlet on Go-Pay paying bills (the feature appears) and,
        // by the days both report on, on Go-Jek launching it. Mostly the same words, few names: below the
        // story bar, above the event bar but for the outlet's margin.
        PairFeatures goPay = new PairFeatures(0.593, 0.091, 0, 0, true, PairFeatures.NO_HEADLINES);

        assertThat(StoryThreader.evidence(goPay)).isLessThan(StoryThreader.SAME_STORY);
        assertThat(EventClusterer.sameEvent(goPay)).isFalse();
        assertThat(EventClusterer.reportAlike(goPay)).isTrue();
        assertThat(StoryThreader.sameStory(goPay)).isTrue();
    }

    @Test
    void aRestoredLinkerStillKnowsWhichOutletWroteWhat(@TempDir Path dir) throws IOException {
        Linker linker = Linker.in(dir);
        articles().forEach(linker::add);
        byte[] saved = linker.checkpoint();
        linker.close();

        Linker restored = Linker.restore(dir, saved);

        assertThat(IntStream.range(0, restored.size()).mapToObj(restored.profiles::get)).extracting(ArticleProfile::outlet)
                .containsExactly("cnnindonesia", "cnnindonesia", "merdeka", "antaranews");
    }

    @Test
    void outletsCompareByTheirLettersAndDigits() {
        assertThat(ArticleProfiler.outletKey("CNN Indonesia")).isEqualTo(ArticleProfiler.outletKey("cnn indonesia"));
        assertThat(ArticleProfiler.outletKey("Suara.com")).isEqualTo("suaracom");
        assertThat(ArticleProfiler.outletKey(" - ")).isNull();
        assertThat(ArticleProfiler.outletKey(null)).isNull();
    }

    private static List<AnnotatedArticle> articles() {
        return IndoSumSample.read("/link/indosum-follow-ups.jsonl").stream().map(IndoSumSample::crude).toList();
    }
}
