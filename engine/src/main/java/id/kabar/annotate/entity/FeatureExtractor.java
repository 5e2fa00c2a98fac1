package id.kabar.annotate.entity;

import id.kabar.model.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * Turns a sentence into hashed feature ids per token for the tagger: the word and its neighbours (window 2),
 * word shape ({@code Xxxx}, {@code XX}, {@code dd}), prefixes and suffixes, capitalisation at the start of a
 * sentence, how the word is usually written ({@link CaseProfile}), which words keep it company
 * ({@link WordClusters}), membership in the name lists
 * ({@link Gazetteer}) and the cues around each run of capitalised words ({@link NameCues}): what kind of name the
 * words before, inside and after it point to, and whether anything there speaks for a person at all (a company,
 * a game or a club is written bare, with none of a person's titles, kin words or listed names; a product's name
 * mixes capitals and digits: {@code iPhone}, {@code Galaxy S10}). Ids are hashes of (template, value) folded into a fixed table, so no feature strings are
 * built: only one lower-cased copy of each token.
 */
final class FeatureExtractor {

    private static final int BIAS = 0, WORD = 1, CASED = 2, PREV = 3, NEXT = 4, PREV2 = 5, NEXT2 = 6,
            PREV_WORD = 7, WORD_NEXT = 8, SHAPE = 9, PREV_SHAPE = 10, NEXT_SHAPE = 11, SHAPE_TRIGRAM = 12,
            PREFIX = 13, SUFFIX = 17, FIRST = 21, CASE = 22, PREV_CASE = 23, NEXT_CASE = 24, LIST = 25,
            PREV_LIST = 26, NEXT_LIST = 27, LIST_SHAPE = 28, PREV_WORD_SHAPE = 29, SHAPE_NEXT_WORD = 30,
            PREV_BIGRAM = 31, LENGTH_SHAPE = 32, GROUP = 33, COARSE_GROUP = 34, PREV_GROUP = 35, NEXT_GROUP = 36,
            GROUP_SHAPE = 37, PREV_GROUP_WORD = 38, CUE = 39, CUE_BEFORE = 40, CUE_AFTER = 41, RUN_CUES = 42,
            PERSON_EVIDENCE = 43, EVIDENCE_RUN = 44;

