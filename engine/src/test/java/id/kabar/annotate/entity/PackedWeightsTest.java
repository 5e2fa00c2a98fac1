package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.ScanEquivalence;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedWeightsTest {
    @Test
    void sumsAsTheFullTableDoes() {
        int width = BioTag.COUNT;
        int rows = 1 << 10;
        float[] table = new float[rows * width];
        Random random = new Random(7);
        for (int row = 0; row < rows; row++) {
            // about a third of the rows filled, as in the trained model; some filled rows keep zeros
            if (random.nextInt(3) == 0) {
                for (int t = 0; t < width; t++) {
                    table[row * width + t] = random.nextInt(4) == 0 ? 0f : (float) random.nextGaussian();
                }
            }
        }
        table[(rows - 1) * width] = 0.5f; // the last row of the last word
        PackedWeights packed = new PackedWeights(table, width);
        float[] full = new float[width];
        float[] sums = new float[2 * width];
        for (int i = 0; i < 5000; i++) {
            int row = i == 0 ? rows - 1 : random.nextInt(rows);
            for (int t = 0; t < width; t++) {
                full[t] += table[row * width + t];
            }
            int base = packed.offset(row);
            for (int t = 0; base >= 0 && t < width; t++) {
                sums[width + t] += packed.weights()[base + t];
            }
        }
        for (int t = 0; t < width; t++) {
            assertThat(Float.floatToIntBits(sums[width + t])).isEqualTo(Float.floatToIntBits(full[t]));
            assertThat(sums[t]).isZero();
        }
    }

    @Test
    void theTrainedModelTagsNewsAsWithItsFullTable() throws IOException {
        PerceptronModel model;
        try (InputStream in = NamedEntityTagger.class.getResourceAsStream(NamedEntityTagger.MODEL_RESOURCE)) {
            model = PerceptronModel.read(in);
        }
        FeatureExtractor features = new FeatureExtractor(Gazetteer.standard(), model.lexicon, model.tableBits);
        int names = 0;
        for (String body : ScanEquivalence.bodies()) {
            for (String sentence : body.split("(?<=\\.) ")) {
                int[][] f = features.extract(sentence.split("\\s+"));
                BioTag[] tags = model.decode(f);
                assertThat(tags).containsExactly(PerceptronModel.decode(f, model.weights, model.transitions));
                names += (int) Arrays.stream(tags).filter(t -> t != BioTag.O).count();
            }
        }
        assertThat(names).isGreaterThan(1000);
    }

    @Test
    void theTaggersSumsOfNewsAreTheFullTablesBitForBit() throws IOException {
        PerceptronModel model;
        try (InputStream in = NamedEntityTagger.class.getResourceAsStream(NamedEntityTagger.MODEL_RESOURCE)) {
            model = PerceptronModel.read(in);
        }
        FeatureExtractor features = new FeatureExtractor(Gazetteer.standard(), model.lexicon, model.tableBits);
        int width = PerceptronModel.T;
        for (String body : ScanEquivalence.bodies()) {
            for (String sentence : body.split("(?<=\\.) ")) {
                int[][] f = features.extract(sentence.split("\\s+"));
                float[] emit = new float[f.length * width];
                float[] full = new float[f.length * width];
                for (int i = 0; i < f.length; i++) {
                    model.addWeights(emit, i, f[i], f[i].length);
                    for (int feature : f[i]) {
                        for (int t = 0; t < width; t++) {
                            full[i * width + t] += model.weights[feature * width + t];
                        }
                    }
                }
                for (int k = 0; k < emit.length; k++) {
                    assertThat(Float.floatToIntBits(emit[k])).isEqualTo(Float.floatToIntBits(full[k]));
                }
            }
        }
    }
}
