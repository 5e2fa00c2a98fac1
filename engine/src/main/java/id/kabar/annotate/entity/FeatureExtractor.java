package id.kabar.annotate.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns a sentence into hashed feature ids per token for the tagger: the word and its neighbours (window 2),
 * word shape ({@code Xxxx}, {@code XX}, {@code dd}), prefixes and suffixes, capitalisation at the start of a
 * sentence, how the word is usually written ({@link CaseProfile}), which words keep it company
 * ({@link WordClusters}) and membership in the name lists
 * ({@link Gazetteer}). Ids are hashes of (template, value) folded into a fixed table, so no feature strings are
 * built: only one lower-cased copy of each token.
 */
final class FeatureExtractor {

    private static final int BIAS = 0, WORD = 1, CASED = 2, PREV = 3, NEXT = 4, PREV2 = 5, NEXT2 = 6,
            PREV_WORD = 7, WORD_NEXT = 8, SHAPE = 9, PREV_SHAPE = 10, NEXT_SHAPE = 11, SHAPE_TRIGRAM = 12,
            PREFIX = 13, SUFFIX = 17, FIRST = 21, CASE = 22, PREV_CASE = 23, NEXT_CASE = 24, LIST = 25,
            PREV_LIST = 26, NEXT_LIST = 27, LIST_SHAPE = 28, PREV_WORD_SHAPE = 29, SHAPE_NEXT_WORD = 30,
            PREV_BIGRAM = 31, LENGTH_SHAPE = 32, GROUP = 33, COARSE_GROUP = 34, PREV_GROUP = 35, NEXT_GROUP = 36,
            GROUP_SHAPE = 37, PREV_GROUP_WORD = 38;

    /** The most features one token gets. */
    static final int MAX_PER_TOKEN = 48;

    private static final int START = 0x51ED270B;
    private static final int END = 0x2B7E1516;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final int mask;

