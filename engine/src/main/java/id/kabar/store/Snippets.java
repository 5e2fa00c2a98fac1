package id.kabar.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Cuts the best passages of an article body for a query. The body is re-analysed here instead of
 * being stored a second time in the index: the log already holds it, and only one page of hits
 * ever needs snippets.
 */
final class Snippets {
    private static final int MAX_PASSAGE_CHARS = 240;

    private Snippets() {
    }

    @SuppressWarnings("unchecked")
    static List<Snippet> of(Analyzer analyzer, Query query, String body, int max) {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new PartsFormatter())
                .withMaxNoHighlightPassages(1)
                .build();
        try {
            Object parts = highlighter.highlightWithoutSearcher(StoreIndex.BODY, query, body, max);
            return parts == null ? List.of() : (List<Snippet>) parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
