package id.kabar.extract;

import id.kabar.lang.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page: its declared metadata, the content block the scorer finds, and that block's lines
 * cleaned like any article body. When the page's JSON-LD {@code articleBody} holds far more text than the
 * block, the declared body is used instead. A photo gallery or video page, whose only text is its captions,
 * is read as its declared description and its captions when it declares a headline: when no text is found, or
 * a few words beside two captions or more.
 */
final class HtmlPageReader {
    private static final List<String> READ_MORE_VERBS = WordLists.read(WordLists.class, "read-more-verbs.txt");
    private static final Pattern INLINE_READ_MORE = Pattern.compile("(?iu)^\\s*(" + WordLists.alternation(READ_MORE_VERBS)
            + ")\\s+(" + WordLists.alternation("read-more-also.txt") + ")\\s*[:：]");
    /** The first letters of the labels {@link #INLINE_READ_MORE} reads. */
    private static final String READ_MORE_INITIALS = READ_MORE_VERBS.stream().map(verb -> verb.substring(0, 1))
            .collect(Collectors.joining());
    /** An element holding a read-more label holds the label and a link or two, not the markup of a paragraph. */
    private static final int READ_MORE_MAX_CHILDREN = 3;
    /** The declared body replaces the block when the block holds under half its words: the page shows a teaser. */
    private static final double DECLARED_BODY_PREFERRED_BELOW = 0.5;
    /** A declared body shorter than this is a description, not the article. */
    private static final int DECLARED_BODY_MIN_TOKENS = 50;
    /**
     * Fewer words than this and the content found may be a photo or video page's captions: its description and
     * all its captions are read instead when they say more. A gallery's description and captions run to a few
     * dozen words; of the twelve Mozilla test pages with fewer than this (most of them markup tests of a line or
     * two) one holds captions, and all twelve read as before.
     */
    private static final int MEDIA_PAGE_MAX_TOKENS = 100;
    /**
     * A short text beside this many captions is a gallery's: a brief with its one photo keeps its text, and
     * the Mozilla test pages that are a few lines of markup (no captions) keep theirs.
     */
    private static final int GALLERY_MIN_CAPTIONS = 2;
    /**
     * A declared description this much of whose words the text found holds is told by it already: Medcom's video
     * page declares {@code Tumpukan sampah di TPA Suwung, Denpasar, Bali, sudah melebihi kapasitas.} over a text
     * opening {@code Denpasar: Tumpukan sampah di Tempat Pemrosesan Akhir (TPA) Suwung ...}, 9 of its 10 words.
     */
    private static final double DESCRIPTION_TOLD_SHARE = 0.8;
    /** The elements that are a line of the text by their tag; {@link #markedLine} adds bold paragraphs. */
    private static final Set<String> MARKED_TAGS = Set.of("h2", "h3", "h4", "h5", "h6", "tr");
    private static final String CAPTIONS = "figcaption, [class*=caption], [itemprop=caption]";
    /**
     * Joomla's article info (its templates from 1.6 on): the article's details set as a description list inside the
     * content block above the text ({@code <dl class="article-info"><dt class="article-info-term">Details</dt><dd
     * class="createdby">Written by ...</dd>...<dd class="hits">Hits: 412</dd></dl>}). Its lines are the header's, never
     * the text; its dates are read from its markup and from those lines above the text.
     */
    private static final String ARTICLE_INFO_CLASS = "article-info";
    private static final String ARTICLE_INFO = "dl." + ARTICLE_INFO_CLASS;
    /** The word each element {@link #CAPTIONS} selects holds in its markup. */
    private static final String CAPTION_MARK = "caption";

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    /**
     * A line of prose has this many words: sampled from such lines, 80 of the 83 pages written in Indonesian of the
     * development sets ({@code indonesian-pages/dev} to {@code dev8}) read as Indonesian, against 74 sampled from every
     * line (6 and 10 words read 79 and 81); none of the 130 Mozilla pages does either way.
     */
    private static final int PROSE_LINE_MIN_WORDS = 8;

    private final HtmlMetadataReader metadataReader = new HtmlMetadataReader();
    private final ContentScorer scorer = new ContentScorer();
    private final BlockTextFlattener flattener = new BlockTextFlattener();
    private final ArticleBodyCleaner cleaner = new ArticleBodyCleaner();
    private final LanguageIdentifier languages = new LanguageIdentifier();

