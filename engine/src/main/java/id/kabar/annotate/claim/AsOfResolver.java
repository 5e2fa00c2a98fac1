package id.kabar.annotate.claim;

import id.kabar.annotate.text.Sentence;
import id.kabar.lang.WordLists;
import id.kabar.model.TimeMention;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the day a count refers to. A day in the same sentence dates it ({@code setidaknya 137 orang tewas
 * ... sepanjang hari pertama invasi pada Kamis}). A count running since a day ({@code telah tewas sejak
 * ... Kamis lalu}) or up to now ({@code hingga saat ini}, {@code sejauh ini}) stands as of publication.
 * Otherwise the text does not fix it.
 */
public final class AsOfResolver {
    private static final Pattern SINCE = Pattern.compile("(?<![\\p{L}])(?:"
            + WordLists.alternation(WordLists.read(WordLists.class, "since-words.txt")) + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UP_TO_NOW = Pattern.compile("(?<![\\p{L}])(?:"
            + WordLists.alternation(WordLists.read(WordLists.class, "up-to-now.txt")) + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    public LocalDate asOf(String body, Sentence sentence, int start, int end, List<TimeMention> times,
                          LocalDate published) {
        TimeMention nearest = null;
        int distance = Integer.MAX_VALUE;
        for (TimeMention t : times) {
            if (t.start() < sentence.start() || t.end() > sentence.end()) {
                continue;
            }
            // a day after the count dates it more often than a day before it
            int d = t.start() >= end ? t.start() - end : 2 * (start - t.end());
            if (d >= 0 && d < distance) {
                distance = d;
                nearest = t;
            }
        }
        if (nearest != null) {
            int from = Math.min(end, nearest.start());
            int to = Math.max(end, nearest.start());
            boolean since = nearest.start() >= end
                    ? SINCE.matcher(body.substring(from, to)).find()
                    : SINCE.matcher(body.substring(Math.max(sentence.start(), nearest.start() - 12),
                            nearest.start())).find();
            return since ? published : nearest.value();
        }
        if (UP_TO_NOW.matcher(body).region(sentence.start(), sentence.end()).find()) {
            return published;
        }
        return null;
    }
}
