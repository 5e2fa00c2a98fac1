package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Postings come back newest first, across blocks and table growth, as a plain multimap would give them. */
class PostingTableTest {
    private static List<Integer> read(PostingTable t, long key, int limit) {
        List<Integer> out = new ArrayList<>();
        int[] into = new int[Math.min(limit, 100_000)];
        for (int k = 0, n = t.read(key, limit, into, 0); k < n; k++) {
            out.add(into[k]);
        }
        return out;
    }

    @Test
    void busyAndRareKeysReadNewestFirstUpToTheLimit() {
        PostingTable table = new PostingTable();
        Map<Long, List<Integer>> reference = new HashMap<>();
        Random random = new Random(3);
        // Like index keys: a few busy ones (common stems) and many seen once or twice (rare names).
        for (int article = 0; article < 20_000; article++) {
            for (int k = 0; k < 6; k++) {
                long key = k < 2 ? random.nextInt(50) : 1000L + random.nextInt(40_000);
                table.add(key, article);
                reference.computeIfAbsent(key, x -> new ArrayList<>()).add(0, article);
            }
        }
        for (Map.Entry<Long, List<Integer>> e : reference.entrySet()) {
            List<Integer> all = e.getValue();
            assertThat(read(table, e.getKey(), Integer.MAX_VALUE)).isEqualTo(all);
            assertThat(read(table, e.getKey(), 60)).isEqualTo(all.subList(0, Math.min(60, all.size())));
        }
        assertThat(read(table, -5L, 60)).isEmpty();
    }

    /** A table sized at once for the keys to come (a restored linker's bands) reads as one grown key by key. */
    @Test
    void aTableSizedAtOnceReadsAsOneGrownOnTheWay() {
        PostingTable grown = new PostingTable();
        PostingTable reserved = new PostingTable();
        reserved.reserve(64L * 3_000);
        Random random = new Random(5);
        List<Long> keys = new ArrayList<>();
        for (int article = 0; article < 3_000; article++) {
            for (int band = 0; band < 64; band++) {
                // most band keys are an article's own; a copy shares its original's
                long key = random.nextInt(20) == 0 && !keys.isEmpty() ? keys.get(random.nextInt(keys.size()))
                        : random.nextLong();
                keys.add(key);
                grown.add(key, article);
                reserved.add(key, article);
            }
        }
        for (long key : keys) {
            assertThat(read(reserved, key, Integer.MAX_VALUE)).isEqualTo(read(grown, key, Integer.MAX_VALUE));
        }
    }

    @Test
    void aKeySeenOnceKeepsItsPostingInPlaceUntilASecondArrives() {
        PostingTable table = new PostingTable();
        table.add(7L, 0);
        assertThat(read(table, 7L, 60)).containsExactly(0);
        assertThat(read(table, 7L, 0)).isEmpty();
        table.add(7L, 12);
        table.add(8L, 13);
        assertThat(read(table, 7L, 60)).containsExactly(12, 0);
        assertThat(read(table, 7L, 1)).containsExactly(12);
        assertThat(read(table, 8L, 60)).containsExactly(13);
    }

    @Test
    void aNegativeArticleNumberIsRefused() {
        assertThatThrownBy(() -> new PostingTable().add(1L, -3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-3");
    }

    @Test
    void aTableMovedIntoMappedFilesReadsAsOneInTheHeap(@TempDir Path dir) {
        PostingTable heap = new PostingTable();
        PostingTable mapped = new PostingTable(LinkerFiles.in(dir), "test");
        Random random = new Random(3);
        // enough keys that the slots outgrow PostingTable.MAPPED_FROM, a few of them busy
        for (int value = 0; value < 400_000; value++) {
            long key = random.nextInt(10) == 0 ? random.nextInt(50) : random.nextLong();
            heap.add(key, value);
            mapped.add(key, value);
        }
        assertThat(dir.resolve("index")).isNotEmptyDirectory();
        for (long key = 0; key < 50; key++) {
            assertThat(read(mapped, key, 100)).isEqualTo(read(heap, key, 100));
        }
    }

    @Test
    void aSettledTableReadsAndGrowsAsOneInTheHeap(@TempDir Path dir) {
        PostingTable heap = new PostingTable();
        PostingTable settled = new PostingTable(LinkerFiles.in(dir), "week");
        Random random = new Random(5);
        Map<Long, Integer> keys = new HashMap<>();
        // a week's table while small, settled, then written on by late articles until its slots and blocks grow
        for (int value = 0; value < 30_000; value++) {
            long key = random.nextInt(4) == 0 ? random.nextInt(300) : random.nextLong();
            heap.add(key, value);
            settled.add(key, value);
            keys.merge(key, 1, Integer::sum);
            if (value == 2_000) {
                settled.settle();
                assertThat(dir.resolve("index")).isNotEmptyDirectory();
            }
        }
        for (long key : keys.keySet()) {
            assertThat(read(settled, key, 100)).isEqualTo(read(heap, key, 100));
        }
        assertThat(read(settled, -5L, 60)).isEmpty();
    }

    @Test
    void aTableWithoutFilesStaysInTheHeapWhenSettled() {
        PostingTable table = new PostingTable();
        table.add(7L, 1);
        table.settle();
        table.add(7L, 2);
        assertThat(read(table, 7L, 60)).containsExactly(2, 1);
    }
}
