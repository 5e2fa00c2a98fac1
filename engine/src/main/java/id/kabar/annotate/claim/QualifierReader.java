package id.kabar.annotate.claim;

import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import id.kabar.model.Qualifier;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads how a number is hedged from the words right before it: {@code setidaknya 137} is at least,
 * {@code lebih dari 350} more than, {@code sekitar 50} about, {@code hingga 20} at most. Words that
 * only introduce a number ({@code sebanyak}, {@code mencapai}) may stand between.
 */
public final class QualifierReader {

    private static final Map<String, Qualifier> PHRASES = WordLists.read(WordLists.class, "qualifiers.txt")
            .stream().collect(Collectors.toUnmodifiableMap(QualifierReader::phrase, QualifierReader::qualifier));

    /** Words that introduce a number without hedging it. */
    private static final Set<String> INTRODUCERS = WordLists.set(WordLists.class, "number-introducers.txt");

    /** How many words the longest hedge has ({@code tidak kurang dari}). */
    private static final int LONGEST = PHRASES.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(0);

    /** The hedge of the number that starts at token {@code at}, and where the hedge starts. */
    Hedge read(Words words, int at) {
        int end = at;
        while (end > 0 && INTRODUCERS.contains(words.lower(end - 1))) {
            end--;
        }
        for (int length = LONGEST; length >= 1; length--) {
            int from = end - length;
            if (from < 0) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (int i = from; i < end; i++) {
                phrase.append(i > from ? " " : "").append(words.lower(i));
            }
            Qualifier q = PHRASES.get(phrase.toString());
            if (q != null) {
                return new Hedge(q, words.token(from).start());
            }
        }
        return null;
    }

    /** A hedge and where its words start in the body. */
    public record Hedge(Qualifier qualifier, int start) {
    }

    /** The phrase of a line of {@code qualifiers.txt}: what follows the hedge, one space between words. */
    private static String phrase(String line) {
        String[] columns = line.split("\\s+", 2);
        if (columns.length != 2) {
            throw new IllegalStateException("qualifiers.txt: not hedge and phrase: " + line);
        }
        return String.join(" ", Whitespace.split(columns[1]));
    }

    private static Qualifier qualifier(String line) {
        return Qualifier.valueOf(line.split("\\s+", 2)[0].toUpperCase(Locale.ROOT));
    }
}
