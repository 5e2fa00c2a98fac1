package id.kabar.annotate.claim;

import id.kabar.annotate.text.Token;
import java.util.List;
import java.util.Locale;

/** The tokens of one sentence with their lower-case forms, computed once for every number in it. */
record Words(List<Token> tokens, List<String> lower) {

    static Words of(List<Token> tokens) {
        return new Words(tokens, tokens.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList());
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String lower(int i) {
        return lower.get(i);
    }

    /** The index of the first token starting at or after {@code offset} (the size if none). */
    int firstAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
