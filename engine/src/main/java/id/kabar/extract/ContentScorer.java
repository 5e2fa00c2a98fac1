package id.kabar.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
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
    private static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|ai2html|banner|breadcrumb|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
            + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"
            + "|baca-?juga|terkait|terpopuler|populer|rekomendasi|komentar|newsletter|share|sharing|topik");
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow|detail|read|isi");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page|post"
            + "|text|blog|story|detail|read|isi|konten|artikel|berita|txt");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment"
            + "|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar"
            + "|skyscraper|sponsor|shopping|tags|widget|baca-?juga|terkait|populer|rekomendasi|iklan|komentar|bagikan"
            + "|topik|breadcrumb|caption|byline|author|newsletter|subscribe|recommend");
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
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    /** Less text than this and the first try missed the article. */
    private static final int MIN_ARTICLE_CHARS = 500;

    /** Text and link-text length and commas of an element's subtree; scores of candidate blocks. */
    private static final class Stats {
        int chars;
        int linkChars;
        int commas;
        int paragraphs;
        int images;
        int listItems;
        int inputs;
        boolean hasBlockChild;
        double score;
        boolean candidate;
    }

    /** The article's blocks in page order, and the elements inside them that are furniture. */
    record Content(List<Element> blocks, Set<Element> excluded) {
    }

    /**
     * Finds the content. Blocks whose class or id look like furniture are left out of the first try; when
     * that leaves less than a short article, the page is scored again with them, the way a sidebar-named
     * wrapper can still hold the article.
     */
    Content content(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return new Content(List.of(), Set.of());
        }
        removeNonContent(body);
        Content strict = attempt(body, true);
        if (textLength(strict) >= MIN_ARTICLE_CHARS) {
            return strict;
        }
        Content lenient = attempt(body, false);
        return textLength(lenient) > textLength(strict) ? lenient : strict;
    }

    private Content attempt(Element body, boolean skipUnlikely) {
        Set<Element> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
        if (skipUnlikely) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof Element el && el != body && isUnlikely(el)) {
                        excluded.add(el);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    return FilterResult.CONTINUE;
                }
            }, body);
        }
        Map<Element, Stats> stats = measure(body, excluded);
        Element top = bestCandidate(body, stats);
        List<Element> blocks = withSiblings(top, stats);
        for (Element block : blocks) {
            prune(block, stats, excluded);
        }
        return new Content(blocks, excluded);
    }

    private static int textLength(Content content) {
        int chars = 0;
        for (String line : new BlockTextFlattener().lines(content.blocks(), content.excluded())) {
            chars += line.length();
        }
        return chars;
    }

    /** Scripts, hidden elements, navigation and the like never hold article text. */
    private static void removeNonContent(Element body) {
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && el != body && isNonContent(el)) {
                    doomed.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        doomed.forEach(Element::remove);
    }

    private static boolean isNonContent(Element el) {
        String tag = el.normalName();
        if (NON_CONTENT_TAGS.contains(tag) || el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))
                || UNLIKELY_ROLES.contains(el.attr("role"))) {
            return true;
        }
        String style = el.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        style = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static boolean isUnlikely(Element el) {
        String tag = el.normalName();
        if (tag.equals("a") || tag.equals("article") || tag.equals("main") || tag.equals("table")) {
            return false;
        }
        String hints = el.className() + " " + el.id();
        return !hints.isBlank() && UNLIKELY.matcher(hints).find() && !MAYBE.matcher(hints).find();
    }

    /** One post-order walk gathers every element's text, link text, commas and child kinds. */
    private static Map<Element, Stats> measure(Element body, Set<Element> excluded) {
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
                    if (el.normalName().equals("a")) {
                        linkDepth++;
                    }
                } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    String t = text.text();
                    int chars = t.strip().length();
                    Stats s = stats.get(parent);
                    if (s != null && chars > 0) {
                        s.chars += chars + 1;
                        s.linkChars += linkDepth > 0 ? chars + 1 : 0;
                        s.commas += commas(t);
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

    private static Element bestCandidate(Element body, Map<Element, Stats> stats) {
        List<Element> candidates = new ArrayList<>();
        for (Element el : body.getAllElements()) {
            if (!isScorable(el, stats.get(el))) {
                continue;
            }
            Stats s = stats.get(el);
            double score = 1 + s.commas + Math.min(s.chars / 100, 3);
            Element ancestor = el.parent();
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++, ancestor = ancestor.parent()) {
                Stats a = stats.get(ancestor);
                if (a == null) {
                    break;
                }
                if (!a.candidate) {
                    a.candidate = true;
                    a.score = baseScore(ancestor);
                    candidates.add(ancestor);
                }
                a.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            }
        }
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Element c : candidates) {
            Stats s = stats.get(c);
            s.score *= 1 - linkDensity(s);
            if (s.score > best) {
                best = s.score;
                top = c;
            }
        }
        if (top == null) {
            return body;
        }
        // A lone child holds nothing its parent does not; a parent that scores higher holds more of the text.
        while (top.parent() != null && top.parent() != body && stats.get(top.parent()) != null) {
            Element parent = top.parent();
            Stats p = stats.get(parent);
            if (parent.childrenSize() == 1 || p.candidate && p.score > stats.get(top).score) {
                top = parent;
            } else {
                break;
            }
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

    private static double baseScore(Element el) {
        double score = switch (el.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(el);
    }

    static int classWeight(Element el) {
        int weight = 0;
        for (String hint : new String[] {el.className(), el.id()}) {
            if (hint.isBlank()) {
                continue;
            }
            if (NEGATIVE.matcher(hint).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(hint).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    private static double linkDensity(Stats s) {
        return s.chars == 0 ? 0 : Math.min(1, (double) s.linkChars / s.chars);
    }

    private static List<Element> withSiblings(Element top, Map<Element, Stats> stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = stats.get(top).score;
        double threshold = Math.max(10, topScore * 0.2);
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
            double bonus = !top.className().isBlank() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            if (s.candidate && s.score + bonus >= threshold) {
                content.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                double density = linkDensity(s);
                String text = sibling.text();
                if (s.chars > 80 && density < 0.25 || s.chars > 0 && s.chars <= 80 && density == 0 && text.matches("(?s).*\\.( .*|$)")) {
                    content.add(sibling);
                }
            }
        }
        return content;
    }

    /** Removes furniture blocks inside the content: negative hints, link lists, image strips, forms. */
    private static void prune(Element block, Map<Element, Stats> stats, Set<Element> excluded) {
        List<Element> doomed = new ArrayList<>();
        for (Element el : block.getAllElements()) {
            if (el == block) {
                continue;
            }
            String tag = el.normalName();
            int weight = classWeight(el);
            if (tag.matches("h[1-6]") && weight < 0) {
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
            if (s.commas >= 10) {
                continue;
            }
            double density = linkDensity(s);
            boolean list = tag.equals("ul") || tag.equals("ol");
            boolean junk = s.images > 1 && s.paragraphs < s.images / 2.0 && !tag.equals("figure")
                    || !list && s.listItems - 100 > s.paragraphs
                    || s.inputs > s.paragraphs / 3
                    || s.chars < MIN_PARAGRAPH_CHARS && s.images != 1 && !tag.equals("div") && !tag.equals("section")
                    || weight < 25 && density > 0.2 && s.chars < 2000
                    || weight >= 25 && density > 0.5;
            if (junk) {
                doomed.add(el);
            }
        }
        excluded.addAll(doomed);
    }
}
