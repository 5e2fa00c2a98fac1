package id.kabar.extract;

import id.kabar.lang.WordLists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the block of a page that holds the article. Paragraph-like elements score by their length and
 * commas, and pass the score up to their ancestors; each candidate is then weighed by its class and id
 * hints and discounted by its link density. The best candidate and the siblings that score near it are
 * the content, which is then pruned of link lists, share bars and other furniture blocks inside it.
 * Every walk over the tree is iterative, so no nesting depth can exhaust the stack.
 */
final class ContentScorer {
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog");
    private static final Set<String> NON_CONTENT_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "canvas", "button", "input", "select", "textarea", "nav", "aside", "footer", "figcaption",
            "link", "meta", "math");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "tr", "td", "th",
            "tbody", "thead", "br");
    private static final Set<String> CONDITIONAL = Set.of("form", "fieldset", "table", "ul", "ol", "div", "section",
            "aside", "figure", "header");
    /** Shorter text is a label, a caption or a button, not a paragraph worth scoring (Readability's cut-off). */
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** The wrappers whose own text, beside their block children, is scored as the paragraphs it stands for. */
    private static final Set<String> WRAPPER_TAGS = Set.of("div", "section", "article");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** The labels opening a box of the article's key points ({@code Ringkasan}, {@code Poin penting}). */
    private static final Set<String> SUMMARY_LABELS = WordLists.set(ContentScorer.class, "summary-labels.txt");
    /** A block with this many commas holds prose and is kept, whatever else it holds. */
    private static final int PROSE_COMMAS = 10;
    /** List items beyond the paragraphs before a block that is no list reads as a menu. */
    private static final int LIST_ITEM_SLACK = 100;
    /** Larger link-dense blocks are left to the line cleaner rather than dropped whole. */
    private static final int LINK_BLOCK_MAX_CHARS = 2000;
    /**
     * A paragraph's score reaches this many ancestors: themes wrap the text in up to five layers (column, post,
     * entry, content, body wrapper) and Readability climbs as far.
     */
    private static final int ANCESTOR_LEVELS = 5;
    /** Candidates compared with the best for a shared ancestor: a sectioned article has a few strong parts. */
    private static final int TOP_CANDIDATES = 5;
    /** Every paragraph counts one, and one more for every comma: commas mark prose, not menus. */
    private static final double PARAGRAPH_BASE_SCORE = 1;
    /** A paragraph gains one for every this many characters ... */
    private static final int CHARS_PER_POINT = 100;
    /** ... up to this many: a long paragraph is no more article than a few ordinary ones. */
    private static final int MAX_LENGTH_POINTS = 3;
    /**
     * The parent takes a paragraph's whole score, the grandparent half, a level further up a third of it
     * divided by the level: nearer wrappers are likelier the text's own (Readability's weights).
     */
    private static final double GRANDPARENT_SHARE = 0.5;
    private static final double FARTHER_ANCESTOR_DIVISOR = 3;
    /** A climb to better-scoring ancestors ends at one scoring under this share of the last: a page-wide wrapper. */
    private static final double ANCESTOR_FLOOR_SHARE = 1.0 / 3;
    /** Starting scores by tag: wrappers of text up, lists and forms down, headings further down (Readability's). */
    private static final double WRAPPER_TAG_SCORE = 5;
    private static final double QUOTE_OR_CELL_TAG_SCORE = 3;
    private static final double LIST_TAG_SCORE = -3;
    private static final double HEADING_TAG_SCORE = -5;
    /** A sibling of the best block joins the content scoring this share of the best ... */
    private static final double SIBLING_SHARE = 0.2;
    /** ... and never below this score, which a couple of commas and a short paragraph already reach. */
    private static final double SIBLING_MIN_SCORE = 10;
    /** A sibling that shares the best block's class is another part of it: this share of the best is added. */
    private static final double SAME_CLASS_BONUS = 0.2;
    /** A sibling paragraph this long is text when under a quarter of it is links ... */
    private static final int SIBLING_PARAGRAPH_CHARS = 80;
    private static final double SIBLING_PARAGRAPH_MAX_LINK_DENSITY = 0.25;
    /** ... a shorter one when it has no link at all and holds a finished sentence. */
    private static final Pattern FINISHED_SENTENCE = Pattern.compile("(?s).*\\.( .*|$)");
    /** A block of photos with fewer paragraphs than half its photos is an image strip. */
    private static final double PARAGRAPHS_PER_IMAGE = 0.5;
    /** Form inputs beyond a third of the paragraphs make a block a form, a search box or a sign-up. */
    private static final double PARAGRAPHS_PER_INPUT = 3;
    /** A block without a text hint and a fifth of its text in links is a link list (Readability's cut-off)... */
    private static final double LINK_LIST_DENSITY = 0.2;
    /** ... one whose class says text is a link list only when links are most of it. */
    private static final double HINTED_LINK_LIST_DENSITY = 0.5;
    /** Candidates scoring at least this share of the best are its rivals ... */
    private static final double RIVAL_SHARE = 0.75;
    /** ... and this many of them under one ancestor make that ancestor the content. */
    private static final int MIN_RIVALS = 3;
    /** Less text than this and the first try missed the article. */
    private static final int MIN_ARTICLE_CHARS = 500;
    /**
     * An element holding more than this share of its block's text is the article's own wrapper, whatever
     * its class says: Elementor wraps every post in {@code elementor-widget-container}, themes in
     * {@code scroll-content} or {@code media-body}, and an article written with line breaks and photos
     * (no paragraphs) looks like an image strip.
     */
    private static final double MOST_OF_BLOCK = 0.5;
    /** A standfirst above the block is a sentence or two of prose, never a list of links. */
    private static final double STANDFIRST_MAX_LINK_DENSITY = 0.1;
    /**
     * A photo above the text: the words beside it are its caption, never the standfirst, and the search passes it
     * (CNBC Indonesia, ANTARA, kumparan and Tribun set the photo and its caption between the headline and the text).
     */
    private static final String PHOTO_SELECTOR = "img, picture, amp-img, video";
    /** A photo's caption with its credit runs to a sentence or two; the line classifier reads 30 words as the most. */
    private static final int CAPTION_MAX_WORDS = 30;
    /** Short elements (byline, date, share bar) passed over between the standfirst and the text's wrapper. */
    private static final int STANDFIRST_REACH = 3;
    private static final String HEADING_SELECTOR = "h1, h2, h3, h4, h5, h6";
    /** The article's headline, whose element above the text is the article's header. */
    private static final String HEADLINE_TAG = "h1";
    private static final BlockTextFlattener FLATTENER = new BlockTextFlattener();

    /** Text and link-text length and commas of an element's subtree; scores of candidate blocks. */
    private static final class Stats {
        int chars;
        int linkChars;
        int commas;
        /** Text length and commas of the element's own text nodes, beside its children's. */
        int ownChars;
        int ownCommas;
        int paragraphs;
        int images;
        int listItems;
        int inputs;
        boolean hasBlockChild;
        double score;
        boolean candidate;
    }

    /**
     * The article's blocks in page order, the elements inside them that are furniture, and the lines they read
     * as (the scorer needs them to judge its tries, and the page reader reuses them); {@code standfirst} when the
     * first block is a standfirst set above the text, a byline or date line perhaps standing between them.
     */
    record Content(List<Element> blocks, Set<Element> excluded, List<String> lines, boolean standfirst) {
    }

    /**
     * Finds the content. Blocks whose class or id look like furniture are left out of the first try; when
     * that leaves less than a short article, the page is scored again with them, the way a sidebar-named
     * wrapper can still hold the article. When pruning leaves no text at all, it took the article for
     * furniture, and the content is taken unpruned. {@code indonesian} when the page is an Indonesian outlet's, by the
     * language it declares or the one its text is written in: a photo and its caption beside its text are then no part of it.
     */
    Content content(Document doc, boolean indonesian) {
        Element body = doc.body();
        if (body == null) {
            return new Content(List.of(), Set.of(), List.of(), false);
        }
        ClassHints hints = new ClassHints();
        List<Element> unlikely = removeNonContent(body, hints);
        Content strict = attempt(body, hints, unlikely, true, indonesian);
        int strictLength = textLength(strict.lines());
        if (strictLength >= MIN_ARTICLE_CHARS) {
            return strict;
        }
        Content lenient = attempt(body, hints, List.of(), true, indonesian);
        int lenientLength = textLength(lenient.lines());
        if (strictLength > 0 || lenientLength > 0) {
            return lenientLength > strictLength ? lenient : strict;
        }
        return attempt(body, hints, List.of(), false, indonesian);
    }

    /**
     * A try at the content with the {@code unlikely} blocks left out, pruned or not; {@code captionsApart} when a photo
     * and its caption beside the text are no part of it ({@link #isCaptionedPhoto}).
     */
    private Content attempt(Element body, ClassHints hints, List<Element> unlikely, boolean pruned, boolean captionsApart) {
        Set<Element> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
        excluded.addAll(unlikely);
        List<Element> measured = new ArrayList<>();
        Map<Element, Stats> stats = measure(body, excluded, measured);
        Element top = bestCandidate(body, measured, stats, hints);
        List<Element> text = withSiblings(top, stats, captionsApart);
        List<Element> blocks = withStandfirst(text, stats, hints);
        if (pruned) {
            for (Element block : blocks) {
                prune(block, stats, excluded, hints);
            }
        }
        return new Content(blocks, excluded, FLATTENER.lines(blocks, excluded), blocks.size() > text.size());
    }

    private static int textLength(List<String> lines) {
        int chars = 0;
        for (String line : lines) {
            chars += line.length();
        }
        return chars;
    }

    /**
     * Removes what never holds article text (scripts, hidden elements, navigation and the like) and returns the
     * outermost of the remaining elements whose class or id says furniture, found in the same walk: the first try
     * leaves them out.
     */
    private static List<Element> removeNonContent(Element body, ClassHints hints) {
        List<Element> doomed = new ArrayList<>();
        List<Element> unlikely = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            /** The unlikely element being walked through, whose insides are searched for non-content only. */
            Element inUnlikely;

            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el) || el == body) {
                    return FilterResult.CONTINUE;
                }
                if (isNonContent(el)) {
                    doomed.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (inUnlikely == null && hints.isUnlikely(el)) {
                    unlikely.add(el);
                    inUnlikely = el;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node == inUnlikely) {
                    inUnlikely = null;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        doomed.forEach(Element::remove);
        return unlikely;
    }

    private static boolean isNonContent(Element el) {
        String tag = el.normalName();
        if (NON_CONTENT_TAGS.contains(tag)) {
            return true;
        }
        if (el.attributesSize() == 0) {
            return false;  // most elements of a page carry no attribute to ask about
        }
        if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))
                || UNLIKELY_ROLES.contains(el.attr("role"))) {
            return true;
        }
        String style = el.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        style = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /**
     * One post-order walk gathers every element's text, link text, commas and child kinds; the elements measured
     * are added to {@code measured} in page order, so that the candidates are found without another walk.
     */
    private static Map<Element, Stats> measure(Element body, Set<Element> excluded, List<Element> measured) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            int linkDepth;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el) {
                    if (excluded.contains(el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    stats.put(el, new Stats());
                    measured.add(el);
                    if (el.normalName().equals("a")) {
                        linkDepth++;
                    }
                } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    String t = text.getWholeText();
                    int chars = shownLength(t);
                    Stats s = stats.get(parent);
                    if (s != null && chars > 0) {
                        int commas = commas(t);
                        s.chars += chars + 1;
                        s.linkChars += linkDepth > 0 ? chars + 1 : 0;
                        s.commas += commas;
                        s.ownChars += chars;
                        s.ownCommas += commas;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                String tag = el.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                }
                Stats s = stats.get(el);
                if (el.parent() != null && stats.get(el.parent()) != null) {
                    Stats p = stats.get(el.parent());
                    p.chars += s.chars;
                    p.linkChars += s.linkChars;
                    p.commas += s.commas;
                    p.paragraphs += s.paragraphs + (tag.equals("p") ? 1 : 0);
                    p.images += s.images + (tag.equals("img") ? 1 : 0);
                    p.listItems += s.listItems + (tag.equals("li") ? 1 : 0);
                    p.inputs += s.inputs + (tag.equals("input") ? 1 : 0);
                    p.hasBlockChild |= BLOCKS.contains(tag);
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return stats;
    }

    /**
     * The length of a text node's text as shown, {@code text.text().strip().length()}: jsoup reads a run of the
     * HTML white space characters and no-break spaces as one space and drops zero-width spaces and soft hyphens;
     * then the ends are stripped. Counted without building that text, which the scorer would otherwise do for
     * every text node of the page on every try.
     */
    static int shownLength(String raw) {
        int length = 0;
        int firstShown = -1;
        int lastShownEnd = 0;
        boolean lastWasSpace = false;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
                if (!lastWasSpace) {
                    length++;
                    lastWasSpace = true;
                }
            } else if (c != '\u200b' && c != '\u00ad') {
                int width = Character.charCount(c);
                if (!Character.isWhitespace(c)) {
                    firstShown = firstShown < 0 ? length : firstShown;
                    lastShownEnd = length + width;
                }
                length += width;
                lastWasSpace = false;
            }
        }
        return firstShown < 0 ? 0 : lastShownEnd - firstShown;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    private static Element bestCandidate(Element body, List<Element> measured, Map<Element, Stats> stats, ClassHints hints) {
        List<Element> candidates = new ArrayList<>();
        for (Element el : measured) {
            Stats s = stats.get(el);
            int chars;
            int commas;
            Element ancestor;
            if (isScorable(el, s)) {
                chars = s.chars;
                commas = s.commas;
                ancestor = el.parent();
            } else if (s != null && s.hasBlockChild && s.chars >= MIN_PARAGRAPH_CHARS && WRAPPER_TAGS.contains(el.normalName())) {
                // a text written with <br> into its wrapper beside blocks (a read-more box, a photo): its own runs
                // of text are the paragraphs, and the wrapper is their parent; measured in the walk over the page
                chars = s.ownChars;
                commas = s.ownCommas;
                if (chars < MIN_PARAGRAPH_CHARS) {
                    continue;
                }
                ancestor = el;
            } else {
                continue;
            }
            double score = PARAGRAPH_BASE_SCORE + commas + Math.min(chars / CHARS_PER_POINT, MAX_LENGTH_POINTS);
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++, ancestor = ancestor.parent()) {
                Stats a = stats.get(ancestor);
                if (a == null) {
                    break;
                }
                if (!a.candidate) {
                    a.candidate = true;
                    a.score = baseScore(ancestor, hints);
                    candidates.add(ancestor);
                }
                a.score += level == 0 ? score : level == 1 ? score * GRANDPARENT_SHARE : score / (level * FARTHER_ANCESTOR_DIVISOR);
            }
        }
        for (Element c : candidates) {
            Stats s = stats.get(c);
            s.score *= 1 - linkDensity(s);
        }
        candidates.sort((x, y) -> Double.compare(stats.get(y).score, stats.get(x).score));
        if (candidates.isEmpty()) {
            return body;
        }
        Element top = sharedAncestorOfRivals(candidates, stats, body);
        top = betterScoringAncestor(top, stats, body);
        // A lone child holds nothing its parent does not.
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /**
     * When several near-best candidates sit under one ancestor (an article split into sections or steps),
     * that ancestor is the content rather than the best single part.
     */
    private static Element sharedAncestorOfRivals(List<Element> ranked, Map<Element, Stats> stats, Element body) {
        Element top = ranked.get(0);
        double topScore = stats.get(top).score;
        List<Set<Element>> rivalAncestors = new ArrayList<>();
        for (Element rival : ranked.subList(1, Math.min(TOP_CANDIDATES, ranked.size()))) {
            if (topScore > 0 && stats.get(rival).score / topScore >= RIVAL_SHARE) {
                Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
                for (Element a = rival.parent(); a != null; a = a.parent()) {
                    ancestors.add(a);
                }
                rivalAncestors.add(ancestors);
            }
        }
        if (rivalAncestors.size() < MIN_RIVALS) {
            return top;
        }
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            int holding = 0;
            for (Set<Element> ancestors : rivalAncestors) {
                holding += ancestors.contains(parent) ? 1 : 0;
            }
            if (holding >= MIN_RIVALS) {
                return parent;
            }
        }
        return top;
    }

    /** An ancestor that scores higher than the candidate holds more of the text; one far lower ends the climb. */
    private static Element betterScoringAncestor(Element top, Map<Element, Stats> stats, Element body) {
        double last = stats.get(top).score;
        double floor = last * ANCESTOR_FLOOR_SHARE;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Stats p = stats.get(parent);
            if (p == null || !p.candidate) {
                continue;
            }
            if (p.score < floor) {
                break;
            }
            if (p.score > last) {
                return parent;
            }
            last = p.score;
        }
        return top;
    }

    private static boolean isScorable(Element el, Stats s) {
        if (s == null || s.chars < MIN_PARAGRAPH_CHARS) {
            return false;
        }
        String tag = el.normalName();
        return switch (tag) {
            case "p", "pre", "td", "blockquote" -> true;
            case "div", "section", "article", "span" -> !s.hasBlockChild && hasOwnText(el);
            default -> false;
        };
    }

    private static boolean hasOwnText(Element el) {
        for (TextNode t : el.textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static double baseScore(Element el, ClassHints hints) {
        double score = switch (el.normalName()) {
            case "div", "article", "main" -> WRAPPER_TAG_SCORE;
            case "pre", "td", "blockquote" -> QUOTE_OR_CELL_TAG_SCORE;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> LIST_TAG_SCORE;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> HEADING_TAG_SCORE;
            default -> 0;
        };
        return score + hints.weight(el);
    }

    private static double linkDensity(Stats s) {
        return s.chars == 0 ? 0 : Math.min(1, (double) s.linkChars / s.chars);
    }

    private static List<Element> withSiblings(Element top, Map<Element, Stats> stats, boolean captionsApart) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = stats.get(top).score;
        double threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SHARE);
        List<Element> content = new ArrayList<>();
        for (Element sibling : parent.children()) {
            Stats s = stats.get(sibling);
            if (sibling == top) {
                content.add(sibling);
                continue;
            }
            if (s == null) {
                continue;
            }
            double bonus = !top.className().isBlank() && top.className().equals(sibling.className()) ? topScore * SAME_CLASS_BONUS : 0;
            if (s.candidate && s.score + bonus >= threshold && !(captionsApart && isCaptionedPhoto(sibling))) {
                content.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                double density = linkDensity(s);
                if (s.chars > SIBLING_PARAGRAPH_CHARS && density < SIBLING_PARAGRAPH_MAX_LINK_DENSITY
                        || s.chars > 0 && s.chars <= SIBLING_PARAGRAPH_CHARS && density == 0
                        && FINISHED_SENTENCE.matcher(sibling.text()).matches()) {
                    content.add(sibling);
                }
            }
        }
        return content;
    }

    /**
     * A photo with no more text than its caption ({@code <figure><img><p class="...-caption">Penari tortor tampil ...
     * ANTARA FOTO/Fransisco Carolio/nym.</p></figure>} beside ANTARA's text): no part of the text on an Indonesian
     * outlet's page, as the contract reads captions. The Mozilla test pages keep a photo's caption as text
     * (wapo-2's photo of Netanyahu above its text), so the rule is asked of Indonesian pages only.
     */
    private static boolean isCaptionedPhoto(Element block) {
        return block.selectFirst(PHOTO_SELECTOR) != null && LineShape.words(block.text()) <= CAPTION_MAX_WORDS;
    }

    /**
     * The standfirst: a summary paragraph set just above the text, as a sibling of its first block or of that
     * block's parent (themes put the lead in the article header and the text in its own wrapper, and a wrapper
     * that is its parent's only child stands for the parent), or last under the headline in the header that
     * stands above the text ({@code <header><h1>..</h1><p class="summary">..</p></header>}). It is taken when it
     * reads as prose: no links to speak of, sentence punctuation, the length of a real sentence. Bylines, dates
     * and share bars may stand between; a heading or another text ends the search.
     */
    private static List<Element> withStandfirst(List<Element> blocks, Map<Element, Stats> stats,
            ClassHints hints) {
        Element first = blocks.get(0);
        List<Element> levels = first.parent() == null ? List.of(first) : List.of(first, first.parent());
        for (Element level : levels) {
            Lookup found = standfirstFrom(level.previousElementSibling(), stats, hints, true);
            if (found.standfirst() != null) {
                List<Element> withLead = new ArrayList<>(blocks.size() + 1);
                withLead.add(found.standfirst());
                withLead.addAll(blocks);
                return withLead;
            }
            if (found.ended()) {
                return blocks;
            }
        }
        return blocks;
    }

    /** What a search for the standfirst found: the element, or whether a heading or a text ended the search. */
    private record Lookup(Element standfirst, boolean ended) {
        static final Lookup ENDED = new Lookup(null, true);
        static final Lookup NOT_FOUND = new Lookup(null, false);
    }

    /**
     * Searches {@code start} and the elements before it for the standfirst. An element holding a heading ends the
     * search; when {@code intoHeader} and it holds the headline ({@code h1}), it is the article's header, searched
     * first from its last child up to the headline. A header the first try left out for its class
     * ({@code entry-header}) is measured on its own for that search.
     */
    private static Lookup standfirstFrom(Element start, Map<Element, Stats> stats, ClassHints hints, boolean intoHeader) {
        int passed = 0;
        for (Element above = start; above != null && passed < STANDFIRST_REACH; above = above.previousElementSibling()) {
            Stats s = stats.get(above);
            if (s != null && s.chars == 0) {
                continue;  // a photo without text
            }
            // furniture already left out is passed over, unless it is the article's header
            Element heading = s != null || intoHeader ? above.selectFirst(HEADING_SELECTOR) : null;
            if (heading == null && s == null) {
                continue;
            }
            if (heading != null) {
                if (!intoHeader || heading == above || !heading.normalName().equals(HEADLINE_TAG)) {
                    if (s == null) {
                        continue;
                    }
                    return Lookup.ENDED;
                }
                Map<Element, Stats> own = s == null ? measure(above, Set.of(), new ArrayList<>()) : stats;
                Lookup inHeader = standfirstFrom(above.lastElementChild(), own, hints, false);
                return inHeader.standfirst() != null ? inHeader : Lookup.ENDED;
            }
            if (above.selectFirst(PHOTO_SELECTOR) != null || opensWithSummaryLabel(above)) {
                passed++;
                continue;  // a photo with its caption ("Foto: Petugas menghitung uang dolar AS ... (CNBC Indonesia/...)"), key points
            }
            String text = above.text();
            if (s.paragraphs <= 1 && s.listItems == 0 && s.inputs == 0 && linkDensity(s) <= STANDFIRST_MAX_LINK_DENSITY
                    && hints.weight(above) >= 0 && LineShape.words(text) >= ArticleBodyCleaner.STANDFIRST_MIN_WORDS
                    && LineShape.endsLikeSentence(text)) {
                return new Lookup(above, false);
            }
            if (LineShape.words(text) >= ArticleBodyCleaner.STANDFIRST_MIN_WORDS) {
                return Lookup.ENDED;
            }
            passed++;
        }
        return Lookup.NOT_FOUND;
    }

    /** Removes furniture blocks inside the content: negative hints, link lists, image strips, forms. */
    private static void prune(Element block, Map<Element, Stats> stats, Set<Element> excluded, ClassHints hints) {
        List<Element> doomed = new ArrayList<>();
        Stats whole = stats.get(block);
        int mostChars = whole == null ? Integer.MAX_VALUE : (int) (whole.chars * MOST_OF_BLOCK);
        for (Element el : block.getAllElements()) {
            if (el == block) {
                continue;
            }
            String tag = el.normalName();
            if (tag.equals("br")) {
                doomed.addAll(linksListedAround(el));
                continue;
            }
            if (CONDITIONAL.contains(tag) && opensWithSummaryLabel(el)) {
                doomed.add(el);  // key points, though they hold most of a header's text
                continue;
            }
            Stats own = stats.get(el);
            if (own != null && own.chars - own.linkChars > mostChars) {
                continue;
            }
            int weight = hints.weight(el);
            if (HEADINGS.contains(tag) && weight < 0) {
                doomed.add(el);
                continue;
            }
            if (!CONDITIONAL.contains(tag)) {
                continue;
            }
            Stats s = stats.get(el);
            if (s == null) {
                continue;
            }
            if (weight < 0) {
                doomed.add(el);
                continue;
            }
            if (s.commas >= PROSE_COMMAS) {
                continue;
            }
            double density = linkDensity(s);
            boolean list = tag.equals("ul") || tag.equals("ol");
            boolean junk = list && inHeadlinesHeader(el, block)
                    || s.images > 1 && s.paragraphs < s.images * PARAGRAPHS_PER_IMAGE && !tag.equals("figure")
                    || !list && s.listItems - LIST_ITEM_SLACK > s.paragraphs
                    || s.inputs > s.paragraphs / PARAGRAPHS_PER_INPUT
                    || s.chars < MIN_PARAGRAPH_CHARS && s.images != 1 && !tag.equals("div") && !tag.equals("section")
                    || weight < ClassHints.WEIGHT && density > LINK_LIST_DENSITY && s.chars < LINK_BLOCK_MAX_CHARS
                    || weight >= ClassHints.WEIGHT && density > HINTED_LINK_LIST_DENSITY;
            if (junk) {
                doomed.add(el);
            }
        }
        excluded.addAll(doomed);
    }

    /**
     * Whether the element is a box of key points: its first element holds a summary label alone ({@code <div
     * class="summary-box"><div class="summary-title">Ringkasan</div><p>...</p></div>}, {@code <h2>Poin penting</h2><ul>}).
     */
    private static boolean opensWithSummaryLabel(Element el) {
        Element first = el.firstElementChild();
        if (first == null || first.childNodeSize() != 1 || !(first.childNode(0) instanceof TextNode label)) {
            return false;
        }
        String text = label.text().strip();
        text = text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
        return SUMMARY_LABELS.contains(text.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the element stands in the article's header, the block or inside it: a {@code <header>} holding the headline. A
     * list there is the key points the text retells (Mongabay's {@code <header class="article-header"><h1>...</h1>
     * <div class="bulletpoint"><ul><li>}), an excerpt and no text.
     */
    private static boolean inHeadlinesHeader(Element el, Element block) {
        for (Element above = el.parent(); above != null; above = above.parent()) {
            if (above.normalName().equals("header")) {
                return above.selectFirst(HEADLINE_TAG) != null;
            }
            if (above == block) {
                return false;
            }
        }
        return false;
    }

    /**
     * Links that stand alone on their lines on both sides of a line break ({@code <a>..</a><br><a>..</a>}): a
     * list of related articles written without list markup, which the flattener would otherwise run
     * together into one long line that reads as prose.
     */
    private static List<Element> linksListedAround(Element br) {
        Node before = BlockTextFlattener.neighbour(br, false);
        Node after = BlockTextFlattener.neighbour(br, true);
        if (isLoneLink(before) && isLoneLink(after)) {
            return List.of((Element) before, (Element) after);
        }
        return List.of();
    }

    /** A link with nothing but a line break (or the edge of its parent) on either side. */
    private static boolean isLoneLink(Node node) {
        if (!(node instanceof Element link) || !link.normalName().equals("a")) {
            return false;
        }
        Node before = BlockTextFlattener.neighbour(link, false);
        Node after = BlockTextFlattener.neighbour(link, true);
        return (before == null || BlockTextFlattener.isBr(before)) && (after == null || BlockTextFlattener.isBr(after));
    }
}
