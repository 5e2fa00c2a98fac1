package id.kabar.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.pipeline.Analysis;
import id.kabar.pipeline.ProgressListener;
import id.kabar.testing.AnalyzeProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code kabar analyze --store} process with SIGKILL in the middle of its run, then
 * resumes, and checks that every page is in the store exactly once: in the article list and in
 * the full-text index.
 */
class StoreCrashTest {
    private static final int PAGES = 600;

    @TempDir
    Path tmp;

    @Test
    void aRunKilledMidBatchResumesWithoutLosingOrDuplicatingArticles() throws Exception {
        Path pages = writePages(tmp.resolve("pages"));
        Path storeDir = tmp.resolve("store");
        AnalyzeProcess.killAtCommit(pages, storeDir, 7, 6, tmp.resolve("child.log"));

        int beforeResume;
        try (Store store = Store.open(storeDir)) {
            beforeResume = store.articleCount();
            assertThat(beforeResume).isPositive().isLessThan(PAGES);
            assertUniqueAndIndexedOnce(store, beforeResume);
        }
        try (Store store = Store.open(storeDir)) {
            var run = new Analysis().runInto(store, List.of(pages), 7, ProgressListener.NONE);
            assertThat(run.unchanged()).isEqualTo(beforeResume);
            assertThat(run.added()).isEqualTo(PAGES - beforeResume);
            assertUniqueAndIndexedOnce(store, PAGES);
        }
        try (Store store = Store.open(storeDir)) {
            assertUniqueAndIndexedOnce(store, PAGES);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < PAGES; i++) {
                expected.add(name(i));
            }
            assertThat(store.articleIds(0, PAGES).items()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static void assertUniqueAndIndexedOnce(Store store, int count) {
        List<String> ids = store.articleIds(0, PAGES + 1).items();
        assertThat(ids).hasSize(count);
        assertThat(new HashSet<>(ids)).hasSize(count);
        assertThat(store.search(new SearchQuery("arsipkabar", null, null, null, null, null, null, 0, 1)).total())
                .isEqualTo(count);
        for (String id : ids.subList(0, Math.min(20, ids.size()))) {
            String marker = "arsip" + Integer.parseInt(id.replaceAll("\\D", ""));
            assertThat(store.search(new SearchQuery(marker, null, null, null, null, null, null, 0, 5)).total())
                    .as(marker).isEqualTo(1);
        }
    }

    private static String name(int i) {
        return String.format("berita-%04d.txt", i);
    }

    /** News pages from the seed articles, the longest paragraph of each ending with its own archive number. */
    private static Path writePages(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> bodies = SeedCorpus.load().articles().stream().map(a -> a.article().body()).toList();
        for (int i = 0; i < PAGES; i++) {
            List<String> paragraphs = new ArrayList<>(List.of(bodies.get(i % bodies.size()).split("\n\n")));
            int longest = 0;
            for (int p = 1; p < paragraphs.size(); p++) {
                if (paragraphs.get(p).length() > paragraphs.get(longest).length()) {
                    longest = p;
                }
            }
            paragraphs.set(longest, paragraphs.get(longest) + " Berita ini tercatat dengan nomor arsip" + i
                    + " dalam arsipkabar redaksi.");
            Files.writeString(dir.resolve(name(i)), String.join("\n\n", paragraphs));
        }
        return dir;
    }
}