    FeatureExtractor(Gazetteer gazetteer, Lexicon lexicon, int tableBits) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.mask = (1 << tableBits) - 1;
    }

    /** Feature ids of each token; {@code ids[i]} holds those of token i. */
    int[][] extract(String[] tokens) {
        String[] lower = lowerCase(tokens);
        return extract(tokens, lower, gazetteer.find(tokens, lower));
    }

    static String[] lowerCase(String[] tokens) {
        String[] lower = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    /** As {@link #extract(String[])}, given the lower-cased tokens and the listed names found in them. */
    int[][] extract(String[] tokens, String[] lower, List<Gazetteer.Match> matches) {
        int[][] out = new int[tokens.length][];
        extract(tokens, lower, matches, (token, ids, count) -> out[token] = Arrays.copyOf(ids, count));
        return out;
    }

    /** Takes the feature ids of one token after another. */
    @FunctionalInterface
    interface TokenFeatures {
        /** The ids of token {@code token} are {@code ids[0, count)}; the array is reused for the next token. */
        void accept(int token, int[] ids, int count);
    }

    /**
     * As {@link #extract(String[], String[], List)}, each token's ids handed over as they are made: tagging adds
     * their weights at once, and no array is kept for each token of each sentence tagged (a run of the CLICK-ID
     * week allocated 3.2 % of its bytes here).
     */
    void extract(String[] tokens, String[] lower, List<Gazetteer.Match> matches, TokenFeatures sink) {
        int n = tokens.length;
        int[] coarse = new int[n];
        int[] word = new int[n + 4];
        int[] shape = new int[n + 4];
        int[] caseOf = new int[n + 4];
        int[] list = new int[n + 4];
        int[] group = new int[n + 4];
        for (int i = 0; i < n + 4; i++) {
            word[i] = i < 2 ? START : END;
            shape[i] = word[i];
            caseOf[i] = word[i];
            group[i] = word[i];
        }
        for (int i = 0; i < n; i++) {
            int known = lexicon.lookup(lower[i]);
            word[i + 2] = lower[i].hashCode();
            shape[i + 2] = shapeHash(tokens[i]);
            boolean capital = !tokens[i].isEmpty() && Character.isUpperCase(tokens[i].charAt(0));
            caseOf[i + 2] = Lexicon.caseClass(known) * 2 + (capital ? 1 : 0);
            group[i + 2] = Lexicon.fineGroup(known);
            coarse[i] = Lexicon.coarseGroup(known);
        }
        for (Gazetteer.Match m : matches) {
            int type = m.name().type().ordinal() * 2 + 1;
            for (int j = m.start(); j < m.end(); j++) {
                list[j + 2] = j == m.start() ? type : type + 1;
            }
        }
        int[] f = new int[MAX_PER_TOKEN];
        for (int i = 0; i < n; i++) {
            int c = i + 2;
            int k = 0;
            f[k++] = mix(BIAS, 0);
            f[k++] = mix(WORD, word[c]);
            f[k++] = mix(CASED, tokens[i].hashCode());
            f[k++] = mix(PREV, word[c - 1]);
            f[k++] = mix(NEXT, word[c + 1]);
            f[k++] = mix(PREV2, word[c - 2]);
            f[k++] = mix(NEXT2, word[c + 2]);
            f[k++] = mix(mix(PREV_WORD, word[c - 1]), word[c]);
            f[k++] = mix(mix(WORD_NEXT, word[c]), word[c + 1]);
            f[k++] = mix(SHAPE, shape[c]);
            f[k++] = mix(PREV_SHAPE, shape[c - 1]);
            f[k++] = mix(NEXT_SHAPE, shape[c + 1]);
            f[k++] = mix(mix(mix(SHAPE_TRIGRAM, shape[c - 1]), shape[c]), shape[c + 1]);
            String w = lower[i];
            for (int len = 1; len <= 4 && len < w.length(); len++) {
                f[k++] = mix(PREFIX + len - 1, rangeHash(w, 0, len));
                f[k++] = mix(SUFFIX + len - 1, rangeHash(w, w.length() - len, w.length()));
            }
            f[k++] = mix(mix(FIRST, CaseProfile.opensClause(tokens, i) ? 1 : 0), caseOf[c] * 31 + shape[c]);
            f[k++] = mix(CASE, caseOf[c]);
            f[k++] = mix(PREV_CASE, caseOf[c - 1]);
            f[k++] = mix(NEXT_CASE, caseOf[c + 1]);
            f[k++] = mix(LIST, list[c]);
            f[k++] = mix(PREV_LIST, list[c - 1]);
            f[k++] = mix(NEXT_LIST, list[c + 1]);
            f[k++] = mix(mix(LIST_SHAPE, list[c]), shape[c]);
            f[k++] = mix(mix(PREV_WORD_SHAPE, word[c - 1]), shape[c]);
            f[k++] = mix(mix(SHAPE_NEXT_WORD, shape[c]), word[c + 1]);
            f[k++] = mix(mix(PREV_BIGRAM, word[c - 2]), word[c - 1]);
            f[k++] = mix(mix(LENGTH_SHAPE, Math.min(w.length(), 12)), shape[c]);
            f[k++] = mix(GROUP, group[c]);
            f[k++] = mix(COARSE_GROUP, coarse[i]);
            f[k++] = mix(PREV_GROUP, group[c - 1]);
            f[k++] = mix(NEXT_GROUP, group[c + 1]);
            f[k++] = mix(mix(GROUP_SHAPE, group[c]), shape[c]);
            f[k++] = mix(mix(PREV_GROUP_WORD, group[c - 1]), word[c]);
            for (int j = 0; j < k; j++) {
                f[j] &= mask;
            }
            sink.accept(i, f, k);
        }
    }

    /** Hash of the word's shape: X upper, x lower, d digit, other marks as they are, runs collapsed. */
    static int shapeHash(String token) {
        int h = 17;
        char last = 0;
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            char cls = Character.isUpperCase(ch) ? 'X' : Character.isLetter(ch) ? 'x' : Character.isDigit(ch) ? 'd' : ch;
            if (cls != last) {
                h = 31 * h + cls;
                last = cls;
            }
        }
        return h;
    }

    private static int rangeHash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private static int mix(int template, int value) {
        int h = template * 0x9E3779B9 + value;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
