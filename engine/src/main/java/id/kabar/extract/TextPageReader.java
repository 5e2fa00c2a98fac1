package id.kabar.extract;

import id.kabar.lang.ListAnnouncements;
import id.kabar.lang.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article in a scraped page flattened to lines. The article starts at its dateline (or, with
 * none, at the first run of running text) and ends at its closing credit, at a label that opens the
 * site's lists, or at the first run of headline-like lines; a standfirst written just before the
 * dateline is kept when it is not a copy of the lead.
 */
final class TextPageReader {
    /** Headline-like lines in a row that mean the article is over (a list of other headlines). */
    private static final int HEADLINE_RUN = 3;
    /** Furniture lines in a row that mean the same (share bars, counters, follow prompts). */
    private static final int FURNITURE_RUN = 4;
    private static final int LONG_PROSE_WORDS = 25;
    private static final int DATELINE_PROSE_LINES = 3;
    private static final int SUBHEADING_MAX_WORDS = 15;
    /**
     * Words from which a line that runs on without closing, in sentence case, is a sentence the scrape broke rather
     * than a caption or a label; the CLICK-ID week's broken lines run from {@code Mount sempat dua kali menyaksikan}
     * (five) up.
     */
    private static final int BROKEN_SENTENCE_MIN_WORDS = 4;
    /** A link's text set apart by the scrape is a name: {@code Oslan Khaerul Falah}, {@code DPRD Kota Tasikmalaya}. */
    private static final int LINK_TEXT_MAX_WORDS = 4;
    /** What parts a line's words: anything not a letter. */
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** A word of running text; a table's row ({@code BCA Rp 14.042 14.024}) has none. */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<!\\p{L})\\p{Ll}{4,}");
    /** Words after which a sentence cannot stop (from the language layer's word list). */
    private static final Set<String> UNFINISHED_ENDINGS = WordLists.set(WordLists.class, "unfinished-endings.txt");

    private final BoilerplateLineClassifier classifier = new BoilerplateLineClassifier();
    private final DatelineParser datelines = new DatelineParser();
    private final ArticleBodyCleaner cleaner = new ArticleBodyCleaner();

