package id.kabar.annotate.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a word is usually written inside a sentence, counted over unlabelled news text: mostly lower-case
 * ({@code menurut}), mostly capitalised ({@code jakarta}) or either. It tells a capitalised word at the start of
 * a sentence that is an ordinary word from one that is a name, and acts as a cheap word-class feature.
 */
public final class CaseProfile {
    static final byte UNSEEN = 0;
    static final byte LOWER = 1;
    static final byte MIXED = 2;
    static final byte CAPITALISED = 3;

    private static final int MIN_COUNT = 3;

    private final Map<String, Byte> classes;

    CaseProfile(Map<String, Byte> classes) {
        this.classes = Map.copyOf(classes);
    }

    static CaseProfile empty() {
        return new CaseProfile(Map.of());
    }

    byte classOf(String lower) {
        Byte c = classes.get(lower);
        return c == null ? UNSEEN : c;
    }

    Map<String, Byte> classes() {
        return classes;
    }

    /** Counts words after the first of each sentence, so sentence-initial capitals do not count. */
    public static final class Counter {
        private final Map<String, int[]> counts = new HashMap<>();

        public void addSentence(String[] tokens) {
            for (int i = 1; i < tokens.length; i++) {
                String t = tokens[i];
                if (t.isEmpty() || !Character.isLetter(t.charAt(0))) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new int[2]);
                c[Character.isUpperCase(t.charAt(0)) ? 1 : 0]++;
            }
        }

        public CaseProfile build() {
            Map<String, Byte> out = new HashMap<>();
            counts.forEach((word, c) -> {
                int total = c[0] + c[1];
                if (total >= MIN_COUNT) {
                    double capital = (double) c[1] / total;
                    out.put(word, capital < 0.1 ? LOWER : capital > 0.9 ? CAPITALISED : MIXED);
                }
            });
            return new CaseProfile(out);
        }
    }
}
