package id.kabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.ArticleLinks;
import id.kabar.model.LinkedCorpus;
import id.kabar.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysing into a store in two runs links the seeds as one run over all of them does. */
class AnalysisIntoStoreTest {
    private static final List<String> SEEDS = List.of("000_86f43b5cfb7fa804.txt", "001_bb5c99d770ea7f4d.txt",
            "002_b460263d79ef5caa.txt", "003_55d644978c1cee49.txt", "004_7ddc2eaf4f871cd2.txt");

    @TempDir
    Path tmp;

    @Test
    void aSecondRunIsLinkedAgainstTheFirstThroughTheSavedLinker() throws IOException {
        Path all = Files.createDirectories(tmp.resolve("all"));
        for (String name : SEEDS) {
            try (InputStream in = getClass().getResourceAsStream("/seeds/" + name)) {
                Files.copy(in, all.resolve(name));
            }
        }
        LinkedCorpus oneRun = new Analysis().run(List.of(all), ProgressListener.NONE).corpus();

        Path store = tmp.resolve("store");
        try (Store s = Store.open(store)) {
            // the first run holds, in its one batch, a page that writes its year (003), so its pages are dated
            // before they are linked; a batch linked before any page of the run fixed a year is linked undated
            StoreRun first = new Analysis().runInto(s, Stream.of(0, 1, 3).map(i -> all.resolve(SEEDS.get(i))).toList(), 3,
                    ProgressListener.NONE);
            assertThat(first.added()).isEqualTo(3);
        }
        LinkedCorpus twoRuns;
        try (Store s = Store.open(store)) {
            assertThat(s.linkerState()).isNotEmpty();
            StoreRun second = new Analysis().runInto(s, List.of(all), 2, ProgressListener.NONE);
            assertThat(second.unchanged()).isEqualTo(3);
            assertThat(second.added()).isEqualTo(2);
            twoRuns = s.corpus();
        }
        assertThat(groups(twoRuns, ArticleLinks::event)).isEqualTo(groups(oneRun, ArticleLinks::event));
        assertThat(groups(twoRuns, ArticleLinks::story)).isEqualTo(groups(oneRun, ArticleLinks::story));
    }

    /**
     * A second run over the same pages adds nothing and commits nothing, though a page of them is rejected again (each
     * run reads it anew): the store's linked corpus stays current, so it is not linked again.
     */
    @Test
    void aSecondRunOverTheSamePagesWithARejectedOneCommitsNothing() throws IOException {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        for (String name : SEEDS.subList(0, 2)) {
            try (InputStream in = getClass().getResourceAsStream("/seeds/" + name)) {
                Files.copy(in, pages.resolve(name));
            }
        }
        Files.writeString(pages.resolve("kosong.txt"), "\n\n");
        Path store = tmp.resolve("store");
        long committed;
        try (Store s = Store.open(store)) {
            StoreRun first = new Analysis().runInto(s, List.of(pages), 2, ProgressListener.NONE);
            assertThat(first.added()).isEqualTo(2);
            assertThat(first.rejected()).hasSize(1);
            committed = s.commitNumber();
        }
        try (Store s = Store.open(store)) {
            StoreRun second = new Analysis().runInto(s, List.of(pages), 2, ProgressListener.NONE);
            assertThat(second.added()).isZero();
            assertThat(second.unchanged()).isEqualTo(2);
            assertThat(second.rejected()).hasSize(1);
            assertThat(s.commitNumber()).isEqualTo(committed);
            assertThat(s.corpusIsCurrent()).isTrue();
        }
    }

    /** The grouping as sets of article ids, whatever the groups are called. */
    private static Set<Set<String>> groups(LinkedCorpus corpus, Function<ArticleLinks, String> group) {
        Map<String, Set<String>> byGroup = new TreeMap<>();
        corpus.links().forEach((id, l) -> byGroup.computeIfAbsent(group.apply(l), k -> new TreeSet<>()).add(id));
        Collection<Set<String>> values = byGroup.values();
        return values.stream().collect(Collectors.toCollection(HashSet::new));
    }
}