    /**
     * Whether the page's prose is Indonesian, by the language sample of its lines of {@link #PROSE_LINE_MIN_WORDS} words
     * or more: its menus, buttons and lists of names say little and thin the sample out below the share it needs.
     */
    private boolean writtenInIndonesian(List<String> pageLines) {
        StringBuilder prose = new StringBuilder();
        for (int i = 0; i < pageLines.size() && prose.length() < LanguageIdentifier.SAMPLE_CHARS; i++) {
            if (LineShape.words(pageLines.get(i)) >= PROSE_LINE_MIN_WORDS) {
                prose.append(pageLines.get(i)).append('\n');
            }
        }
        return LanguageIdentifier.INDONESIAN.equals(languages.identify(prose.toString()));
    }

    /**
     * The page's document. A byte-order mark a page was saved with is no text: read as one, it opens the body before
     * the head, and the {@code <title>} and meta tags after it land in the body (U+FEFF before {@code <!DOCTYPE html>}).
     */
    private static Document parse(String html, String url) {
        return Jsoup.parse(html.startsWith(BYTE_ORDER_MARK) ? html.substring(BYTE_ORDER_MARK.length()) : html, url == null ? "" : url);
    }

    /**
     * Reads the page. It is an Indonesian outlet's when it declares Indonesian ({@code <html lang="id">}) or its text is
     * written in it: many outlets' templates declare {@code en}, {@code en-US} or nothing, or the language on an inner
     * element only (a WordPress or Nuxt default), and the rules for Indonesian pages are asked of them as well.
     */
    PageReading read(String html, String url) throws ExtractionException {
        Document doc = parse(html, url);
        if (doc.body() == null) {
            throw new ExtractionException("HTML page without a body");
        }
        List<String> pageLines = flattener.lines(List.of(doc.body()));
        boolean indonesian = HtmlMetadataReader.declaresIndonesian(doc) || writtenInIndonesian(pageLines);
        PageMetadata metadata = metadataReader.read(doc, indonesian);
        List<String> headlines = new ArrayList<>(metadata.titles());
        headlines.addAll(metadata.headings());

        ContentScorer.Content content = scorer.content(doc, indonesian);
        boolean removed = false;
        for (Element block : content.blocks()) {
            removed |= removeInlineReadMore(block);
        }
        // The scorer's lines stand unless a read-more label was taken out of them.
        List<String> contentLines = removed ? flattener.lines(content.blocks(), content.excluded()) : content.lines();
        // a page without the class in its markup has no article info to search its blocks for
        List<String> paragraphs = cleaner.clean(html.contains(ARTICLE_INFO_CLASS) ? withoutArticleInfo(contentLines, content.blocks())
                : contentLines, headlines, markedLines(content.blocks()));
        String declared = metadata.articleBody();
        if (declared != null) {
            int declaredTokens = TokenBag.of(declared).size();
            if (declaredTokens >= DECLARED_BODY_MIN_TOKENS
                    && TokenBag.of(String.join(" ", paragraphs)).size() < DECLARED_BODY_PREFERRED_BELOW * declaredTokens) {
                paragraphs = cleaner.clean(List.of(declared.split("\\n+")), headlines);
            }
        }
        if (!metadata.titles().isEmpty()) {
            int words = wordsUpTo(paragraphs, MEDIA_PAGE_MAX_TOKENS);
            // every caption the selector finds says so in its markup: a page without the word is parsed no second time
            boolean captioned = false;
            if (words < MEDIA_PAGE_MAX_TOKENS && (paragraphs.isEmpty() || html.contains(CAPTION_MARK))) {
                // a photo or video page: the content found is a caption or two, or nothing
                Document fresh = parse(html, url);
                Elements captions = fresh.select(CAPTIONS);
                if (paragraphs.isEmpty() || captions.size() >= GALLERY_MIN_CAPTIONS) {
                    captioned = true;
                    List<String> media = cleaner.clean(describedMedia(fresh, captions), headlines);
                    if (TokenBag.of(String.join(" ", media)).size() > TokenBag.of(String.join(" ", paragraphs)).size()) {
                        paragraphs = media;
                    }
                }
            }
            if (!captioned && words < MEDIA_PAGE_MAX_TOKENS && !paragraphs.isEmpty()
                    && (isPhotoLines(content.blocks(), paragraphs.size()) || HtmlMetadataReader.declaresVideo(doc))) {
                // a gallery whose captions carry no caption mark, or a video page: the content found is its photos'
                // lines or the video's caption, under the description the page declares, unless the text found
                // already says it (a video's text opening with its description's sentence)
                String description = metadataReader.description(parse(html, url));
                if (description != null && TokenBag.of(description).containedIn(TokenBag.of(String.join(" ", paragraphs)))
                        < DESCRIPTION_TOLD_SHARE) {
                    List<String> described = new ArrayList<>(paragraphs.size() + 1);
                    described.add(LineShape.tidy(description));
                    described.addAll(paragraphs);
                    paragraphs = cleaner.clean(described, headlines, new HashSet<>(paragraphs));
                }
            }
        }
        int first = contentLines.isEmpty() ? -1 : pageLines.indexOf(contentLines.get(0));
        int last = contentLines.isEmpty() ? -1 : pageLines.lastIndexOf(contentLines.get(contentLines.size() - 1));
        List<String> before = new ArrayList<>(first < 0 ? List.of() : pageLines.subList(0, first));
        List<String> after = new ArrayList<>(last < 0 ? pageLines : pageLines.subList(last + 1, pageLines.size()));
        if (content.standfirst() && contentLines.size() > 1) {
            // the byline and date line between the standfirst and the text are the article's header
            int text = pageLines.indexOf(contentLines.get(1));
            if (first >= 0 && text > first) {
                before.addAll(pageLines.subList(first + 1, text));
            }
        }
        // Lines the cleaner took out of the content still tell who wrote it and when: those above the text (a
        // headline, byline or date line inside the content block, under a section's name or a byline the cleaner
        // kept) join the header, the others the trailer.
        Set<String> kept = new HashSet<>(paragraphs);
        int text = firstKept(contentLines, kept);
        List<String> trailer = new ArrayList<>();
        for (int i = 0; i < contentLines.size(); i++) {
            String line = contentLines.get(i);
            if (!kept.contains(line)) {
                (i < text ? before : trailer).add(line);
            }
        }
        addLeftUnderHeadline(before, pageLines, first, last, contentLines, kept, headlines);
        after.addAll(0, trailer);  // they stood inside the content block, above the page's own trailer
        return new PageReading(before, paragraphs, after, metadata);
    }

