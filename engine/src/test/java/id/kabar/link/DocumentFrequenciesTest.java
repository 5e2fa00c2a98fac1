package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {
    /** Ids no article has counted yet all weigh the same, so the cosine is that of the weights alone. */
    private final DocumentFrequencies df = new DocumentFrequencies(new Vocabulary(), BackgroundFrequencies.bundled());

    private double cosine(int[] a, int[] b) {
        float[] aw = ones(a.length);
        return df.cosine(a, aw, df.norm(a, aw), b, ones(b.length));
    }

    private static float[] ones(int n) {
        float[] w = new float[n];
        Arrays.fill(w, 1f);
        return w;
    }

    @Test
    void theMergeMeetsEverySharedIdWhicheverSideRunsAhead() {
        assertThat(cosine(new int[] {1, 3, 5, 7}, new int[] {2, 3, 7, 9})).isCloseTo(0.5, within(1e-9));
        assertThat(cosine(new int[] {1, 2, 3, 10}, new int[] {3, 10})).isCloseTo(1 / Math.sqrt(2), within(1e-9));
        assertThat(cosine(new int[] {3, 10}, new int[] {1, 2, 3, 10})).isCloseTo(1 / Math.sqrt(2), within(1e-9));
        assertThat(cosine(new int[] {4, 8, 15}, new int[] {4, 8, 15})).isCloseTo(1.0, within(1e-9));
        assertThat(cosine(new int[] {1, 2}, new int[] {3, 4})).isZero();
        assertThat(cosine(new int[0], new int[] {3, 4})).isZero();
    }

    /** An event's members are weighed each once and compared in pairs: the cosine with both norms given is the same. */
    @Test
    void theCosineOfGivenNormsIsTheCosineThatWeighsTheSecond() {
        int[] a = {1, 3, 5, 7};
        int[] b = {2, 3, 7, 9, 11};
        float[] aw = {1f, 2f, 1f, 3f};
        float[] bw = {2f, 1f, 1f, 1f, 4f};
        double given = df.cosine(a, aw, df.norm(a, aw), b, bw, df.norm(b, bw));
        assertThat(given).isEqualTo(df.cosine(a, aw, df.norm(a, aw), b, bw)).isCloseTo(5 / Math.sqrt(15 * 23), within(1e-9));
        assertThat(df.cosine(a, aw, df.norm(a, aw), new int[] {2, 4}, ones(2), df.norm(new int[] {2, 4}, ones(2)))).isZero();
    }
}
