package id.kabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.LinkedCorpus;
import id.kabar.store.Store;
import id.kabar.testing.AnalyzeProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run into a store killed at any moment and then resumed ends in the store an uninterrupted run makes:
 * the same articles, dated the same (most seed pages state no date and are dated from the pages read with
 * them), and the same corpus. The run is a real {@code kabar analyze --store} process killed with SIGKILL.
 */
class ResumedRunTest {
    private static final List<String> SEEDS = List.of("000_86f43b5cfb7fa804.txt", "001_bb5c99d770ea7f4d.txt",
            "002_b460263d79ef5caa.txt", "003_55d644978c1cee49.txt", "004_7ddc2eaf4f871cd2.txt");
    /** Each seed page this many times, one copy of each a batch: 8 batch commits, then the run's last one. */
    private static final int COPIES = 8;
    private static final int BATCH = 5;
    /** The copies a first run stores before the run that is killed: the first of those {@link #COPIES}. */
    private static final int FIRST_COPIES = 3;

    @TempDir
    static Path shared;

    private static Path pages;
    private static Path firstPages;
    private static StoreContent clean;
    private static StoreContent cleanAfterFirst;

    @TempDir
    Path tmp;

    /** Everything a store answers about its articles and their links. */
    private record StoreContent(Map<String, AnnotatedArticle> articles, LinkedCorpus corpus) {
        static StoreContent of(Store store) {
            Map<String, AnnotatedArticle> articles = new LinkedHashMap<>();
            store.forEachArticle(a -> articles.put(a.id(), a));
            return new StoreContent(articles, store.corpus());
        }

        Map<String, String> dates() {
            Map<String, String> dates = new LinkedHashMap<>();
            articles.forEach((id, a) -> dates.put(id, a.article().published() + " " + a.article().publishedBasis()));
            return dates;
        }
    }

    @BeforeAll
    static void runOnceUninterrupted() throws IOException {
        pages = writePages(shared.resolve("pages"), COPIES);
        firstPages = writePages(shared.resolve("first"), FIRST_COPIES);
        try (Store store = Store.open(shared.resolve("clean"))) {
            new Analysis().runInto(store, List.of(pages), BATCH, ProgressListener.NONE);
            assertThat(store.commitNumber()).isEqualTo(COPIES + 1);
            clean = StoreContent.of(store);
        }
        try (Store store = Store.open(shared.resolve("clean-after-first"))) {
            new Analysis().runInto(store, List.of(firstPages), BATCH, ProgressListener.NONE);
        }
        try (Store store = Store.open(shared.resolve("clean-after-first"))) {
            new Analysis().runInto(store, List.of(pages), BATCH, ProgressListener.NONE);
            cleanAfterFirst = StoreContent.of(store);
        }
    }

    @ParameterizedTest(name = "killed at commit {0}")
    @ValueSource(longs = {1, 4, 8}) // the first batch, midway, all batches stored but not linked
    void aRunKilledAndResumedEndsInTheStoreOfAnUninterruptedRun(long commit) throws Exception {
        Path storeDir = tmp.resolve("store");
        AnalyzeProcess.killAtCommit(pages, storeDir, BATCH, commit, tmp.resolve("child.log"));

        StoreContent resumed;
        try (Store store = Store.open(storeDir)) {
            assertThat(store.corpusIsCurrent()).as("killed before the run linked its corpus").isFalse();
            new Analysis().runInto(store, List.of(pages), BATCH, ProgressListener.NONE);
            resumed = StoreContent.of(store);
        }

        assertThat(resumed.dates()).containsExactlyEntriesOf(clean.dates());
        assertThat(resumed.articles()).isEqualTo(clean.articles());
        assertThat(resumed.corpus()).isEqualTo(clean.corpus());
    }

    /**
     * A store whose linker a first run saved (its profiles, words, unions and signatures in segments), then a run over
     * more pages killed at a commit and resumed, ends in the store the same two runs uninterrupted make: the killed run
     * and the resumed one each restore the linker from the segments the first run's checkpoint names, and whatever the
     * killed run appended to them after it is cut off.
     */
    @ParameterizedTest(name = "killed at commit {0} after a first run")
    @ValueSource(longs = {1, 3}) // the first batch of the second run, midway
    void aRunKilledAfterASavedLinkerAndResumedEndsInTheStoreOfUninterruptedRuns(long commit) throws Exception {
        Path storeDir = tmp.resolve("store");
        long firstRunCommits;
        try (Store store = Store.open(storeDir)) {
            new Analysis().runInto(store, List.of(firstPages), BATCH, ProgressListener.NONE);
            assertThat(store.linkerState()).isNotEmpty();
            firstRunCommits = store.commitNumber();
        }
        assertThat(storeDir.resolve("linker").resolve("signatures.log")).isNotEmptyFile();
        AnalyzeProcess.killAtCommit(pages, storeDir, BATCH, firstRunCommits + commit, tmp.resolve("child.log"));

        StoreContent resumed;
        try (Store store = Store.open(storeDir)) {
            assertThat(store.corpusIsCurrent()).as("killed before the run linked its corpus").isFalse();
            new Analysis().runInto(store, List.of(pages), BATCH, ProgressListener.NONE);
            resumed = StoreContent.of(store);
        }

        assertThat(resumed.dates()).containsExactlyEntriesOf(cleanAfterFirst.dates());
        assertThat(resumed.articles()).isEqualTo(cleanAfterFirst.articles());
        assertThat(resumed.corpus()).isEqualTo(cleanAfterFirst.corpus());
    }

    /** The seed pages {@code copies} times, each copy with a line of its own so that every page is a page of its own. */
    private static Path writePages(Path dir, int copies) throws IOException {
        Files.createDirectories(dir);
        List<String> texts = new ArrayList<>();
        for (String name : SEEDS) {
            try (InputStream in = ResumedRunTest.class.getResourceAsStream("/seeds/" + name)) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        for (int copy = 0; copy < copies; copy++) {
            for (int s = 0; s < SEEDS.size(); s++) {
                Files.writeString(dir.resolve(String.format("salinan-%02d-%s", copy, SEEDS.get(s))),
                        texts.get(s) + "\n\nSalinan arsip nomor " + copy + ".");
            }
        }
        return dir;
    }
}