    /**
     * The lines the scorer left out of the content right under a headline inside it, before the content's next line,
     * join the header under the headline: a video page's byline and date line between its headline and its caption
     * ({@code by Ashley Monroe 03/09/2022 9:05 PM CST}). Above the headline they stay out, as do those further down: a
     * section's name above it ({@code REGIONAL}) would part the date line above the headline from it, and an infobox row
     * the content holds in other words (a hidden span's) is no date line.
     */
    private static void addLeftUnderHeadline(List<String> before, List<String> pageLines, int first, int last,
                                             List<String> contentLines, Set<String> kept, List<String> headlines) {
        if (first < 0) {
            return;
        }
        // the header's lines from the content follow the page's lines above it
        int headlineInBefore = -1;
        for (int i = first; i < before.size() && headlineInBefore < 0; i++) {
            headlineInBefore = headlines.contains(before.get(i)) ? i : -1;
        }
        int headlineAt = headlineInBefore < 0 ? -1 : pageLines.subList(first, last + 1).indexOf(before.get(headlineInBefore));
        if (headlineAt < 0) {
            return;
        }
        Set<String> inContent = new HashSet<>(contentLines);
        List<String> left = new ArrayList<>();
        for (int i = first + headlineAt + 1; i < last && !inContent.contains(pageLines.get(i)); i++) {
            if (!kept.contains(pageLines.get(i))) {
                left.add(pageLines.get(i));
            }
        }
        before.addAll(headlineInBefore + 1, left);
    }

    /** The content's lines without those of an {@link #ARTICLE_INFO} list inside its blocks. */
    private List<String> withoutArticleInfo(List<String> lines, List<Element> blocks) {
        Set<String> details = new HashSet<>();
        for (Element block : blocks) {
            for (Element info : block.select(ARTICLE_INFO)) {
                details.addAll(flattener.lines(List.of(info)));
            }
        }
        return details.isEmpty() ? lines : lines.stream().filter(line -> !details.contains(line)).toList();
    }

    /** The words of the lines, counted no further than {@code limit}: most pages pass it in their first lines. */
    private static int wordsUpTo(List<String> lines, int limit) {
        int words = 0;
        for (int i = 0; i < lines.size() && words < limit; i++) {
            words += LineShape.words(lines.get(i));
        }
        return words;
    }

    /**
     * Where the kept text starts among the content's lines: its first sentence, else its first line kept; 0 when none
     * was kept as it stood (a declared body). A kept line above the first sentence is a section's name or a byline
     * the cleaner let stand, and the lines taken out beside it are still the header's.
     */
    private static int firstKept(List<String> contentLines, Set<String> kept) {
        int first = -1;
        for (int i = 0; i < contentLines.size(); i++) {
            String line = contentLines.get(i);
            if (kept.contains(line)) {
                if (LineShape.endsLikeSentence(line)) {
                    return i;
                }
                first = first < 0 ? i : first;
            }
        }
        return Math.max(first, 0);
    }

