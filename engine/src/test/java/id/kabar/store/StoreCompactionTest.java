package id.kabar.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCompactionTest {
    @TempDir
    Path dir;

    private static AnnotatedArticle report(String id, int villages) {
        return new AnnotatedArticle(new Article(id, null, "id", "Antara", "Banjir di Demak", LocalDate.of(2024, 3, 18),
                null, List.of(), "Demak", "Banjir merendam " + villages + " desa di Kabupaten Demak, Jawa Tengah."
                        + " Tanggul Sungai Wulan jebol pada Minggu malam."), Annotations.EMPTY);
    }

    private List<String> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted().toList();
        }
    }

    private long logBytes() throws IOException {
        long total = 0;
        for (String name : segments()) {
            total += Files.size(dir.resolve(name));
        }
        return total;
    }

    @Test
    void compactionKeepsTheNewestRecordOfEachArticleAndFreesTheRest() throws IOException {
        try (Store store = Store.open(dir)) {
            store.put(report("demak/1.html", 1), 1);
            store.put(report("demak/2.html", 2), 2);
            for (int update = 3; update < 40; update++) {
                store.put(report("demak/1.html", update), update);
            }
            store.commit(new byte[0], null);
            long before = logBytes();
            assertThat(store.replacedBytes()).isPositive();

            store.compact();

            assertThat(store.replacedBytes()).isZero();
            assertThat(logBytes()).isLessThan(before / 10);
            assertThat(segments()).containsExactly("articles-00002.log");
            assertThat(store.articleIds(0, 10).items()).containsExactly("demak/1.html", "demak/2.html");
            assertThat(store.article("demak/1.html").orElseThrow().article().body()).contains("39 desa");
            assertThat(store.holds("demak/1.html", 39)).isTrue();
            store.put(report("demak/3.html", 3), 100);
            store.commit(new byte[0], null);
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.articleIds(0, 10).items()).containsExactly("demak/1.html", "demak/2.html", "demak/3.html");
            assertThat(store.article("demak/1.html").orElseThrow().article().body()).contains("39 desa");
            assertThat(store.article("demak/2.html").orElseThrow().article().body()).contains("2 desa");
            assertThat(store.search(new SearchQuery("tanggul", null, null, null, null, null, null, 0, 10)).total()).isEqualTo(3);
        }
    }

    @Test
    void aCompactionKilledBeforeItsManifestLeavesTheOldLogInCharge() throws IOException {
        try (Store store = Store.open(dir)) {
            store.put(report("demak/1.html", 1), 1);
            store.put(report("demak/1.html", 2), 2);
            store.commit(new byte[0], null);
        }
        // What a killed compaction leaves: a copy segment numbered after the log's, never named by the manifest.
        Files.write(dir.resolve("articles-00002.log"), new byte[] {0x4B, 0x42, 0x52, 0x31, 0, 0, 0, 9});
        try (Store store = Store.open(dir)) {
            assertThat(segments()).containsExactly("articles-00001.log");
            assertThat(store.article("demak/1.html").orElseThrow().article().body()).contains("2 desa");
            store.compact();
            assertThat(segments()).containsExactly("articles-00002.log");
        }
    }

    @Test
    void compactionWaitsUntilReplacedRecordsOutweighLiveOnesAndAreWorthTheCopy() {
        long floor = Store.COMPACTION_MIN_GARBAGE;
        assertThat(Store.compactionDue(floor, floor / 2)).isTrue();
        assertThat(Store.compactionDue(floor, 2 * floor)).isFalse();
        assertThat(Store.compactionDue(floor - 1, 0)).isFalse();
    }
}
