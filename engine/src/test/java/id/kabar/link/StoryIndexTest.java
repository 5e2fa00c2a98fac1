package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * The IndoSum articles of {@link StoryEvidenceTest}: CNN Indonesia on the driver of Setya Novanto's crashed car
 * named a suspect, and on Novanto wanting the crash case dropped three weeks later; Pos Kota on Sandiaga Uno and
 * the Jakarta bay reclamation.
 */
class StoryIndexTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles compared = new ComparedArticles(
            IndoSumSample.read("/link/indosum-weeks-apart.jsonl").stream().map(ANNOTATOR::annotate).toList());

    @Test
    void aLaterReportFindsTheStoryFiledUnderItsNamesWhateverTheGap() {
        Partition stories = partitionOf(compared.size());
        StoryIndex index = new StoryIndex(stories);
        ArticleProfile driver = compared.profile("wartawan-sopir");
        ArticleProfile dropped = compared.profile("kasus-kecelakaannya");
        ArticleProfile sandiaga = compared.profile("reklamasi-sandi");
        index.add(driver);
        index.add(sandiaga);

        assertThat(index.stories(dropped)).startsWith(driver.seq());
    }

    @Test
    void aStoryIsNotFoundAsItsOwnThread() {
        Partition stories = partitionOf(compared.size());
        StoryIndex index = new StoryIndex(stories);
        ArticleProfile driver = compared.profile("wartawan-sopir");
        ArticleProfile dropped = compared.profile("kasus-kecelakaannya");
        index.add(driver);
        stories.union(driver.seq(), dropped.seq());

        assertThat(index.stories(dropped)).isEmpty();
    }

    private static Partition partitionOf(int articles) {
        Partition p = new Partition();
        for (int seq = 0; seq < articles; seq++) {
            p.add(seq);
        }
        return p;
    }
}
