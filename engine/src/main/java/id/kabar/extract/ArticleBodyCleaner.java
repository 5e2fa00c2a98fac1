package id.kabar.extract;

import id.kabar.lang.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line-level cleaning every article body gets, whatever page it came from: furniture and
 * {@code Baca juga} links out, a site list and its label out, the repeated headline out, teaser
 * copies (a paragraph that only repeats part of another) out, the writer's profile box after the text out,
 * and a line in capitals between paragraphs kept as a subheading.
 */
final class ArticleBodyCleaner {
    /** Share of a line's words found in the lead for it to count as a copy of the lead. */
    static final double COPY_SHARE = 0.9;
    /** A teaser is at least a clause long; shorter repeats are ordinary phrases ... */
    private static final int COPY_MIN_WORDS = 8;
    /** ... and at most a long lead paragraph. */
    private static final int COPY_MAX_WORDS = 80;
    /** Fewer words than this and a line above the dateline is header furniture, not a standfirst. */
    static final int STANDFIRST_MIN_WORDS = 12;
    /**
     * Words of a name on the line under a bare credit label ({@code Penulis :} / {@code Rina Ayu Larasati}):
     * a name with its titles, not a subheading.
     */
    private static final int CREDITED_NAME_MAX_WORDS = 5;
    /** A teaser sits at the top of the body, right before the lead it copies. */
    private static final int TEASER_POSITIONS = 3;

    /** The read-more label after a finished sentence, inside a line. */
    private static final Pattern INLINE_READ_MORE = Pattern.compile("(?<=[.!?\"”’)])\\s+(?:" + WordLists.alternation(
            "read-more-verbs.txt") + ")(?:\\s+(?:" + WordLists.alternation("read-more-also.txt") + "))?\\s*[:：]", Pattern.CASE_INSENSITIVE);
    /** The labels {@link #INLINE_READ_MORE} reads, looked for before it searches a line with a colon. */
    private static final LiteralGate INLINE_READ_MORE_LABELS = LiteralGate.firstWords(WordLists.read(WordLists.class, "read-more-verbs.txt"));

    private final BoilerplateLineClassifier classifier = new BoilerplateLineClassifier();

    List<String> clean(List<String> paragraphs, List<String> headlines) {
        return clean(paragraphs, headlines, Set.of());
    }

    /**
     * @param paragraphs the article's candidate paragraphs in page order
     * @param headlines  lines that hold the page's headline; a paragraph repeating one is dropped
     * @param marked     lines the page's markup places in the text (subheadings, table rows), kept even when
     *                   set in capitals or made of figures
     */
    List<String> clean(List<String> paragraphs, List<String> headlines, Set<String> marked) {
        Set<String> repeatedHeadlines = new HashSet<>();
        for (String h : headlines) {
            repeatedHeadlines.add(key(h));
        }
        List<String> lines = new ArrayList<>(paragraphs.size());
        List<LineKind> kinds = new ArrayList<>(paragraphs.size());
        for (String raw : paragraphs) {
            String paragraph = withoutTrailingReadMore(LineShape.tidy(raw));
            lines.add(paragraph);
            kinds.add(classifier.classify(paragraph, marked.contains(paragraph)));
        }
        List<String> kept = new ArrayList<>();
        boolean inSiteList = false;
        LineKind keptAbove = null;
        boolean inList = false;
        for (int i = 0; i < lines.size(); i++) {
            String paragraph = lines.get(i);
            LineKind kind = kinds.get(i);
            // the line above is asked whether it is a bare credit label only for a line that may be the name
            boolean creditedName = i > 0 && kind == LineKind.HEADLINE
                    && LineShape.words(paragraph) <= CREDITED_NAME_MAX_WORDS && classifier.isBareCreditLabel(lines.get(i - 1));
            if (creditedName) {
                continue;
            }
            if (!kept.isEmpty() && classifier.isClosingLabel(paragraph)) {
                break;
            }
            if (!kept.isEmpty() && CalendarDates.postingSentenceDay(paragraph, NumericDateOrder.DAY_FIRST).isPresent()) {
                continue; // the sentence a blog's theme writes under the entry (This entry was posted on Sunday, ...)
            }
            if (kept.isEmpty() && (classifier.isBylineAlone(paragraph) || classifier.isChannelByline(paragraph)
                    || StatedDateFinder.isAgeAlone(paragraph))) {
                // the byline or the age heading the text block (Von Franziska Lenz, 2 jam yang lalu) is the article's header
                continue;
            }
            if (kind == LineKind.SECTION_LABEL) {
                inSiteList = true;
                continue;
            }
            if (inSiteList && kind != LineKind.PROSE) {
                continue;
            }
            inSiteList = false;
            if (kind == LineKind.FURNITURE && keptAbove == LineKind.PROSE && i + 1 < lines.size()
                    && kinds.get(i + 1) == LineKind.PROSE && isSubheading(paragraph)) {
                kind = LineKind.HEADLINE;
            }
            // the day heading the next items of a schedule ("Selasa, 17 September 2019"); a day with its clock
            // ("Rabu, 02 Des 2026 23:50 WIB") is the stamp of a live report's update, whose items follow it
            if (kind == LineKind.FURNITURE && inList && CalendarDates.isDateOnly(paragraph) && !CalendarDates.hasClock(paragraph)) {
                kind = LineKind.HEADLINE;
            }
            // the headline repeated inside the block, or heading it in any shape a headline's length takes (a thread's
            // title asked as a question)
            if (kind == LineKind.FURNITURE || kind == LineKind.READ_MORE
                    || (kind == LineKind.HEADLINE || kept.isEmpty() && LineShape.words(paragraph) <= TitleFinder.MAX_WORDS)
                    && repeatedHeadlines.contains(key(paragraph))) {
                continue;
            }
            kept.add(paragraph);
            keptAbove = kind;
            inList = LineShape.listGoesOn(inList, paragraph);
        }
        return withoutCopies(kept);
    }

