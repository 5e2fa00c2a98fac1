package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.LinkedCorpus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Linking batch by batch, in any order, through saved state, gives the grouping of linking all at once. */
class LinkerIncrementalTest {
    private final List<AnnotatedArticle> corpus = corpus();

    private static List<AnnotatedArticle> corpus() {
        List<AnnotatedArticle> all = new ArrayList<>(new SeedArticles().articles);
        all.addAll(IndoSumSample.articles());
        return all;
    }

    private static LinkedCorpus linkAtOnce(List<AnnotatedArticle> articles) {
        Linker linker = new Linker();
        articles.forEach(linker::add);
        return linker.result();
    }

    /** Links in batches, saving and reloading the state between batches as the store does. */
    private static LinkedCorpus linkInBatches(List<AnnotatedArticle> articles, int batch) throws IOException {
        Linker linker = new Linker();
        for (int from = 0; from < articles.size(); from += batch) {
            articles.subList(from, Math.min(articles.size(), from + batch)).forEach(linker::add);
            linker = roundTrip(linker);
        }
        return linker.result();
    }

    private static Linker roundTrip(Linker linker) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        linker.writeState(out);
        return Linker.readState(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theSampleHoldsTwoTwoArticleEventsAndTheSeedEvents() {
        LinkedCorpus c = linkAtOnce(corpus);
        // Go-Pay paying bills and Go-Jek launching it two days later are two happenings of one story
        // (as labelled in the IndoSum event dev set).
        assertThat(Partitions.events(c)).hasSize(corpus.size() - 3);
        assertThat(Partitions.stories(c)).hasSize(6);
    }

    @Test
    void anyArrivalOrderGivesTheSamePartitions() {
        LinkedCorpus reference = linkAtOnce(corpus);
        Random random = new Random(42);
        for (int round = 0; round < 6; round++) {
            List<AnnotatedArticle> shuffled = new ArrayList<>(corpus);
            Collections.shuffle(shuffled, random);
            LinkedCorpus c = linkAtOnce(shuffled);
            assertThat(Partitions.events(c)).isEqualTo(Partitions.events(reference));
            assertThat(Partitions.stories(c)).isEqualTo(Partitions.stories(reference));
            assertThat(Partitions.copies(c)).isEqualTo(Partitions.copies(reference));
        }
    }

    @Test
    void anyBatchSplitThroughSavedStateGivesTheSamePartitions() throws IOException {
        LinkedCorpus reference = linkAtOnce(corpus);
        List<AnnotatedArticle> reversed = new ArrayList<>(corpus);
        Collections.reverse(reversed);
        for (int batch : new int[] {1, 3, 5}) {
            LinkedCorpus c = linkInBatches(reversed, batch);
            assertThat(Partitions.events(c)).isEqualTo(Partitions.events(reference));
            assertThat(Partitions.stories(c)).isEqualTo(Partitions.stories(reference));
        }
    }

    @Test
    void restoredStateGivesTheSameResultAndGoesOnLinkingAlike() throws IOException {
        Linker original = new Linker();
        corpus.subList(0, 8).forEach(original::add);
        Linker restored = roundTrip(original);
        assertThat(restored.result()).isEqualTo(original.result());

        corpus.subList(8, corpus.size()).forEach(original::add);
        corpus.subList(8, corpus.size()).forEach(restored::add);
        assertThat(restored.result()).isEqualTo(original.result());
    }

    @Test
    void eventAndStoryIdsStayWhenUnrelatedArticlesArrive() {
        Linker linker = new Linker();
        new SeedArticles().articles.forEach(linker::add);
        Map<String, ArticleLinks> before = linker.result().links();
        IndoSumSample.articles().forEach(linker::add);
        Map<String, ArticleLinks> after = linker.result().links();
        before.forEach((id, links) -> assertThat(after.get(id)).isEqualTo(links));
    }

    @Test
    void addingAnArticleTwiceChangesNothing() {
        Linker linker = new Linker();
        corpus.forEach(linker::add);
        LinkedCorpus once = linker.result();
        assertThat(linker.add(corpus.get(3))).isFalse();
        assertThat(linker.result()).isEqualTo(once);
    }

    @Test
    void unreadableOrForeignStateIsRefusedWithAReason() {
        InputStream future = new ByteArrayInputStream("{\"version\": 99, \"vocabulary\": [], \"articles\": []}"
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Linker.readState(future)).isInstanceOf(IOException.class).hasMessageContaining("version 99");
        InputStream garbage = new ByteArrayInputStream("not json".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Linker.readState(garbage)).isInstanceOf(IOException.class);
    }
}
