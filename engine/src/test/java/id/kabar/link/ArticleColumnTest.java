package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A column reads back what was set, blank elsewhere, whether in the heap or moved into a mapped file. */
class ArticleColumnTest {
    @Test
    void unsetEntriesReadBlankAndSetOnesReadBack() {
        ArticleColumn spans = ArticleColumn.longs(null, null, Long.MIN_VALUE);
        assertThat(spans.get(0)).isEqualTo(Long.MIN_VALUE);
        assertThat(spans.get(50_000)).isEqualTo(Long.MIN_VALUE);
        spans.set(3, 0L);
        spans.set(70_000, -12L);
        assertThat(spans.get(3)).isZero();
        assertThat(spans.get(70_000)).isEqualTo(-12L);
        assertThat(spans.get(4)).isEqualTo(Long.MIN_VALUE);
        assertThat(spans.mapped()).isFalse();
    }

    @Test
    void aLargeColumnMovesIntoAFileAndReadsAsInTheHeap(@TempDir Path dir) {
        LinkerFiles files = LinkerFiles.in(dir);
        ArticleColumn heapLongs = ArticleColumn.longs(null, null, Long.MIN_VALUE);
        ArticleColumn mappedLongs = ArticleColumn.longs(files, "days", Long.MIN_VALUE);
        ArticleColumn heapInts = ArticleColumn.ints(null, null, -1);
        ArticleColumn mappedInts = ArticleColumn.ints(files, "parents", -1);
        Random random = new Random(9);
        // past PostingTable.MAPPED_FROM (4 MB) of longs; every third entry left blank
        int n = 800_000;
        for (int i = 0; i < n; i++) {
            if (i % 3 != 0) {
                long l = random.nextLong();
                int v = random.nextInt();
                heapLongs.set(i, l);
                mappedLongs.set(i, l);
                heapInts.set(i, v);
                mappedInts.set(i, v);
            }
        }
        assertThat(mappedLongs.mapped()).isTrue();
        assertThat(mappedInts.mapped()).isTrue();
        for (int i = 0; i < n + 10; i++) {
            assertThat(mappedLongs.get(i)).isEqualTo(heapLongs.get(i));
            assertThat(mappedInts.get(i)).isEqualTo(heapInts.get(i));
        }
        assertThat(mappedInts.get(0)).isEqualTo(-1L);
        assertThat(mappedLongs.get(n + 5)).isEqualTo(Long.MIN_VALUE);
    }
}
