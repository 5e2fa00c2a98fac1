package id.kabar.annotate.claim;

import id.kabar.annotate.text.Offsets;
import id.kabar.annotate.text.Token;
import id.kabar.lang.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tokens of one sentence with their lower-case forms, computed once for every number in it. What scraping
 * left where it stripped a linked name out of the text is not read: brackets holding only punctuation
 * ({@code Dua warga negara asing ( ,) menjadi korban tewas}) and a comma standing apart right after a
 * preposition that lost its object ({@code tiga di antara korban kecelakaan tunggal di , itu mengalami luka
 * berat}, both CLICK-ID, 15 September 2019). Those would otherwise cut a counted phrase from its outcome word.
 */
record Words(List<Token> tokens, List<String> lower) {
    /** Prepositions whose object a stripped link leaves out. */
    private static final Set<String> BARE_PREPOSITIONS = WordLists.set(WordLists.class, "bare-prepositions.txt");

    static Words of(List<Token> tokens) {
        List<Token> kept = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int close = emptyBracketsEnd(tokens, i);
            if (close > i) {
                i = close;
            } else if (!isLeftComma(tokens, i)) {
                kept.add(tokens.get(i));
            }
        }
        return new Words(kept, kept.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList());
    }

    /** The index of the ")" closing brackets that open at {@code i} and hold only punctuation, or {@code i}. */
    private static int emptyBracketsEnd(List<Token> tokens, int i) {
        if (!tokens.get(i).text().equals("(")) {
            return i;
        }
        for (int k = i + 1; k < tokens.size(); k++) {
            String t = tokens.get(k).text();
            if (t.equals(")")) {
                return k;
            }
            if (t.chars().anyMatch(Character::isLetterOrDigit) || t.equals("(")) {
                return i;
            }
        }
        return i;
    }

    /** A comma after a space that follows a bare preposition: {@code di , itu}. */
    private static boolean isLeftComma(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).text().equals(",") && tokens.get(i).start() > tokens.get(i - 1).end()
                && BARE_PREPOSITIONS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
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
        return Offsets.firstStartingAt(tokens, Token::start, offset);
    }
}