    /**
     * A line in capitals between two paragraphs of the text that is furniture only for its capitals ({@code
     * WARGA DIMINTA TETAP TENANG} set in a plain paragraph): a subheading, as it would be in an {@code h3}. A
     * shouted label in the text's flow is a read-more or an advertisement marker, which stay furniture.
     */
    private boolean isSubheading(String line) {
        return LineShape.isShouted(line) && classifier.classify(line, true) != LineKind.FURNITURE;
    }

    /**
     * A {@code Baca juga: ...} link glued to the end of a paragraph by the scrape ({@code ... kata dia. Baca juga:
     * Harga Cabai Turun}) is cut off when what follows the label is a headline, not more of the text.
     */
    String withoutTrailingReadMore(String paragraph) {
        if (paragraph.indexOf(':') < 0 && paragraph.indexOf('：') < 0 || !INLINE_READ_MORE_LABELS.within(paragraph)) {
            return paragraph;  // every label ends in a colon: most paragraphs need no search for one
        }
        Matcher m = INLINE_READ_MORE.matcher(paragraph);
        if (!m.find() || m.start() == 0) {
            return paragraph;
        }
        String linked = paragraph.substring(m.end()).strip();
        return classifier.classify(linked) == LineKind.PROSE ? paragraph : paragraph.substring(0, m.start()).strip();
    }

    /**
     * The body from its dateline on: lines above the dateline are the page's header (bylines, dates,
     * captions), except a standfirst of real sentences, which stays.
     */
    List<String> fromDateline(List<String> paragraphs, int datelineAt) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < datelineAt; i++) {
            String p = paragraphs.get(i);
            if (classifier.classify(p) == LineKind.PROSE && LineShape.words(p) >= STANDFIRST_MIN_WORDS) {
                kept.add(p);
            }
        }
        kept.addAll(paragraphs.subList(datelineAt, paragraphs.size()));
        return kept;
    }

    private static String key(String line) {
        return String.join(" ", TokenBag.tokens(line));
    }

    /**
     * Drops a paragraph whose words open a later paragraph verbatim and run on from there: a teaser or
     * excerpt that copies the lead, its last word perhaps cut off.
     */
    private static List<String> withoutCopies(List<String> paragraphs) {
        List<List<String>> tokens = paragraphs.subList(0, Math.min(paragraphs.size(), 2 * TEASER_POSITIONS + 1)).stream()
                .map(TokenBag::tokens).toList();
        StringBuilder all = new StringBuilder(" ");
        int[] offsets = new int[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            offsets[i] = all.length() - 1;
            for (String t : tokens.get(i)) {
                all.append(t).append(' ');
            }
        }
        offsets[tokens.size()] = all.length() - 1;
        String text = all.toString();
        List<String> kept = new ArrayList<>();
        boolean[] dropped = new boolean[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            List<String> own = i < TEASER_POSITIONS ? tokens.get(i) : List.of();
            if (i < TEASER_POSITIONS && own.size() >= COPY_MIN_WORDS && own.size() <= COPY_MAX_WORDS) {
                String needle = " " + String.join(" ", own.subList(0, own.size() - 1)) + " ";
                for (int at = text.indexOf(needle); at >= 0 && !dropped[i]; at = text.indexOf(needle, at + 1)) {
                    int holder = paragraphAt(offsets, at);
                    dropped[i] = holder > i && holder - i <= TEASER_POSITIONS && offsets[holder] == at
                            && !tokens.get(holder).equals(own);
                }
            }
            if (!dropped[i]) {
                kept.add(paragraphs.get(i));
            }
        }
        return kept;
    }

    /** Index of the paragraph whose tokens start at or before {@code position} in the joined text. */
    private static int paragraphAt(int[] offsets, int position) {
        int lo = 0;
        int hi = offsets.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (offsets[mid] <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
