package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Story profiles read back exactly as set, whether held or written out and read back from the file. */
class StoryProfilesTest {
    private static StoryProfile profile(Random random) {
        int terms = 1 + random.nextInt(StoryProfile.MAX_TERMS);
        int entities = random.nextInt(StoryProfile.MAX_ENTITIES);
        int[] t = new int[terms];
        float[] tw = new float[terms];
        for (int k = 0; k < terms; k++) {
            t[k] = k * 7 + random.nextInt(7);
            tw[k] = random.nextFloat() * 9;
        }
        int[] e = new int[entities];
        float[] ew = new float[entities];
        for (int k = 0; k < entities; k++) {
            e[k] = k * 5 + random.nextInt(5);
            ew[k] = random.nextFloat();
        }
        return new StoryProfile(2 + random.nextInt(1000), t, tw, e, ew);
    }

    private static void assertSame(StoryProfile actual, StoryProfile expected) {
        assertThat(actual.articles()).isEqualTo(expected.articles());
        assertThat(actual.terms()).isEqualTo(expected.terms());
        assertThat(actual.termWeights()).isEqualTo(expected.termWeights());
        assertThat(actual.entities()).isEqualTo(expected.entities());
        assertThat(actual.entityWeights()).isEqualTo(expected.entityWeights());
    }

    @Test
    void aProfileEncodesAndDecodesToItsExactWeights() {
        StoryProfile p = new StoryProfile(3, new int[] {2, 9, 40}, new float[] {0.1f, 1.7320508f, Float.MIN_VALUE},
                new int[0], new float[0]);
        assertSame(StoryProfiles.decode(ByteBuffer.wrap(StoryProfiles.encode(p))), p);
    }

    @Test
    void storiesBeyondThoseHeldAreWrittenOutAndReadBackAsSet(@TempDir Path dir) {
        StoryProfiles profiles = new StoryProfiles(LinkerFiles.in(dir), new LinkWork.Counter());
        Map<Integer, StoryProfile> reference = new HashMap<>();
        Random random = new Random(11);
        int roots = StoryProfiles.HELD + 5_000;
        for (int root = 0; root < roots; root++) {
            StoryProfile p = profile(random);
            profiles.set(root, p);
            reference.put(root, p);
        }
        // stories merging: some roots lose their profile, others get a new one after being written out
        for (int root = 0; root < roots; root += 97) {
            profiles.set(root, null);
            reference.remove(root);
        }
        for (int root = 1; root < 2_000; root += 13) {
            StoryProfile p = profile(random);
            profiles.set(root, p);
            reference.put(root, p);
        }
        assertThat(dir.resolve("index")).isNotEmptyDirectory();
        for (int pass = 0; pass < 2; pass++) {
            for (int root = 0; root < roots; root++) {
                StoryProfile expected = reference.get(root);
                if (expected == null) {
                    assertThat(profiles.get(root)).isNull();
                } else {
                    assertSame(profiles.get(root), expected);
                }
            }
        }
        assertThat(profiles.get(roots + 3)).isNull();
    }
}
