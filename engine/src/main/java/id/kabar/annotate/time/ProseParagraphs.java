package id.kabar.annotate.time;

import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.text.Text;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells running prose from lines that only label or decorate it: a subheading ({@code Hari kelima perang}),
 * a page clock ({@code Jumat, Mei 3, 2024}), a list of other headlines. Those lines repeat or precede
 * the report, so the days and numbers in them are not facts the article reports.
 */
public final class ProseParagraphs {
    /** A line this long is prose even when scraping lost its final stop. */
    private static final int PROSE_WORDS = 20;

    private final Set<Integer> prose;

    private ProseParagraphs(Set<Integer> prose) {
        this.prose = prose;
    }

    public static ProseParagraphs of(Text text) {
        Map<Integer, int[]> extent = new HashMap<>();
        Map<Integer, Integer> words = new HashMap<>();
        for (Sentence s : text.sentences()) {
            extent.merge(s.paragraph(), new int[] {s.start(), s.end()},
                    (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            words.merge(s.paragraph(), (int) s.tokens().stream()
                    .filter(t -> Character.isLetterOrDigit(t.text().charAt(0))).count(), Integer::sum);
        }
        Set<Integer> prose = new HashSet<>();
        String body = text.body();
        extent.forEach((paragraph, span) -> {
            char last = body.charAt(span[1] - 1);
            if (".!?…\"”’)»'".indexOf(last) >= 0 || words.get(paragraph) >= PROSE_WORDS) {
                prose.add(paragraph);
            }
        });
        return new ProseParagraphs(prose);
    }

    public boolean isProse(Sentence sentence) {
        return prose.contains(sentence.paragraph());
    }

    /** The sentences of prose paragraphs, in body order. */
    public List<Sentence> sentences(Text text) {
        return text.sentences().stream().filter(this::isProse).toList();
    }
}