    /**
     * Lines the page's markup places in the article's text: subheadings ({@code h2} to {@code h6}, paragraphs
     * wholly in bold) and table rows.
     */
    private Set<String> markedLines(List<Element> blocks) {
        Set<String> marked = new HashSet<>();
        for (Element block : blocks) {
            for (Element el : block.getAllElements()) {
                Element line = markedLine(el, block);
                if (line == null) {
                    continue;
                }
                if (el.normalName().equals("tr")) {
                    // a row is the line its cells make together, when none of them breaks it into more
                    List<String> row = flattener.lines(List.of(el));
                    if (row.size() == 1) {
                        marked.add(row.get(0));
                    }
                    continue;
                }
                String text = LineShape.tidy(el.text());
                if (!text.isEmpty() && (line == el || text.equals(LineShape.tidy(line.text())))) {
                    marked.add(text);
                }
            }
        }
        return marked;
    }

    /**
     * The line an element marks: a heading or a table row itself, a paragraph for its bold child ({@code p >
     * strong}, the block's own root never a child); null for any other element. Told by tag names, which cost
     * less than asking a selector of every element of the content.
     */
    private static Element markedLine(Element el, Element block) {
        String tag = el.normalName();
        if (MARKED_TAGS.contains(tag)) {
            return el;
        }
        boolean bold = tag.equals("strong") || tag.equals("b");
        Element parent = el.parent();
        return bold && el != block && parent != null && parent.normalName().equals("p") ? parent : null;
    }

    /**
     * Whether the content's blocks hold a photo for each of its {@code lines}, and two at least: a gallery's
     * photos and their lines, not a brief with its photo.
     */
    private static boolean isPhotoLines(List<Element> blocks, int lines) {
        int photos = 0;
        for (Element block : blocks) {
            photos += block.getElementsByTag("img").size();
        }
        return photos >= GALLERY_MIN_CAPTIONS && photos >= lines;
    }

    /**
     * The text of a page made of photos or a video: its declared description and its captions, read from a fresh
     * parse of the page, as the scorer has taken the captions out of the first parse as furniture.
     */
    private List<String> describedMedia(Document doc, Elements captions) {
        Set<String> lines = new LinkedHashSet<>();
        String description = metadataReader.description(doc);
        if (description != null) {
            lines.add(LineShape.tidy(description));
        }
        for (int i = 0; i < captions.size(); i++) {
            // a caption whose text and credit are captions of their own (<figcaption><span class="caption-text">
            // ... <span class="caption-author">Fot. ...) is read as its parts, so that the credit stands apart
            if (i + 1 < captions.size() && captions.get(i + 1).parents().contains(captions.get(i))) {
                continue;
            }
            lines.addAll(flattener.lines(List.of(captions.get(i))));
        }
        return List.copyOf(lines);
    }

    /**
     * Whether the element's own text opens with a letter a read-more label opens with: the first letter of its
     * first own text, checked without building that text, which most elements of a page do not need.
     */
    private static boolean mayOpenWithReadMore(Element el) {
        for (int i = 0; i < el.childNodeSize(); i++) {
            if (el.childNode(i) instanceof TextNode t && !t.isBlank()) {
                String text = t.getWholeText();
                int at = 0;
                while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
                return at < text.length() && READ_MORE_INITIALS.indexOf(Character.toLowerCase(text.charAt(at))) >= 0;
            }
        }
        return false;
    }

    /** Whether the element has more than {@code limit} element children, counted no further than that. */
    private static boolean hasMoreChildrenThan(Element el, int limit) {
        int children = 0;
        for (int i = 0; i < el.childNodeSize() && children <= limit; i++) {
            children += el.childNode(i) instanceof Element ? 1 : 0;
        }
        return children > limit;
    }

    /**
     * {@code <strong>Baca juga:</strong> <a>Judul lain</a>} set inside a paragraph: the label and its link go.
     * Whether any went.
     */
    private static boolean removeInlineReadMore(Element block) {
        List<Element> doomed = new ArrayList<>();
        for (Element el : block.getAllElements()) {
            // the first letter first: counting an element's children costs more than looking at it
            if (el == block || !mayOpenWithReadMore(el) || hasMoreChildrenThan(el, READ_MORE_MAX_CHILDREN)
                    || !INLINE_READ_MORE.matcher(el.ownText()).lookingAt()) {
                continue;
            }
            Element parent = el.parent();
            if (parent != null && parent != block && parent.text().length() <= el.text().length() + 1) {
                continue;  // the label is the whole line; the line cleaner drops it
            }
            doomed.add(el);
            Element next = el.nextElementSibling();
            if (next != null && next.normalName().equals("a")) {
                doomed.add(next);
            }
        }
        doomed.forEach(Element::remove);
        return !doomed.isEmpty();
    }
}
