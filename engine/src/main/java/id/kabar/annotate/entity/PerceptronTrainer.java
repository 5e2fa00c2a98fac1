package id.kabar.annotate.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains the tagger as an averaged structured perceptron: each sentence is decoded with the current weights and,
 * where the best path differs from the gold tags, the gold features are rewarded and the predicted ones
 * penalised. The returned weights are averaged over all steps, which keeps the perceptron from over-fitting
 * the last examples. The order of examples is shuffled per epoch from a fixed seed, so a run is reproducible.
 */
public final class PerceptronTrainer {

    /** Fixed choices of a training run. */
    public record Settings(int epochs, long seed, int tableBits) {
        /**
         * 2^20 feature rows: in 5-fold cross-validation on idner-news-2k (three seeds) the mean span F1 went from
         * 0.836 at 2^18 rows to 0.841, fewer features sharing a row; 2^22 gave no more (0.838), nor did 16 or 24
         * epochs at 2^20 (0.840, 0.839 against 0.841 at 12).
         */
        public static final Settings STANDARD = new Settings(12, 20_220_301L, 20);
    }

    private final Gazetteer gazetteer;
    private final Settings settings;
    private final Consumer<String> log;

    public PerceptronTrainer(Gazetteer gazetteer, Settings settings, Consumer<String> log) {
        this.gazetteer = gazetteer;
        this.settings = settings;
        this.log = log;
    }

    /**
     * Trains on {@code train}; after every epoch scores the averaged weights on each development set by name.
     * {@code lexicon} is what the features know of words from unlabelled text.
     */
    public NamedEntityTagger train(List<TaggedSentence> train, Map<String, List<TaggedSentence>> development,
                                   Lexicon lexicon) {
        int T = PerceptronModel.T;
        FeatureExtractor features = new FeatureExtractor(gazetteer, lexicon, settings.tableBits());
        List<int[][]> x = new ArrayList<>(train.size());
        for (TaggedSentence s : train) {
            x.add(features.extract(s.tokens()));
        }
        float[] w = new float[(1 << settings.tableBits()) * T];
        double[] wSum = new double[w.length];
        float[] tr = new float[(T + 1) * T];
        double[] trSum = new double[tr.length];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            order.add(i);
        }
        Random random = new Random(settings.seed());
        long step = 1;
        PerceptronModel averaged = null;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            int mistakes = 0;
            for (int index : order) {
                int[][] f = x.get(index);
                BioTag[] gold = train.get(index).tags();
                BioTag[] guess = PerceptronModel.decode(f, w, tr);
                for (int i = 0; i < gold.length; i++) {
                    int g = gold[i].ordinal();
                    int p = guess[i].ordinal();
                    if (g != p) {
                        mistakes++;
                        for (int feature : f[i]) {
                            update(w, wSum, feature * T + g, 1, step);
                            update(w, wSum, feature * T + p, -1, step);
                        }
                    }
                    int gPrev = i == 0 ? 0 : gold[i - 1].ordinal() + 1;
                    int pPrev = i == 0 ? 0 : guess[i - 1].ordinal() + 1;
                    if (g != p || gPrev != pPrev) {
                        update(tr, trSum, gPrev * T + g, 1, step);
                        update(tr, trSum, pPrev * T + p, -1, step);
                    }
                }
                step++;
            }
            averaged = new PerceptronModel(settings.tableBits(), average(w, wSum, step), average(tr, trSum, step), lexicon);
            StringBuilder line = new StringBuilder("epoch " + epoch + ": " + mistakes + " token errors in training");
            NamedEntityTagger tagger = new NamedEntityTagger(averaged, gazetteer);
            development.forEach((name, sentences) ->
                    line.append("; ").append(name).append(' ').append(tagger.score(sentences)));
            log.accept(line.toString());
        }
        return new NamedEntityTagger(averaged, gazetteer);
    }

    /**
     * K-fold cross-validation: the sentences, in their order, are cut into {@code folds} consecutive slices (so a
     * news story stays in one fold); each slice is tagged by a model trained on the others. The scores, by slice.
     */
    public List<SpanScore> crossValidate(List<TaggedSentence> sentences, int folds, Lexicon lexicon) {
        List<SpanScore> scores = new ArrayList<>(folds);
        for (int fold = 0; fold < folds; fold++) {
            int from = (int) ((long) fold * sentences.size() / folds);
            int to = (int) ((long) (fold + 1) * sentences.size() / folds);
            List<TaggedSentence> rest = new ArrayList<>(sentences.subList(0, from));
            rest.addAll(sentences.subList(to, sentences.size()));
            scores.add(train(rest, Map.of(), lexicon).score(sentences.subList(from, to)));
        }
        return scores;
    }

    private static void update(float[] w, double[] sum, int index, int delta, long step) {
        w[index] += delta;
        sum[index] += (double) step * delta;
    }

    /** Averaged weights by the running-sum trick: w - sum / steps. */
    private static float[] average(float[] w, double[] sum, long steps) {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = (float) (w[i] - sum[i] / steps);
        }
        return out;
    }
}
