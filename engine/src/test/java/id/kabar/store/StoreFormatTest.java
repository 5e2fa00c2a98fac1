package id.kabar.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kabar.link.Linker;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.EntityType;
import id.kabar.model.LinkedCorpus;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written by one engine is read by the next. {@code format-1} under the test resources is the store
 * this engine's format writes, made from the five seed pages with
 * {@code ./kabar analyze engine/src/test/resources/extract/seeds/0*.txt --store engine/src/test/resources/id/kabar/store/format-1}
 * (the lock files removed). It stays as committed: a new format adds its own folder beside it, and this test
 * keeps proving that the older one still reads.
 */
class StoreFormatTest {
    private static final String FIRST = "000_86f43b5cfb7fa804.txt";

    @TempDir
    Path tmp;

    @Test
    void aStoreOfFormatOneReadsBackWithItsArticlesCorpusIndexAndLinkerState() throws Exception {
        try (Store store = Store.open(copyOfFormatOne())) {
            assertThat(store.articleIds(0, 10).items()).containsExactly(FIRST, "001_bb5c99d770ea7f4d.txt",
                    "002_b460263d79ef5caa.txt", "003_55d644978c1cee49.txt", "004_7ddc2eaf4f871cd2.txt");
            List<AnnotatedArticle> all = new ArrayList<>();
            store.forEachArticle(all::add);
            assertThat(all).hasSize(5).allSatisfy(a -> assertThat(a.article().body()).isNotBlank());

            AnnotatedArticle first = store.article(FIRST).orElseThrow();
            assertThat(first.article().title()).isEqualTo("Rusia Siap Kirim Perwakilan untuk Berdialog dengan Ukraina!");
            assertThat(first.article().published()).isEqualTo(LocalDate.of(2022, 2, 25));
            assertThat(first.annotations().entities()).extracting(e -> e.name()).contains("Dmitry Peskov");
            assertThat(first.annotations().quotes()).isNotEmpty();

            assertThat(store.corpusIsCurrent()).isTrue();
            assertThat(store.links(FIRST).story()).isEqualTo("s1");
            assertThat(store.story("s1").orElseThrow().articles()).hasSize(5);
            assertThat(store.search(new SearchQuery("Peskov", null, null, null, null, null, null, 0, 10)).total())
                    .isPositive();

            // the linker's state carries its own version; one it cannot read is re-linked from the articles
            assertThat(store.linkerStateArticles()).isEqualTo(5);
            assertThat(store.linkerState()).isNotEmpty();
        }
    }

    @Test
    void theSingleDocumentLinkerStateOfFormatOneIsTakenIntoSegmentsAndSavedAnew() throws Exception {
        try (Store store = Store.open(copyOfFormatOne())) {
            Path dir = tmp.resolve("linker");
            LinkedCorpus fromVersion3;
            byte[] head;
            try (Linker linker = Linker.restore(dir, store.linkerState())) {
                fromVersion3 = linker.result();
                head = linker.checkpoint();
            }
            assertThat(fromVersion3.links()).hasSize(5)
                    .allSatisfy((id, links) -> assertThat(links).isEqualTo(store.links(id)));
            assertThat(new String(head, StandardCharsets.UTF_8)).contains("\"version\":5");
            try (Linker again = Linker.restore(dir, head)) {
                assertThat(again.result()).isEqualTo(fromVersion3);
            }
        }
    }

    @Test
    void anIndexOfFormatOneIsRebuiltWithTheDaysAndNamesANewerEngineCounts() throws Exception {
        try (Store store = Store.open(copyOfFormatOne())) {
            SearchResult found = store.search(new SearchQuery("Peskov", null, null, null, null, null, null, 0, 10));
            assertThat(found.days()).extracting(SearchResult.DayCount::day).contains(LocalDate.of(2022, 2, 25));
            assertThat(found.days().stream().mapToLong(SearchResult.DayCount::count).sum()).isEqualTo(found.total());
            assertThat(store.names(EntityType.PER)).extracting(SearchResult.FacetCount::value).contains("Dmitry Peskov");
            assertThat(store.names(EntityType.ORG)).extracting(SearchResult.FacetCount::value).contains("Kremlin")
                    .doesNotContain("Dmitry Peskov");
            assertThat(store.outlets()).hasSize(5);
            assertThat(store.outletsOf(store.story("s1").orElseThrow().articles())).hasSize(5);
        }
    }

    @Test
    void aManifestWrittenBeforeVersionsWereKeptReadsAsFormatOne() throws Exception {
        Path dir = copyOfFormatOne();
        rewriteManifest(dir, "\"format\":1,", "");

        try (Store store = Store.open(dir)) {
            assertThat(store.articleCount()).isEqualTo(5);
        }
    }

    @Test
    void aStoreOfANewerFormatIsRefusedWithAClearError() throws Exception {
        Path dir = copyOfFormatOne();
        int newer = StoreFormat.MANIFEST + 1;
        rewriteManifest(dir, "\"format\":1,", "\"format\":" + newer + ",");

        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                .hasMessage("store " + dir + " has format version " + newer + ", newer than the version "
                        + StoreFormat.MANIFEST + " this kabar reads: open it with a newer kabar");
    }

    @Test
    void anArticleRecordOfANewerFormatIsRefusedWithAClearError() throws Exception {
        Path dir = copyOfFormatOne();
        Path log = dir.resolve("articles-00001.log");
        byte[] bytes = Files.readAllBytes(log);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("KBR" + StoreFormat.RECORD);
        int newer = StoreFormat.RECORD + 1;
        bytes[3] = (byte) ('0' + newer);
        Files.write(log, bytes);

        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                .hasMessage("article record at articles-00001.log:0 has format version " + newer
                        + ", newer than the version " + StoreFormat.RECORD + " this kabar reads: open it with a newer kabar");
    }

    @Test
    void aCommitWritesTheCurrentFormat() throws Exception {
        Path dir = copyOfFormatOne();
        rewriteManifest(dir, "\"format\":1,", "");
        try (Store store = Store.open(dir)) {
            store.commit(null, null);
        }

        assertThat(Files.readString(dir.resolve(Manifest.FILE))).startsWith("{\"format\":" + StoreFormat.MANIFEST + ",");
    }

    private static void rewriteManifest(Path dir, String from, String to) throws IOException {
        Path manifest = dir.resolve(Manifest.FILE);
        String text = Files.readString(manifest);
        assertThat(text).contains(from);
        Files.writeString(manifest, text.replace(from, to));
    }

    private Path copyOfFormatOne() throws IOException, URISyntaxException {
        Path source = Path.of(StoreFormatTest.class.getResource("format-1").toURI());
        Path target = tmp.resolve("format-1");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }
}
