package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerceptronTrainerTest {

    private static List<TaggedSentence> fixture() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PerceptronTrainerTest.class.getResourceAsStream("tiny-train.txt"), StandardCharsets.UTF_8))) {
            return ConllCorpus.read(in, "tiny-train.txt");
        }
    }

    private static NamedEntityTagger train(List<TaggedSentence> data, int epochs, List<String> log) {
        PerceptronTrainer trainer = new PerceptronTrainer(Gazetteer.standard(),
                new PerceptronTrainer.Settings(epochs, 7, 16), log::add);
        return trainer.train(data, Map.of("fixture", data), Lexicon.empty());
    }

    @Test
    void learnsATinyCorpus() throws Exception {
        List<TaggedSentence> data = fixture();
        assertThat(data).hasSize(12);
        List<String> log = new ArrayList<>();
        NamedEntityTagger tagger = train(data, 15, log);
        assertThat(log).hasSize(15).allMatch(line -> line.contains("fixture f1="));
        assertThat(tagger.score(data).f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void sameSeedSameModel(@TempDir Path dir) throws Exception {
        List<TaggedSentence> data = fixture();
        train(data, 5, new ArrayList<>()).save(dir.resolve("a.bin.gz"));
        train(data, 5, new ArrayList<>()).save(dir.resolve("b.bin.gz"));
        assertThat(Files.readAllBytes(dir.resolve("a.bin.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("b.bin.gz")));
    }

    @Test
    void savedModelTagsAsBefore(@TempDir Path dir) throws Exception {
        List<TaggedSentence> data = fixture();
        NamedEntityTagger trained = train(data, 10, new ArrayList<>());
        trained.save(dir.resolve("m.bin.gz"));
        NamedEntityTagger loaded = NamedEntityTagger.load(dir.resolve("m.bin.gz"));
        for (TaggedSentence s : data) {
            assertThat(loaded.tag(s.tokens())).isEqualTo(trained.tag(s.tokens()));
        }
    }

    @Test
    void readsCorpusLabelsOfBothPublicTagSets() {
        assertThat(BioTag.parse("B-PERSON")).isEqualTo(BioTag.B_PER);
        assertThat(BioTag.parse("I-ORGANISATION")).isEqualTo(BioTag.I_ORG);
        assertThat(BioTag.parse("B-PLACE")).isEqualTo(BioTag.B_LOC);
        assertThat(BioTag.parse("B-EVT")).isEqualTo(BioTag.O);
        assertThat(BioTag.I_LOC.mayFollow(BioTag.B_LOC)).isTrue();
        assertThat(BioTag.I_LOC.mayFollow(BioTag.O)).isFalse();
    }
}
