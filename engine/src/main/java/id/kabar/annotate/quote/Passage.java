package id.kabar.annotate.quote;

import id.kabar.annotate.entity.NameFinder;
import id.kabar.annotate.text.Offsets;
import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.text.Text;
import id.kabar.annotate.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A segmented body seen as one run of tokens, with the sentence and paragraph of each. Not thread-safe: one per call. */
final class Passage implements NameFinder.Tokens {
    /** A heading has at least this many words ... */
    private static final int HEADING_MIN_WORDS = 3;
    /** ... and at least six in ten of them capitalised, where running text capitalises only its names. Set by hand. */
    private static final int HEADING_CAPITALISED_OF_TEN = 6;
    private final String body;
    private final List<Token> tokens;
    private final String[] lowered;
    private final int[] sentenceOf;
    private final int[] sentenceFirst;
    private final int[] sentenceEnd;
    private final int[] paragraphOfSentence;
    private Set<String> midSentenceCapitals;

    Passage(Text text) {
        this.body = text.body();
        List<Sentence> sentences = text.sentences();
        List<Token> all = new ArrayList<>();
        sentenceFirst = new int[sentences.size()];
        sentenceEnd = new int[sentences.size()];
        paragraphOfSentence = new int[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            sentenceFirst[s] = all.size();
            all.addAll(sentences.get(s).tokens());
            sentenceEnd[s] = all.size();
            paragraphOfSentence[s] = sentences.get(s).paragraph();
        }
        tokens = List.copyOf(all);
        lowered = new String[tokens.size()];
        for (int t = 0; t < lowered.length; t++) {
            lowered[t] = tokens.get(t).text().toLowerCase(Locale.ROOT);
        }
        sentenceOf = new int[tokens.size()];
        for (int s = 0; s < sentences.size(); s++) {
            for (int t = sentenceFirst[s]; t < sentenceEnd[s]; t++) {
                sentenceOf[t] = s;
            }
        }
    }

    String body() {
        return body;
    }

    @Override
    public int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    @Override
    public String word(int i) {
        return tokens.get(i).text();
    }

    @Override
    public String lower(int i) {
        return lowered[i];
    }

    int sentenceCount() {
        return sentenceFirst.length;
    }

    int sentenceOf(int token) {
        return sentenceOf[token];
    }

    /** First token of sentence {@code s}. */
    int first(int s) {
        return sentenceFirst[s];
    }

    /** One past the last token of sentence {@code s}. */
    int end(int s) {
        return sentenceEnd[s];
    }

    int paragraphOf(int token) {
        return paragraphOfSentence[sentenceOf[token]];
    }

    /** Index of the first token starting at or after {@code position}; {@link #size()} if none. */
    int tokenAtOrAfter(int position) {
        return Offsets.firstStartingAt(tokens, Token::start, position);
    }

    /** Text from the start of token {@code from} to the end of token {@code to - 1}. */
    @Override
    public String text(int from, int to) {
        return body.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    @Override
    public boolean isCapitalised(int i) {
        String w = word(i);
        return Character.isUpperCase(w.codePointAt(0));
    }

    /**
     * Whether the capitalised word at {@code i} reads as a name: it is not opening its sentence, or the
     * article also capitalises it mid-sentence. "Spekulasi mengatakan" is not a name; "Peskov mengatakan" is.
     */
    @Override
    public boolean isNameLike(int i) {
        if (!opensSentence(i)) {
            return true;
        }
        if (midSentenceCapitals == null) {
            Set<String> found = new HashSet<>();
            for (int t = 0; t < tokens.size(); t++) {
                if (isWord(t) && isCapitalised(t) && !opensSentence(t)) {
                    found.add(word(t));
                }
            }
            midSentenceCapitals = found;
        }
        return midSentenceCapitals.contains(word(i));
    }

    /** Whether only punctuation and connectives ("Namun", "Dan") come before token {@code i} in its sentence. */
    private boolean opensSentence(int i) {
        for (int t = i - 1; t >= sentenceFirst[sentenceOf[i]]; t--) {
            if (isWord(t) && !SpeakerWords.opensClause(lower(t))) {
                return false;
            }
        }
        return true;
    }

    /** A line in title case without a closing mark: a heading or a related-article link, not running text. */
    boolean isHeading(int s) {
        int words = 0;
        int capitalised = 0;
        for (int t = sentenceFirst[s]; t < sentenceEnd[s]; t++) {
            if (isWord(t)) {
                words++;
                capitalised += isCapitalised(t) ? 1 : 0;
            }
        }
        String last = word(sentenceEnd[s] - 1);
        boolean closed = last.equals(".") || last.equals("!") || last.equals("?") || last.equals("\"") || last.equals("”");
        return !closed && words >= HEADING_MIN_WORDS && capitalised * 10 >= words * HEADING_CAPITALISED_OF_TEN;
    }

    @Override
    public boolean inHeading(int i) {
        return isHeading(sentenceOf(i));
    }

    @Override
    public boolean isWord(int i) {
        return Character.isLetterOrDigit(word(i).codePointAt(0));
    }

    boolean is(int i, String punctuation) {
        return i >= 0 && i < tokens.size() && word(i).equals(punctuation);
    }
}