    PageReading read(String content) throws ExtractionException {
        List<String> lines = new ArrayList<>();
        for (String raw : content.split("\\R")) {
            String line = cleaner.withoutTrailingReadMore(LineShape.tidy(raw));
            if (line.isEmpty()) {
                continue;
            }
            int last = lines.size() - 1;
            if (last >= 0 && (continuesSentence(lines.get(last), line) || continuesAroundLink(lines.get(last), line))) {
                lines.set(last, lines.get(last) + " " + line);
            } else {
                lines.add(line);
            }
        }
        List<LineKind> kinds = withCutReadMoreLinks(lines, lines.stream().map(classifier::classify).toList());
        int start = datelineStart(lines, kinds);
        boolean byDateline = start >= 0;
        if (!byDateline) {
            start = proseStart(kinds, lines);
        }
        if (start < 0) {
            throw new ExtractionException("no running text found");
        }
        Set<Integer> placed = new HashSet<>();
        List<Integer> kept = articleLines(lines, kinds, start, placed);
        int end = kept.get(kept.size() - 1) + 1;
        int first = byDateline ? standfirstStart(lines, kinds, start, end) : start;
        List<String> paragraphs = new ArrayList<>();
        for (int i = first; i < start; i++) {
            if (kinds.get(i) == LineKind.PROSE) {
                paragraphs.add(lines.get(i));
            }
        }
        kept.forEach(i -> paragraphs.add(lines.get(i)));
        // Lines left out inside the article (credit lines, captions) still tell who wrote it; they join the trailer.
        Set<Integer> inArticle = new HashSet<>(kept);
        List<String> after = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            if (!inArticle.contains(i)) {
                after.add(lines.get(i));
            }
        }
        List<String> before = lines.subList(0, first);
        Set<String> marked = new HashSet<>();
        placed.forEach(i -> marked.add(lines.get(i)));
        return new PageReading(before, cleaner.clean(paragraphs, before, marked), after, PageMetadata.NONE);
    }

    /**
     * A line that opens in lower case under one that does not close like a sentence is the rest of that sentence:
     * the scrape broke the paragraph where it cut out a link's text ({@code "Saya} / {@code kenal (Zulfa-red). ...}).
     * Apart, the pieces read as headlines and end the article.
     */
    private static boolean continuesSentence(String above, String line) {
        return opensWithLowerCaseWord(line) && !LineShape.endsLikeSentence(above) && !introducesList(above);
    }

    /**
     * A sentence the scrape broke where it set a link's text on a line of its own: the line above runs on in sentence
     * case without closing ({@code Sepekan lalu atau tepatnya Selasa (3/9/2019) sebanyak 45 anggota}) and this line is
     * the link's text, a name ({@code DPRD Kota Tasikmalaya}), or what followed a figure the scrape cut out with its
     * link ({@code /kg. Setelah ada OP, harga turun menjadi Rp}), or an aside set off by a dash
     * ({@code –julukan Messi– secara langsung mentas}). Three such pieces in a row had read as a list of headlines and
     * ended the article at its second paragraph.
     */
    private boolean continuesAroundLink(String above, String line) {
        if (!isBrokenSentence(above)) {
            return false;
        }
        if (isLinkText(line) || opensMidSentence(line)) {
            return true;
        }
        LineKind kind = classifier.classify(line);
        return endsUnfinished(above) && (kind == LineKind.HEADLINE || kind == LineKind.PROSE);
    }

    /** The line's last word is one no sentence ends with ({@code tepatnya pada}, {@code 2008-2009 dan}). */
    private static boolean endsUnfinished(String line) {
        int end = line.length();
        int start = end;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        return start < end && (start == 0 || Character.isWhitespace(line.charAt(start - 1)))
                && UNFINISHED_ENDINGS.contains(line.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** Sentence case, a few words at least, not closed, and no list's item or announcement. */
    private static boolean isBrokenSentence(String line) {
        return LineShape.words(line) >= BROKEN_SENTENCE_MIN_WORDS && !LineShape.endsLikeSentence(line)
                && !introducesList(line) && LineShape.withoutListMarker(line).equals(line)
                && LineShape.capitalizedShare(line) < BoilerplateLineClassifier.HEADLINE_CAPITALIZED_SHARE
                && LOWER_CASE_WORD.matcher(line).find();
    }

    /** A short name alone on its line, neither a label with a colon nor anything the classifier reads as furniture. */
    private boolean isLinkText(String line) {
        return LineShape.words(line) <= LINK_TEXT_MAX_WORDS && line.indexOf(':') < 0 && !LineShape.endsLikeSentence(line)
                && LineShape.capitalizedShare(line) >= BoilerplateLineClassifier.HEADLINE_CAPITALIZED_SHARE
                && classifier.classify(line) == LineKind.HEADLINE;
    }

    /**
     * The lines are the texts of links the scrape set apart from sentences it lost, names the text under them names
     * again ({@code Benny Marbun}, {@code Benny}, {@code Benny} over {@code Hubungan singkat ..., kata Benny, ...}): not
     * a list of other articles' headlines, which would end the article.
     */
    private boolean namedIn(List<String> lines, List<Integer> pending, String text) {
        Set<String> words = new HashSet<>(List.of(NON_LETTERS.split(text)));
        for (int i : pending) {
            String line = lines.get(i);
            String first = NON_LETTERS.split(line.strip(), 2)[0];
            if (!isLinkText(line) || !words.contains(first)) {
                return false;
            }
        }
        return true;
    }

    /** A unit after a cut figure ({@code /kg}) or a dash glued to a lower-case word: no sentence opens so. */
    private static boolean opensMidSentence(String line) {
        if (line.length() < 2) {
            return false;
        }
        char first = line.charAt(0);
        char next = line.charAt(1);
        return first == '/' && Character.isLetter(next) || (first == '–' || first == '—') && Character.isLowerCase(next);
    }

    /** The line's first word is in lower case throughout: a name written so ({@code iStockphoto}) opens no sentence's rest. */
    private static boolean opensWithLowerCaseWord(String line) {
        if (!Character.isLowerCase(line.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < line.length() && !Character.isWhitespace(line.charAt(i)); i++) {
            if (Character.isUpperCase(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A bare read-more label with running text right under it ({@code Baca juga}, then the next paragraph of the
     * report) is a link set inside the text whose title the scrape cut out, not the heading of the site's lists:
     * the article goes on past it. In the CLICK-ID week all 75 such labels (okezone) stand before more of the
     * article, most of them before its last one or two paragraphs.
     */
    private List<LineKind> withCutReadMoreLinks(List<String> lines, List<LineKind> kinds) {
        List<LineKind> read = null;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (kinds.get(i) == LineKind.SECTION_LABEL && kinds.get(i + 1) == LineKind.PROSE
                    && classifier.isReadMoreHeading(lines.get(i))) {
                if (read == null) {
                    read = new ArrayList<>(kinds);
                }
                read.set(i, LineKind.READ_MORE);
            }
        }
        return read == null ? kinds : read;
    }

    /** The dateline opens the lead, so only the first few prose lines can hold it (a standfirst or caption may precede it). */
    private int datelineStart(List<String> lines, List<LineKind> kinds) {
        int proseSeen = 0;
        for (int i = 0; i < lines.size() && proseSeen < DATELINE_PROSE_LINES; i++) {
            if (kinds.get(i) == LineKind.PROSE) {
                proseSeen++;
                if (datelines.parse(lines.get(i)).isPresent()) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The first prose line that is long or followed by more prose: a caption alone does not start an article. */
    private static int proseStart(List<LineKind> kinds, List<String> lines) {
        int firstProse = -1;
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) != LineKind.PROSE) {
                continue;
            }
            if (firstProse < 0) {
                firstProse = i;
            }
            if (LineShape.words(lines.get(i)) >= LONG_PROSE_WORDS || nextContentKind(kinds, i) == LineKind.PROSE) {
                return i;
            }
        }
        return firstProse;
    }

    private static LineKind nextContentKind(List<LineKind> kinds, int from) {
        for (int i = from + 1; i < kinds.size(); i++) {
            LineKind k = kinds.get(i);
            if (k != LineKind.FURNITURE && k != LineKind.READ_MORE) {
                return k;
            }
        }
        return null;
    }

    /**
     * Indexes of the lines that make the article, from its start to where the site's furniture takes over, in page
     * order. The lines kept for their place in the text though their shape alone reads as furniture or as a headline
     * (the items of a list the text announced, a subheading in capitals) are added to {@code placed}: the body's
     * cleaner keeps them as it keeps the lines an HTML page's markup places in the text.
     */
    private List<Integer> articleLines(List<String> lines, List<LineKind> kinds, int start, Set<Integer> placed) {
        List<Integer> kept = new ArrayList<>(List.of(start));
        if (ClosingCredit.of(lines.get(start)).isPresent()) {
            return kept;
        }
        List<Integer> pendingHeadlines = new ArrayList<>();
        // lines in capitals or of figures alone, kept when the text goes on after them: a credit in capitals closes it
        List<Integer> pendingShaped = new ArrayList<>();
        int furnitureRun = 0;
        // a list the text announced goes on through its short items, read or not as headlines
        boolean inList = introducesList(lines.get(start));
        for (int i = start + 1; i < lines.size(); i++) {
            LineKind kind = kinds.get(i);
            String line = lines.get(i);
            boolean announces = introducesList(line);
            if (kind == LineKind.SECTION_LABEL) {
                break;
            }
            if (kind == LineKind.CREDIT) {
                kept.add(i);
                break;
            }
            if (kind == LineKind.FURNITURE && inList && CalendarDates.isDateOnly(line)) {
                kept.add(i);  // the day heading the next items of a schedule ("Selasa, 17 September 2019")
                furnitureRun = 0;
                continue;
            }
            boolean shaped = kind == LineKind.FURNITURE && pendingHeadlines.isEmpty() && isFurnitureByShapeOnly(line, inList);
            if (shaped && !announces) {
                // a subheading in capitals or a table's row ("BTN 14.110 13.960"); inside a list its rows may run
                // on, elsewhere a run of them is the site's furniture
                pendingShaped.add(i);
                if (!inList && ++furnitureRun >= FURNITURE_RUN) {
                    break;
                }
                continue;
            }
            if (!shaped && (kind == LineKind.FURNITURE || kind == LineKind.READ_MORE)) {
                if (++furnitureRun >= FURNITURE_RUN) {
                    break;
                }
                continue;
            }
            furnitureRun = 0;
            if (kind == LineKind.HEADLINE && inList) {
                keepPlaced(pendingShaped, kept, placed);
                kept.add(i);  // an item of a list the text announced ("Berikut daftarnya:")
                placed.add(i);
                continue;
            }
            if (kind == LineKind.HEADLINE && !announces) {
                pendingShaped.clear();
                pendingHeadlines.add(i);
                if (pendingHeadlines.size() >= HEADLINE_RUN
                        && !(i + 1 < lines.size() && kinds.get(i + 1) == LineKind.PROSE && namedIn(lines, pendingHeadlines, lines.get(i + 1)))) {
                    break;
                }
                continue;
            }
            // running text, or a short line announcing a list ("Inilah ringkasannya:", "A. TGC TAMANGAPA:")
            if (!pendingHeadlines.isEmpty()) {
                // Only the line right before the text can be its subheading; others are stray labels.
                int subheading = pendingHeadlines.get(pendingHeadlines.size() - 1);
                if (LineShape.words(lines.get(subheading)) <= SUBHEADING_MAX_WORDS) {
                    kept.add(subheading);
                }
                pendingHeadlines.clear();
            }
            keepPlaced(pendingShaped, kept, placed);
            kept.add(i);
            if (shaped) {
                placed.add(i);
            }
            inList = announces || LineShape.listGoesOn(inList, line);
            if (ClosingCredit.of(line).isPresent()) {
                break;
            }
        }
        return kept;
    }

    /**
     * The line is furniture by its shape alone, set in the text's flow where it is part of the text: in capitals
     * anywhere (a subheading), and inside a list the text announced also made of figures or of cells set apart by bars
     * (a table's row). A list's bare item number ({@code 1.} over {@code Jalan Gajah Mada}) says nothing, and outside a
     * list a line of slashes is an address ({@code https://img-z.okeinfo.net/okz/500/library/...}), not a row.
     */
    private boolean isFurnitureByShapeOnly(String line, boolean inList) {
        return (inList ? !LineShape.isBareItemNumber(line) : LineShape.isShouted(line))
                && classifier.classify(line, true) != LineKind.FURNITURE;
    }

    /** The pending lines in capitals or of figures join the article, the text having gone on after them. */
    private static void keepPlaced(List<Integer> pending, List<Integer> kept, Set<Integer> placed) {
        kept.addAll(pending);
        placed.addAll(pending);
        pending.clear();
    }

    /**
     * A line ending in a colon announces a list, whose short items belong to the article; so does a sentence opening
     * with a word that announces what follows ({@code Berikut nilai tukar dollar AS hari ini di 6 bank besar.}).
     */
    private static boolean introducesList(String line) {
        // the opening word first: a scan of the line's end, where the sentence's pattern is dearer
        return line.endsWith(":") || ListAnnouncements.opensAnnouncement(lastSentenceOpening(line)) && LineShape.endsLikeSentence(line);
    }

    /** The first word of the line's last sentence, lower-cased. */
    private static String lastSentenceOpening(String line) {
        int start = 0;
        // from before the line's last character, which may be the sentence's own stop
        for (int i = line.length() - 2; i > 0; i--) {
            char c = line.charAt(i - 1);
            if (line.charAt(i) == ' ' && (c == '.' || c == '!' || c == '?')) {
                start = i + 1;
                break;
            }
        }
        int wordEnd = start;
        while (wordEnd < line.length() && Character.isLetter(line.charAt(wordEnd))) {
            wordEnd++;
        }
        return line.substring(start, wordEnd).toLowerCase(Locale.ROOT);
    }

    /**
     * Walks back over the prose just before the dateline (furniture between is skipped): a standfirst
     * of real sentences belongs to the article, a caption or a cut-off teaser that copies the lead does not.
     */
    private static int standfirstStart(List<String> lines, List<LineKind> kinds, int start, int end) {
        TokenBag lead = TokenBag.of(String.join(" ", lines.subList(start, Math.min(end, start + 3))));
        int first = start;
        for (int i = start - 1; i >= 0; i--) {
            LineKind kind = kinds.get(i);
            if (kind == LineKind.FURNITURE) {
                continue;
            }
            String line = lines.get(i);
            if (kind != LineKind.PROSE || LineShape.words(line) < ArticleBodyCleaner.STANDFIRST_MIN_WORDS
                    || TokenBag.of(line).containedIn(lead) >= ArticleBodyCleaner.COPY_SHARE) {
                break;
            }
            first = i;
        }
        return first;
    }
}
