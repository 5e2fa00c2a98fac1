package id.kabar.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Cuts the best passages of the matching article bodies for a query, from the offsets stored in
 * the index's postings: no body is analysed again at query time.
 */
final class Snippets {
    private static final int MAX_PASSAGE_CHARS = 240;

    private Snippets() {
    }

    /** For each document in {@code docIds}, its best passages (at most {@code max}). */
    @SuppressWarnings("unchecked")
    static List<List<Snippet>> of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds, int max)
            throws IOException {
        PartsHighlighter highlighter = new PartsHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new PartsFormatter())
                .withMaxNoHighlightPassages(1));
        int[] maxPassages = {max};
        Object[] found = highlighter.passages(new String[] {StoreIndex.BODY}, query, docIds, maxPassages)
                .get(StoreIndex.BODY);
        List<List<Snippet>> out = new ArrayList<>(docIds.length);
        for (Object o : found) {
            out.add(o == null ? List.of() : (List<Snippet>) o);
        }
        return out;
    }

    /** Opens the highlighter's per-document results, which it otherwise turns into strings. */
    private static final class PartsHighlighter extends UnifiedHighlighter {
        PartsHighlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> passages(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }

    /** Moves a cut forward to the start of a word, never past the first match. */
    private static int wordStart(String content, int at, int passageStart, int firstMatch) {
        if (at <= passageStart) {
            return at;
        }
        int space = content.indexOf(' ', at - 1);
        return space < 0 || space + 1 > firstMatch ? at : space + 1;
    }

    /** Moves a cut back to the end of a word. */
    private static int wordEnd(String content, int at, int start, int passageEnd) {
        if (at >= passageEnd) {
            return at;
        }
        int space = content.lastIndexOf(' ', at);
        return space <= start ? at : space;
    }

    /** Turns passages into plain/match parts, trimming long sentences around their first match. */
    private static final class PartsFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet> out = new ArrayList<>();
            for (Passage p : passages) {
                int start = p.getStartOffset();
                int end = Math.min(p.getEndOffset(), content.length());
                if (end - start > MAX_PASSAGE_CHARS) {
                    int first = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
                    start = Math.max(start, first - MAX_PASSAGE_CHARS / 3);
                    end = Math.min(end, start + MAX_PASSAGE_CHARS);
                    start = wordStart(content, start, p.getStartOffset(), first);
                    end = wordEnd(content, end, start, p.getEndOffset());
                }
                List<Snippet.Part> parts = new ArrayList<>();
                if (start > p.getStartOffset()) {
                    parts.add(new Snippet.Part("…", false));
                }
                int pos = start;
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int ms = Math.max(p.getMatchStarts()[i], pos);
                    int me = Math.min(p.getMatchEnds()[i], end);
                    if (ms >= me) {
                        continue;
                    }
                    if (ms > pos) {
                        parts.add(new Snippet.Part(content.substring(pos, ms), false));
                    }
                    parts.add(new Snippet.Part(content.substring(ms, me), true));
                    pos = me;
                }
                if (pos < end) {
                    parts.add(new Snippet.Part(content.substring(pos, end), false));
                }
                if (end < p.getEndOffset()) {
                    parts.add(new Snippet.Part("…", false));
                }
                out.add(new Snippet(parts));
            }
            return out;
        }
    }
}
