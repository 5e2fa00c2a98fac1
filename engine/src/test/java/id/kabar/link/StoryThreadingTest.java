package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.LinkedCorpus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stories grow by resembling the thread as a whole, so one mixed article cannot join two threads. */
class StoryThreadingTest {
    private final List<AnnotatedArticle> sample = IndoSumSample.articles();
    private final AnnotatedArticle halimahA = IndoSumSample.byWord(sample, "janji-di-secarik");
    private final AnnotatedArticle halimahB = IndoSumSample.byWord(sample, "wanita-pertama-jadi-presiden");
    private final AnnotatedArticle pssiA = IndoSumSample.byWord(sample, "rekam-jejak-sekjen");
    private final AnnotatedArticle pssiB = IndoSumSample.byWord(sample, "ratu-tisha-sekjen");

    /** The same article under another id a day later, as a syndicating outlet reposts it. */
    private static AnnotatedArticle repost(AnnotatedArticle a, String id) {
        Article x = a.article();
        return IndoSumSample.article(id, x.title(), x.published().plusDays(1), x.body());
    }

    /** The PSSI pair moved a week after the inauguration, so both threads run in the same weeks. */
    private static AnnotatedArticle redated(AnnotatedArticle a, LocalDate day) {
        Article x = a.article();
        return IndoSumSample.article(x.id(), x.title(), day, x.body());
    }

    /** Half of each of three articles under the headlines of the last two: a column touching two threads. */
    private static AnnotatedArticle bridge(AnnotatedArticle a, AnnotatedArticle b, AnnotatedArticle c, LocalDate day) {
        List<String> sentences = new ArrayList<>(firstHalf(a));
        sentences.addAll(firstHalf(b));
        sentences.addAll(firstHalf(c));
        return IndoSumSample.article("opini/dua-perempuan-pertama",
                b.article().title() + "; " + c.article().title(), day, String.join(" ", sentences));
    }

    private static List<String> firstHalf(AnnotatedArticle a) {
        List<String> s = Arrays.asList(a.article().body().split("(?<=\\.) "));
        return s.subList(0, (s.size() + 1) / 2);
    }

    private static boolean sameStory(LinkedCorpus c, AnnotatedArticle a, AnnotatedArticle b) {
        return c.links().get(a.id()).story().equals(c.links().get(b.id()).story());
    }

    @Test
    void oneArticleTouchingTwoThreadsDoesNotMergeThem() {
        LocalDate inauguration = halimahA.article().published();
        AnnotatedArticle pssiLaterA = redated(pssiA, inauguration.plusDays(7));
        AnnotatedArticle pssiLaterB = redated(pssiB, inauguration.plusDays(7));
        AnnotatedArticle mixed = bridge(halimahA, halimahB, pssiA, inauguration.plusDays(4));
        Linker linker = new Linker();
        List.of(halimahA, halimahB, repost(halimahA, "repost/halimah"), pssiLaterA, pssiLaterB, mixed)
                .forEach(linker::add);
        LinkedCorpus c = linker.result();

        // The bridge is close enough to a member of each thread to have chained them one pair at a time.
        DocumentFrequencies df = new DocumentFrequencies(linker.vocabulary, BackgroundFrequencies.bundled());
        linker.allProfiles().forEach(df::add);
        ArticleProfile bridgeProfile = linker.profiles.get(5);
        assertThat(StoryThreader.sameStory(PairFeatures.of(bridgeProfile, linker.profiles.get(1), df))).isTrue();
        assertThat(StoryThreader.sameStory(PairFeatures.of(bridgeProfile, linker.profiles.get(3), df))).isTrue();

        assertThat(sameStory(c, halimahA, halimahB)).isTrue();
        assertThat(sameStory(c, pssiLaterA, pssiLaterB)).isTrue();
        assertThat(sameStory(c, halimahA, pssiLaterA)).isFalse();
    }

    @Test
    void oneArticleReportingTheSameDaysAsTwoThreadsJoinsOneOfThemAtMost() {
        LocalDate inauguration = halimahA.article().published();
        AnnotatedArticle pssiSoonA = redated(pssiA, inauguration);
        AnnotatedArticle pssiSoonB = redated(pssiB, inauguration);
        AnnotatedArticle mixed = bridge(halimahA, halimahB, pssiA, inauguration);
        Linker linker = new Linker();
        List.of(halimahA, halimahB, repost(halimahA, "repost/halimah"), pssiSoonA, pssiSoonB, mixed)
                .forEach(linker::add);
        LinkedCorpus c = linker.result();

        // On the day of both threads and close to both in words: it reports the same event as either.
        DocumentFrequencies df = new DocumentFrequencies(linker.vocabulary, BackgroundFrequencies.bundled());
        linker.allProfiles().forEach(df::add);
        ArticleProfile bridgeProfile = linker.profiles.get(5);
        assertThat(EventClusterer.sameEvent(PairFeatures.of(bridgeProfile, linker.profiles.get(1), df))).isTrue();
        assertThat(EventClusterer.sameEvent(PairFeatures.of(bridgeProfile, linker.profiles.get(3), df))).isTrue();

        assertThat(sameStory(c, halimahA, pssiSoonA)).isFalse();
        assertThat(c.links().get(halimahB.id()).event()).isNotEqualTo(c.links().get(pssiSoonA.id()).event());
    }

    @Test
    void anArticleOfASmallStoryJoinsAGrownOneThroughOneClosePairButGrownStoriesMustResembleAsWholes() {
        Linker linker = new Linker();
        List.of(halimahA, halimahB, repost(halimahA, "repost/halimah"), pssiA, pssiB, repost(pssiA, "repost/pssi"))
                .forEach(linker::add);
        DocumentFrequencies df = new DocumentFrequencies(linker.vocabulary, BackgroundFrequencies.bundled());
        linker.allProfiles().forEach(df::add);
        StoryThreader threader = new StoryThreader(new Partition(), linker.profiles::get, df, new LinkWork.Counter());
        for (int seq = 0; seq < linker.profiles.size(); seq++) {
            threader.add(seq);
        }
        threader.join(0, 1);
        threader.join(0, 2);

        // The PSSI piece, alone, does not resemble Halimah's grown story as a whole ...
        assertThat(threader.mayThread(3, 0, 0)).isFalse();
        assertThat(threader.mayThread(3, 0, StoryThreader.SAME_STORY)).isFalse();
        // ... but one pair that close would join it, as a side piece joins the matter it belongs to.
        assertThat(threader.mayThread(3, 0, StoryThreader.CLOSE_PAIR)).isTrue();
        // Once its own story has grown, it is judged as a whole, however close one pair.
        threader.join(3, 4);
        threader.join(3, 5);
        assertThat(threader.mayThread(3, 0, 1.0)).isFalse();
    }
}
