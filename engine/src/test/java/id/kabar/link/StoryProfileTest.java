package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A story's profile stays bounded however many articles it holds, and keeps what they share. */
class StoryProfileTest {
    @Test
    void aStoryOfManyArticlesKeepsItsHeaviestSharedWordsWithinTheBound() {
        List<AnnotatedArticle> articles = LinkingCorpus.seedsAndSample();
        Linker linker = new Linker();
        articles.forEach(linker::add);
        StoryProfile story = null;
        for (ArticleProfile p : linker.allProfiles()) {
            story = story == null ? StoryProfile.of(p) : story.merge(StoryProfile.of(p));
        }
        assertThat(story.articles()).isEqualTo(articles.size());
        assertThat(story.terms()).hasSize(StoryProfile.MAX_TERMS).isSorted();
        assertThat(story.entities()).hasSizeLessThanOrEqualTo(StoryProfile.MAX_ENTITIES).isSorted();
        // "Halimah" runs through two of the articles: a word repeated across a thread outweighs the
        // words one article uses once.
        int halimah = linker.vocabulary.idOf(TermAnalyzer.stems("Halimah").get(0));
        assertThat(story.terms()).contains(halimah);
    }

    @Test
    void aThreadResemblesItsOwnFollowUpMoreThanAnUnrelatedArticle() {
        List<AnnotatedArticle> sample = IndoSumSample.articles();
        Linker linker = new Linker();
        sample.forEach(linker::add);
        DocumentFrequencies df = new DocumentFrequencies(linker.vocabulary, BackgroundFrequencies.bundled());
        linker.allProfiles().forEach(df::add);
        StoryProfile goPay = profileOf(linker, "go-jek-resmikan").merge(profileOf(linker, "go-pay-kini"));
        assertThat(goPay.resemblance(profileOf(linker, "go-pay-kini"), df))
                .isGreaterThan(goPay.resemblance(profileOf(linker, "roro-fitria"), df) + 0.3);
    }

    private static StoryProfile profileOf(Linker linker, String word) {
        return StoryProfile.of(linker.allProfiles().stream().filter(p -> p.id().contains(word)).findFirst().orElseThrow());
    }
}
