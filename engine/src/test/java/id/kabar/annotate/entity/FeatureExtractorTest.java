package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.EntityType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
    private final FeatureExtractor features = new FeatureExtractor(Gazetteer.standard(), Lexicon.empty(), 18);

    private static Set<Integer> set(int[] ids) {
        Set<Integer> out = new HashSet<>();
        Arrays.stream(ids).forEach(out::add);
        return out;
    }

    @Test
    void shapeGroupsWordsWrittenAlike() {
        assertThat(FeatureExtractor.shapeHash("Jakarta")).isEqualTo(FeatureExtractor.shapeHash("Bandung"));
        assertThat(FeatureExtractor.shapeHash("BPS")).isEqualTo(FeatureExtractor.shapeHash("KPK"));
        assertThat(FeatureExtractor.shapeHash("BPS")).isNotEqualTo(FeatureExtractor.shapeHash("Bps"));
        assertThat(FeatureExtractor.shapeHash("2014")).isNotEqualTo(FeatureExtractor.shapeHash("Bps"));
    }

    @Test
    void everyTokenGetsBoundedIdsInsideTheTable() {
        int[][] ids = features.extract("Presiden Rusia Vladimir Putin tiba di Minsk .".split(" "));
        assertThat(ids).hasNumberOfRows(8);
        for (int[] token : ids) {
            assertThat(token.length).isBetween(20, FeatureExtractor.MAX_PER_TOKEN);
            assertThat(Arrays.stream(token).allMatch(id -> id >= 0 && id < (1 << 18))).isTrue();
        }
    }

    @Test
    void sameContextSameFeatures() {
        int[][] a = features.extract("Warga Minsk berunjuk rasa .".split(" "));
        int[][] b = features.extract("Warga Minsk berunjuk rasa .".split(" "));
        assertThat(a[1]).isEqualTo(b[1]);
    }

    @Test
    void listMembershipIsAFeature() {
        Gazetteer none = new Gazetteer();
        Gazetteer withPlace = new Gazetteer();
        withPlace.read(List.of("Minsk"), EntityType.LOC);
        String[] sentence = "Delegasi tiba di Minsk pada Senin .".split(" ");
        int[][] unlisted = new FeatureExtractor(none, Lexicon.empty(), 18).extract(sentence);
        int[][] listed = new FeatureExtractor(withPlace, Lexicon.empty(), 18).extract(sentence);
        Set<Integer> changed = set(listed[3]);
        changed.removeAll(set(unlisted[3]));
        assertThat(changed).hasSize(2); // the token's list feature, and list crossed with shape
        assertThat(listed[2]).isNotEqualTo(unlisted[2]); // the next token's list feature of "di"
        assertThat(listed[0]).isEqualTo(unlisted[0]); // out of the window
    }
}