    /** How far before a run of capitalised words a cue still speaks of it ({@code Presiden terpilih AS Joe}). */
    private static final int CUE_REACH_BEFORE = 3;
    /** How far after a run a cue still speaks of it ({@code Goldman Sachs , Inc}: the comma and the form). */
    private static final int CUE_REACH_AFTER = 2;
    /** Runs longer than this count as this long: names of four words and more behave alike. */
    private static final int LONGEST_RUN = 4;

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
        Runs runs = Runs.of(tokens, lower, matches);
        int[][] out = new int[n][];
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
            int inRun = runs.inRun(i) ? 1 : 0;
            f[k++] = mix(CUE, runs.cue[i] * 2 + inRun);
            f[k++] = mix(CUE_BEFORE, runs.before[i] * 2 + inRun);
            f[k++] = mix(CUE_AFTER, runs.after[i] * 2 + inRun);
            f[k++] = mix(mix(RUN_CUES, runs.inside[i]), runs.position(i));
            f[k++] = mix(mix(PERSON_EVIDENCE, runs.personEvidence(i)), shape[c]);
            f[k++] = mix(mix(EVIDENCE_RUN, runs.personEvidence(i)), runs.length(i) * 2 + (runs.mixed(i) ? 1 : 0));
            int[] ids = new int[k];
            for (int j = 0; j < k; j++) {
                ids[j] = f[j] & mask;
            }
            out[i] = ids;
        }
        return out;
    }

    /**
     * The runs of capitalised words of a sentence (a word with a capital anywhere, {@code iPhone}, or a number
     * right after one, {@code Forza Horizon 3}) and, per token, the cues of {@link NameCues} around its run; a
     * token outside every run is a run of its own for its cues before and after. Built in one pass each way.
     */
    private static final class Runs {
        final int[] cue;
        final int[] before;
        final int[] after;
        /** The kinds of cue inside the token's run, one bit each. */
        final int[] inside;
        private final int[] start;
        private final int[] end;
        private final boolean[] listedPerson;
        private final boolean[] mixed;
        private final boolean[] capitalised;

        private Runs(int n) {
            cue = new int[n];
            before = new int[n];
            after = new int[n];
            inside = new int[n];
            start = new int[n];
            end = new int[n];
            listedPerson = new boolean[n];
            mixed = new boolean[n];
            capitalised = new boolean[n];
        }

        static Runs of(String[] tokens, String[] lower, List<Gazetteer.Match> matches) {
            int n = tokens.length;
            Runs r = new Runs(n);
            boolean[] mixedToken = new boolean[n];
            for (int i = 0; i < n; i++) {
                r.cue[i] = NameCues.of(lower[i]);
                String t = tokens[i];
                boolean upper = false;
                boolean digit = false;
                boolean innerUpper = false;
                for (int j = 0; j < t.length(); j++) {
                    char ch = t.charAt(j);
                    if (Character.isUpperCase(ch)) {
                        upper = true;
                        innerUpper |= j > 0 && Character.isLowerCase(t.charAt(j - 1));
                    }
                    digit |= Character.isDigit(ch);
                }
                boolean numberAfterName = !t.isEmpty() && Character.isDigit(t.charAt(0)) && i > 0 && r.capitalised[i - 1];
                r.capitalised[i] = upper || numberAfterName;
                mixedToken[i] = innerUpper || upper && digit;
            }
            boolean[] personToken = new boolean[n];
            for (Gazetteer.Match m : matches) {
                if (m.name().type() == EntityType.PER) {
                    for (int j = m.start(); j < m.end(); j++) {
                        personToken[j] = true;
                    }
                }
            }
            for (int i = 0; i < n; ) {
                int e = i + 1;
                while (r.capitalised[i] && e < n && r.capitalised[e]) {
                    e++;
                }
                int cues = 0;
                boolean person = false;
                boolean anyMixed = false;
                for (int j = i; j < e; j++) {
                    cues |= r.cue[j] == NameCues.NONE ? 0 : 1 << r.cue[j];
                    person |= personToken[j];
                    anyMixed |= mixedToken[j];
                }
                int cueBefore = nearestCue(r.cue, i - 1, Math.max(0, i - CUE_REACH_BEFORE), -1);
                int cueAfter = nearestCue(r.cue, e, Math.min(n - 1, e - 1 + CUE_REACH_AFTER), 1);
                for (int j = i; j < e; j++) {
                    r.start[j] = i;
                    r.end[j] = e;
                    r.inside[j] = cues;
                    r.before[j] = cueBefore;
                    r.after[j] = cueAfter;
                    r.listedPerson[j] = person;
                    r.mixed[j] = anyMixed;
                }
                i = e;
            }
            return r;
        }

        /** The cue nearest to {@code from}, stepping by {@code step} up to {@code to}, or none. */
        private static int nearestCue(int[] cue, int from, int to, int step) {
            for (int j = from; step < 0 ? j >= to : j <= to; j += step) {
                if (cue[j] != NameCues.NONE) {
                    return cue[j];
                }
            }
            return NameCues.NONE;
        }

        boolean inRun(int i) {
            return capitalised[i];
        }

        /** 0 alone, 1 opening its run, 2 inside, 3 closing. */
        int position(int i) {
            if (end[i] - start[i] == 1) {
                return 0;
            }
            return i == start[i] ? 1 : i == end[i] - 1 ? 3 : 2;
        }

        int length(int i) {
            return Math.min(end[i] - start[i], LONGEST_RUN);
        }

        boolean mixed(int i) {
            return mixed[i];
        }

        /** 1 when a person's cue stands before or inside the run or a listed person is in it; else 0 (none speaks for one). */
        int personEvidence(int i) {
            boolean cue = before[i] == NameCues.PERSON || (inside[i] & 1 << NameCues.PERSON) != 0;
            return capitalised[i] ? (cue || listedPerson[i] ? 1 : 0) : 2;
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
