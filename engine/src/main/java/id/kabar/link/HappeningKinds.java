package id.kabar.link;

import id.kabar.lang.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a headline says happened, as kinds of happening (a death, a verdict, an arrest, a quake) read from
 * {@code happening-kinds.txt}. A headline says what was done; two headlines of one day naming different kinds
 * tell two happenings of one matter, however much their bodies share.
 */
final class HappeningKinds {
    /** No kind named: the headline's words say nothing of what was done, or there is no headline. */
    static final long NONE = 0L;

    /** Each listed word's kind, as one bit of a {@code long}. */
    private static final Map<String, Long> KIND_BY_WORD = load(WordLists.read(HappeningKinds.class, "happening-kinds.txt"));

    private HappeningKinds() {
    }

    /** The kinds a headline names, one bit each; {@link #NONE} for null. */
    static long of(String headline) {
        if (headline == null) {
            return NONE;
        }
        long kinds = NONE;
        for (String word : ArticleProfiler.words(headline)) {
            kinds |= KIND_BY_WORD.getOrDefault(word, NONE);
        }
        return kinds;
    }

    /** Whether both name kinds and no kind is named by both. */
    static boolean apart(long a, long b) {
        return a != NONE && b != NONE && (a & b) == NONE;
    }

    private static Map<String, Long> load(List<String> lines) {
        if (lines.size() > Long.SIZE) {
            throw new IllegalStateException("happening-kinds.txt: " + lines.size() + " kinds, at most " + Long.SIZE);
        }
        Map<String, Long> kindByWord = new HashMap<>();
        for (int kind = 0; kind < lines.size(); kind++) {
            String line = lines.get(kind);
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("happening-kinds.txt: no kind in '" + line + "'");
            }
            for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                kindByWord.merge(word, 1L << kind, (x, y) -> x | y);
            }
        }
        return Map.copyOf(kindByWord);
    }
}
