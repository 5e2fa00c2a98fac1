package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The count of stems two renderings share, which the quote comparisons read, taken without branching. */
class QuoteStemIntersectionTest {
    private final ArticleProfiler profiler = new ArticleProfiler(new Vocabulary());

    @Test
    void twoTranslationsOfZelenskysAppealShareTheirContentStems() {
        int[] knews = profiler.quoteStems("Saya ingin berbicara dengan Presiden Federasi Rusia sekali lagi. Ada "
                + "pertempuran di seluruh Ukraina saat ini. Mari duduk di meja negosiasi untuk menghentikan kematian "
                + "lebih banyak orang");
        int[] wowkeren = profiler.quoteStems("Saya ingin berbicara dengan Presiden Federasi Rusia sekali lagi. "
                + "Pertempuran sedang terjadi di seluruh Ukraina. Mari kita duduk di meja perundingan untuk menghentikan "
                + "kematian orang-orang");
        assertThat(QuoteGrouper.intersection(knews, wowkeren)).isEqualTo(counted(knews, wowkeren)).isGreaterThan(5);
        assertThat(QuoteGrouper.intersection(knews, knews)).isEqualTo(knews.length);
        assertThat(QuoteGrouper.intersection(knews, new int[0])).isZero();
    }

    @Test
    void countsAsASetIntersectionOfAnySortedIds() {
        Random random = new Random(14);
        for (int round = 0; round < 2_000; round++) {
            int[] x = ids(random);
            int[] y = ids(random);
            assertThat(QuoteGrouper.intersection(x, y)).isEqualTo(counted(x, y));
        }
    }

    /** Ascending distinct ids, as a quote's stems are kept, from a small vocabulary so that many are shared. */
    private static int[] ids(Random random) {
        return random.ints(random.nextInt(30), 0, 60).distinct().sorted().toArray();
    }

    private static int counted(int[] x, int[] y) {
        return (int) IntStream.of(x).filter(v -> Arrays.binarySearch(y, v) >= 0).count();
    }
}
