package id.kabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.annotate.entity.ConllCorpus;
import id.kabar.annotate.entity.Gazetteer;
import id.kabar.annotate.entity.Lexicon;
import id.kabar.annotate.entity.NamedEntityTagger;
import id.kabar.annotate.entity.PerceptronTrainer;
import id.kabar.annotate.entity.SpanScore;
import id.kabar.annotate.entity.TaggedSentence;
import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.text.TextSegmenter;
import id.kabar.annotate.text.Token;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kabar train-ner --data DIR... --out FILE}: trains the named-entity tagger. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Train the named-entity tagger (averaged structured perceptron) on CoNLL files.",
                "Each DIR is searched for train*.txt (training) and dev*.txt / valid*.txt (development) files;",
                "test*.txt files are never read. Development F1 is logged after every epoch; then, unless",
                "--hold-out-dev is given, the model is trained again from scratch on training + development data",
                "with the same epochs and seed, and that model is written. Runs are reproducible: fixed seed,",
                "fixed file order, fixed epochs."},
        footer = {"", "The shipped model (engine/src/main/resources/id/kabar/annotate/entity/ner-model.bin.gz)",
                "was trained with (DATA: the folder of the licensed corpora; the name lists have grown since, so this gives",
                "a model a few hundred bytes apart until it is rebuilt):",
                "  kabar train-ner --data DATA/idner-news-2k DATA/nergrit --table-bits 18 \\",
                "      --unlabeled DATA/indosum/dev.01.jsonl DATA/indosum/dev.02.jsonl DATA/indosum/dev.03.jsonl \\",
                "      --out engine/src/main/resources/id/kabar/annotate/entity/ner-model.bin.gz",
                "(the contract's rules on top of it were tuned to that model's errors, so it keeps the smaller table).",
                "Cross-validate a setting with --folds 5 instead of --out; adding the CLICK-ID week",
                "(DATA/clickid/clickid-2019-09-10-to-16.jsonl.gz) to --unlabeled gives more words their case and group.",
                "Rebuild it whenever the name lists in that folder change: list membership is a feature.",
                "Measure it with: kabar ner DATA/idner-news-2k/test.txt > tagged.tsv, then score_ner.py."})
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "DIR",
            description = "folders holding train*.txt and dev*.txt / valid*.txt CoNLL files")
    List<Path> data;

    @Option(names = "--unlabeled", arity = "1..*", paramLabel = "FILE",
            description = "JSONL articles, IndoSum's tokenised paragraphs or a text field (.gz read through gzip): how words are capitalised and which keep company")
    List<Path> unlabeled = List.of();

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the model (gzip)")
    Path out;

    @Option(names = "--folds", paramLabel = "K",
            description = {"cross-validate instead of writing a model: the training and development sentences of the",
                    "folders, in file order, are cut into K consecutive folds; each fold is tagged by a model trained",
                    "on the other K-1 and scored by spans; prints each fold's F1, their mean and the pooled F1 per type"})
    int folds;

    @Option(names = "--epochs", paramLabel = "N", description = "passes over the training data (default: ${DEFAULT-VALUE})")
    int epochs = PerceptronTrainer.Settings.STANDARD.epochs();

    @Option(names = "--seed", paramLabel = "N", description = "seed of the example order (default: ${DEFAULT-VALUE})")
    long seed = PerceptronTrainer.Settings.STANDARD.seed();

    @Option(names = "--table-bits", paramLabel = "N",
            description = "the feature table holds 2^N hashed features (default: ${DEFAULT-VALUE})")
    int tableBits = PerceptronTrainer.Settings.STANDARD.tableBits();

    @Option(names = "--hold-out-dev", description = "write the model trained without the development files")
    boolean holdOutDev;

    @Override
    public Integer call() throws IOException {
        List<TaggedSentence> train = new ArrayList<>();
        Map<String, List<TaggedSentence>> development = new LinkedHashMap<>();
        for (Path dir : data) {
            if (!Files.isDirectory(dir)) {
                System.err.println("kabar: not a folder: " + dir);
                return 2;
            }
            for (Path file : conllFiles(dir)) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                List<TaggedSentence> sentences;
                try {
                    sentences = ConllCorpus.read(file);
                } catch (IOException | UncheckedIOException e) {
                    System.err.println("kabar: cannot read " + file + ": " + e.getMessage());
                    return 2;
                }
                if (name.startsWith("train")) {
                    train.addAll(sentences);
                } else {
                    development.put(dir.getFileName() + "/" + file.getFileName(), sentences);
                }
                System.err.printf("kabar: %s: %d sentences%n", file, sentences.size());
            }
        }
        if (train.isEmpty()) {
            System.err.println("kabar: no training sentences found in " + data);
            return 2;
        }
        if (out == null && folds == 0) {
            System.err.println("kabar: give --out FILE, or --folds K to cross-validate");
            return 2;
        }
        if (folds == 1 || folds < 0) {
            System.err.println("kabar: --folds needs two folds or more");
            return 2;
        }
        Lexicon lexicon = Lexicon.learn(unlabeledSentences(unlabeled));
        System.err.println("kabar: lexicon: " + lexicon);
        PerceptronTrainer.Settings settings = new PerceptronTrainer.Settings(epochs, seed, tableBits);
        PerceptronTrainer trainer = new PerceptronTrainer(Gazetteer.standard(), settings, System.err::println);
        if (folds > 0) {
            List<TaggedSentence> all = new ArrayList<>(train);
            development.values().forEach(all::addAll);
            crossValidate(trainer, all, lexicon);
            return 0;
        }
        NamedEntityTagger tagger = trainer.train(train, development, lexicon);
        if (!holdOutDev && !development.isEmpty()) {
            System.err.println("kabar: training again on training + development data");
            List<TaggedSentence> all = new ArrayList<>(train);
            development.values().forEach(all::addAll);
            tagger = trainer.train(all, Map.of(), lexicon);
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        tagger.save(out);
        System.err.printf("kabar: wrote %s (%d bytes)%n", out, Files.size(out));
        return 0;
    }

    /** Prints each fold's score, their mean F1 and the pooled score per type. */
    private void crossValidate(PerceptronTrainer trainer, List<TaggedSentence> all, Lexicon lexicon) {
        List<SpanScore> scores = trainer.crossValidate(all, folds, lexicon);
        SpanScore pooled = new SpanScore();
        double sumF1 = 0;
        for (int fold = 0; fold < folds; fold++) {
            System.out.printf(Locale.ROOT, "fold %d: %s%n", fold + 1, scores.get(fold));
            pooled.addAll(scores.get(fold));
            sumF1 += scores.get(fold).f1();
        }
        System.out.printf(Locale.ROOT, "mean f1 over %d folds: %.4f; pooled: %s%n", folds, sumF1 / folds, pooled);
    }

    /** CoNLL files of a folder in name order; test files are left out so they stay a held-out measure. */
    private static List<Path> conllFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".txt") && (n.startsWith("train") || n.startsWith("dev") || n.startsWith("valid"));
            }).sorted().toList();
        }
    }

    /**
     * Sentences of the unlabelled files: IndoSum's tokenised paragraphs, or an article's {@code text} (as in
     * CLICK-ID) cut into sentences and tokens by the segmenter the pipeline uses; {@code .gz} files are read
     * through gzip.
     */
    static List<String[]> unlabeledSentences(List<Path> unlabeled) throws IOException {
        List<String[]> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        TextSegmenter segmenter = new TextSegmenter();
        for (Path file : unlabeled) {
            InputStream raw = Files.newInputStream(file);
            InputStream bytes = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode article = json.readTree(line);
                    if (article.has("paragraphs")) {
                        for (JsonNode paragraph : article.path("paragraphs")) {
                            for (JsonNode sentence : paragraph) {
                                String[] tokens = new String[sentence.size()];
                                for (int i = 0; i < tokens.length; i++) {
                                    tokens[i] = sentence.get(i).asText();
                                }
                                out.add(tokens);
                            }
                        }
                    } else {
                        for (Sentence sentence : segmenter.segment(article.path("text").asText()).sentences()) {
                            out.add(sentence.tokens().stream().map(Token::text).toArray(String[]::new));
                        }
                    }
                }
            }
        }
        return out;
    }
}
