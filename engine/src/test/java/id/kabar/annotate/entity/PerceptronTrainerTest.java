package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.EntityType;
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

    @Test
    void crossValidationScoresEachFoldByAModelThatNeverSawIt() throws Exception {
        List<TaggedSentence> data = fixture();
        PerceptronTrainer trainer = new PerceptronTrainer(Gazetteer.standard(),
                new PerceptronTrainer.Settings(5, 7, 16), line -> { });
        List<SpanScore> folds = trainer.crossValidate(data, 3, Lexicon.empty());
        assertThat(folds).hasSize(3);
        SpanScore pooled = new SpanScore();
        folds.forEach(pooled::addAll);
        // a model trained on all twelve sentences tags them almost perfectly; one that never saw a fold cannot
        assertThat(pooled.f1()).isBetween(0.0, 0.9);
        assertThat(train(data, 5, new ArrayList<>()).score(data).f1()).isGreaterThan(pooled.f1());
    }

    @Test
    void spanScoreCountsEachTypeApart() {
        // "Presiden Joko Widodo meresmikan bendungan di Kabupaten Bogor ."
        BioTag[] gold = {BioTag.O, BioTag.B_PER, BioTag.I_PER, BioTag.O, BioTag.O, BioTag.O, BioTag.B_LOC, BioTag.I_LOC,
                BioTag.O};
        BioTag[] guess = {BioTag.O, BioTag.B_PER, BioTag.I_PER, BioTag.O, BioTag.O, BioTag.O, BioTag.O, BioTag.B_ORG,
                BioTag.O};
        SpanScore score = new SpanScore();
        score.add(gold, guess);
        assertThat(score.f1(EntityType.PER)).isEqualTo(1.0);
        assertThat(score.f1(EntityType.LOC)).isZero();
        assertThat(score.f1(EntityType.ORG)).isZero();
        assertThat(score.f1()).isEqualTo(0.5);
        SpanScore twice = new SpanScore();
        twice.addAll(score);
        twice.addAll(score);
        assertThat(twice.f1()).isEqualTo(0.5);
        assertThat(twice.toString()).startsWith("f1=0.5000 p=0.5000 r=0.5000 (PER 1.0000, ORG 0.0000, LOC 0.0000)");
    }
}
