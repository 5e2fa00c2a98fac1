package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.LinkedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linking batch by batch, in any order, through saved state, gives the grouping of linking all at once. */
class LinkerIncrementalTest {
    @TempDir
    Path dir;
    private final List<AnnotatedArticle> corpus = LinkingCorpus.seedsAndSample();

    /** Links in batches, saving and reloading the state between batches as the store does. */
    private LinkedCorpus linkInBatches(List<AnnotatedArticle> articles, int batch) throws IOException {
        Path dir = Files.createTempDirectory(this.dir, "batch" + batch);
        Linker linker = Linker.in(dir);
        for (int from = 0; from < articles.size(); from += batch) {
            articles.subList(from, Math.min(articles.size(), from + batch)).forEach(linker::add);
            linker = roundTrip(linker, dir);
        }
        return linker.result();
    }

    private static Linker roundTrip(Linker linker, Path dir) throws IOException {
        byte[] head = linker.checkpoint();
        linker.close();
        return Linker.restore(dir, head);
    }

    @Test
    void theSampleHoldsTwoTwoArticleEventsAndTheSeedEvents() {
        LinkedCorpus c = LinkingCorpus.linkedAtOnce(corpus);
        // Go-Pay paying bills and Go-Jek launching it two days later are two happenings of one story
        // (as labelled in the IndoSum event dev set).
        assertThat(Partitions.events(c)).hasSize(corpus.size() - 3);
        assertThat(Partitions.stories(c)).hasSize(6);
    }

    @Test
    void anyArrivalOrderGivesTheSamePartitions() {
        LinkedCorpus reference = LinkingCorpus.linkedAtOnce(corpus);
        Random random = new Random(42);
        for (int round = 0; round < 6; round++) {
            List<AnnotatedArticle> shuffled = new ArrayList<>(corpus);
            Collections.shuffle(shuffled, random);
            LinkedCorpus c = LinkingCorpus.linkedAtOnce(shuffled);
            assertThat(Partitions.events(c)).isEqualTo(Partitions.events(reference));
            assertThat(Partitions.stories(c)).isEqualTo(Partitions.stories(reference));
            assertThat(Partitions.copies(c)).isEqualTo(Partitions.copies(reference));
        }
    }

    @Test
    void anyBatchSplitThroughSavedStateGivesTheSamePartitions() throws IOException {
        LinkedCorpus reference = LinkingCorpus.linkedAtOnce(corpus);
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
        Linker saved = Linker.in(dir);
        corpus.subList(0, 8).forEach(saved::add);
        Linker original = new Linker();
        corpus.subList(0, 8).forEach(original::add);
        Linker restored = roundTrip(saved, dir);
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
        byte[] future = "{\"version\": 99, \"articles\": 0}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Linker.restore(dir, future)).isInstanceOf(IOException.class)
                .hasMessageContaining("version 99").hasMessageContaining("newer kabar");
        byte[] garbage = "not json".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Linker.restore(dir, garbage)).isInstanceOf(IOException.class);
    }
}
