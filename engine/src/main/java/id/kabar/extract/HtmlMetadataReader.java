package id.kabar.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Reads what an HTML page declares about its article: meta tags (Open Graph, Twitter, Dublin Core,
 * the publishing-date tags of news CMSs), schema.org JSON-LD, the title element and headings, and
 * {@code time[datetime]}. Dates are read most reliable first: the article object's own JSON-LD, then the
 * tags a CMS writes at publishing, then microdata, then a {@code <time>} element of the article itself (one
 * in a list of other articles dates them, not this one). The last change is kept apart from publication.
 */
final class HtmlMetadataReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TITLE_KEYS = List.of("dc:title", "dcterm:title", "dcterms:title", "og:title",
            "twitter:title", "title", "parsely-title", "sailthru:title");
    private static final List<String> SITE_KEYS = List.of("og:site_name", "application-name", "publisher", "dc:publisher");
    private static final List<String> DATE_KEYS = List.of("article:published_time", "og:article:published_time",
            "og:published_time", "article:published", "article:published_date", "datepublished", "date_published",
            "publishdate", "publish-date", "publish_date", "publish_time", "publishtime", "published_time",
            "published-time", "pubdate", "og:pubdate", "publication_date", "publication-date", "dc:date:issued",
            "dcterms:issued", "dc:date", "dc:date:created", "dc:created", "dcterms:created", "dcterms:date",
            "citation_publication_date", "citation_date", "prism:publicationdate", "rnews:datepublished",
            "content_publisheddate", "parsely-pub-date", "sailthru:date", "cxenseparse:recs:publishtime", "date",
            "article_date_original", "dtk:publishdate", "original-publish-date", "originalpublicationdate",
            "displaydate", "release_date", "datecreated", "created");
    private static final List<String> MODIFIED_KEYS = List.of("article:modified_time", "og:updated_time",
            "og:modified_time", "article:updated_time", "updated_time", "datemodified", "date_modified", "dateupdated",
            "dcterms:modified", "dc:date:modified", "dc:modified", "last-modified", "lastmodified", "lastmod",
            "modified_date", "last_updated", "parsely-updated", "sailthru:lastmodified");
    /** Microdata on the page, then time elements that belong to the article rather than a list beside it. */
    private static final String PUBLISHED_ELEMENTS = "[itemprop=datePublished][datetime], [itemprop=datePublished][content]";
    private static final String MODIFIED_ELEMENTS = "[itemprop=dateModified][datetime], [itemprop=dateModified][content]";
    private static final Evaluator PUBLISHED = QueryParser.parse(PUBLISHED_ELEMENTS);
    private static final Evaluator MODIFIED = QueryParser.parse(MODIFIED_ELEMENTS);
    /** Microdata that writes the day as text ({@code <span itemprop="datePublished">16 Sep 2019</span>}). */
    private static final Evaluator PUBLISHED_TEXT = QueryParser.parse("[itemprop=datePublished]");
    private static final Evaluator MODIFIED_TEXT = QueryParser.parse("[itemprop=dateModified]");
    /** Every element the reader looks at, gathered in one walk over the page rather than a walk for each kind. */
    private static final Evaluator DECLARING = QueryParser.parse(String.join(", ", "meta[content]",
            "script[type=application/ld+json]", "h1", "h2", "time", "[itemprop=datePublished]", "[itemprop=dateModified]"));
    /** The tags {@link #DECLARING} names; any other element declares only through an {@code itemprop}. */
    private static final Set<String> DECLARING_TAGS = Set.of("meta", "script", "h1", "h2", "time");
    /** Blocks whose time elements date other articles: related lists, sidebars, comments, the page's footer. */
    private static final String OTHER_ARTICLES = "aside, nav, footer, [class~=(?i)related|terkait|populer|popular|comment|sidebar]";
    private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "dc:creator", "dcterms:creator",
            "parsely-author", "sailthru:author", "content_author", "byl", "cxenseparse:author");
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle", "blogposting",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "report", "scholarlyarticle",
            "techarticle", "liveblogposting", "socialmediaposting");
    private static final Set<String> HTTP_EQUIV_DATES = Set.of("date", "last-modified");
    /** Objects that carry the page's dates when the article object does not: the page itself, its video or audio. */
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "videoobject", "audioobject", "mediaobject");
    /** Where JSON-LD nests the article: a graph, the page's main entity, the page an article is the main entity of. */
    private static final List<String> NESTING_KEYS = List.of("@graph", "mainEntity", "mainEntityOfPage");
    private static final List<String> DESCRIPTION_KEYS = List.of("og:description", "twitter:description", "description",
            "dc:description", "dcterms:description");
    private static final int MAX_JSON_LD_CHARS = 2_000_000;
    private static final Pattern SCRIPT_WRAPPER_START = Pattern.compile("^(?://\\s*)?(?:<!--|<!\\[CDATA\\[)");
    private static final Pattern SCRIPT_WRAPPER_END = Pattern.compile("(?://\\s*)?(?:-->|\\]\\]>)$");

    PageMetadata read(Document doc) {
        Elements declaring = declaring(doc);
        Map<String, String> meta = metaTags(declaring.stream().filter(e -> e.normalName().equals("meta")).toList());
        String documentTitle = doc.title();
        JsonLdArticle ld = jsonLd(declaring.stream().filter(e -> e.normalName().equals("script")).toList(), documentTitle);
        List<String> titles = new ArrayList<>();
        addIfPresent(titles, ld.headline);
        TITLE_KEYS.forEach(k -> addIfPresent(titles, meta.get(k)));
        List<String> h1 = declaring.stream().filter(e -> e.normalName().equals("h1")).map(Element::text).toList();
        List<String> headings = new ArrayList<>(h1);
        declaring.stream().filter(e -> e.normalName().equals("h2")).forEach(h -> headings.add(h.text()));
        addIfPresent(titles, TitleFinder.fromTitleElement(documentTitle, headings));
        if (!h1.isEmpty()) {
            addIfPresent(titles, h1.get(0));
        }
        String site = ld.publisher;
        for (String k : SITE_KEYS) {
            site = site != null ? site : meta.get(k);
        }
        if (site == null) {
            site = TitleFinder.siteNameInTitle(documentTitle, doc.location()).orElse(null);
        }
        String published = firstReadable(Stream.of(
                Stream.ofNullable(ld.datePublished), DATE_KEYS.stream().map(meta::get), Stream.ofNullable(ld.pageDatePublished),
                Stream.ofNullable(ld.dateCreated),
                declaredTimes(declaring, PUBLISHED), writtenTimes(declaring, PUBLISHED_TEXT),
                articleTimes(declaring), writtenArticleTimes(declaring)).flatMap(s -> s));
        String modified = firstReadable(Stream.of(
                Stream.ofNullable(ld.dateModified), MODIFIED_KEYS.stream().map(meta::get), Stream.ofNullable(ld.pageDateModified),
                declaredTimes(declaring, MODIFIED), writtenTimes(declaring, MODIFIED_TEXT)).flatMap(s -> s));
        List<String> authors = new ArrayList<>(ld.authors);
        if (authors.isEmpty()) {
            for (String k : AUTHOR_KEYS) {
                String v = meta.get(k);
                if (v != null && !v.contains("://")) {
                    authors.add(v.replaceFirst("(?i)^by\\s+", ""));
                    break;
                }
            }
        }
        return new PageMetadata(titles, site, published, modified, authors, ld.articleBody, meta.get("copyright"), h1);
    }

    /**
     * The elements {@link #DECLARING} selects, in page order. The selector is asked only of the elements whose tag
     * or {@code itemprop} could match it: a selector's every part tried on every element of a page cost more than
     * reading what the few matching ones declare.
     */
    private static Elements declaring(Document doc) {
        Elements found = new Elements();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element el && (DECLARING_TAGS.contains(el.normalName())
                    || el.attributesSize() > 0 && el.hasAttr("itemprop")) && el.is(DECLARING)) {
                found.add(el);
            }
        }, doc);
        return found;
    }

    /** The words of a space-separated attribute ({@code property="og:title twitter:title"}), split without a pattern. */
    private static List<String> spaceSeparated(String value) {
        List<String> words = new ArrayList<>(1);
        int n = value.length();
        for (int i = 0; i < n; ) {
            while (i < n && isSpace(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(value.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(value.substring(start, i));
            }
        }
        return words;
    }

    /** The white space of a pattern's {@code \\s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /**
     * The first of the declared values, most reliable first, that reads as a date: a CMS that fills one tag
     * with a placeholder or a relative time ({@code 2 jam lalu}) leaves the day to the next tag. The streams are
     * lazy: a page dated by its JSON-LD has none of the rest read.
     */
    private static String firstReadable(Stream<String> values) {
        return values.filter(v -> CalendarDates.parseValue(v).isPresent()).findFirst().orElse(null);
    }

    private static Stream<String> declaredTimes(Elements declaring, Evaluator kind) {
        return declaring.stream().filter(e -> e.is(kind)).map(e -> e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
    }

    /** Microdata dates written as the element's text, without a {@code datetime} or {@code content} attribute. */
    private static Stream<String> writtenTimes(Elements declaring, Evaluator kind) {
        return declaring.stream().filter(e -> e.is(kind) && !e.hasAttr("datetime") && !e.hasAttr("content")).map(Element::text);
    }

    /** The {@code time[datetime]} values outside the blocks that list other articles, in page order. */
    private static Stream<String> articleTimes(Elements declaring) {
        return declaring.stream().filter(e -> e.normalName().equals("time") && e.hasAttr("datetime"))
                .filter(t -> t.closest(OTHER_ARTICLES) == null).map(t -> t.attr("datetime"));
    }

    /**
     * The text of {@code <time>} elements without a {@code datetime} ({@code <time>Senin, 16 Sep 2019 10:20
     * WIB</time>}) outside the blocks that list other articles: the day as the reader sees it.
     */
    private static Stream<String> writtenArticleTimes(Elements declaring) {
        return declaring.stream().filter(e -> e.normalName().equals("time") && !e.hasAttr("datetime"))
                .filter(t -> t.closest(OTHER_ARTICLES) == null).map(Element::text);
    }

    /**
     * The summary the page declares for itself (Open Graph, Twitter, the description meta tag, else the
     * first {@code description} in its JSON-LD), the text a gallery or video page has besides its captions;
     * null when there is none.
     */
    String description(Document doc) {
        Map<String, String> meta = metaTags(doc.select("meta[content]"));
        for (String k : DESCRIPTION_KEYS) {
            if (meta.containsKey(k)) {
                return meta.get(k);
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data();
            if (data.length() <= MAX_JSON_LD_CHARS) {
                try {
                    String found = text(JSON.readTree(unwrapped(data)).findValue("description"));
                    if (found != null) {
                        return found;
                    }
                } catch (JsonProcessingException e) {
                    // a broken block tells nothing; the next one may
                }
            }
        }
        return null;
    }

    /**
     * A JSON-LD block without the wrappers pages put around script text for old parsers: an HTML comment, or an
     * XHTML {@code <![CDATA[ ... ]]>} section, the latter sometimes itself behind {@code //}.
     */
    private static String unwrapped(String data) {
        String text = data.strip();
        // the patterns are asked only of a block that opens or closes like a wrapper: searched for, they would try
        // every offset of a long block that most pages do not wrap
        if (text.startsWith("//") || text.startsWith("<!")) {
            text = SCRIPT_WRAPPER_START.matcher(text).replaceFirst("");
        }
        if (text.endsWith("-->") || text.endsWith("]]>") || text.endsWith("\u0085")) {
            text = SCRIPT_WRAPPER_END.matcher(text).replaceFirst("");  // a pattern's $ also stands before a last NEL
        }
        return text;
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank() && !list.contains(value.strip())) {
            list.add(value.strip());
        }
    }

    /**
     * First value of each meta key, keys lower-cased with {@code .} read as {@code :} ({@code DC.title} is
     * {@code dc:title}); {@code property} values are taken before {@code name}, {@code itemprop} and
     * {@code http-equiv} ones, of which only the dates count ({@code <meta http-equiv="date">}; a copyright
     * there names the page's author more often than its outlet).
     */
    private static Map<String, String> metaTags(List<Element> tags) {
        Map<String, String> meta = new HashMap<>();
        for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
            boolean header = attr.equals("http-equiv");
            for (Element m : tags) {
                String content = m.attr("content").strip();
                if (content.isEmpty()) {
                    continue;
                }
                String keys = m.attr(attr);
                if (keys.isEmpty()) {
                    continue;
                }
                for (String key : spaceSeparated(keys.toLowerCase(Locale.ROOT))) {
                    if (!header || HTTP_EQUIV_DATES.contains(key)) {
                        meta.putIfAbsent(key.replace('.', ':'), content);
                    }
                }
            }
        }
        return meta;
    }

    private static final class JsonLdArticle {
        String headline;
        String datePublished;
        String dateModified;
        String publisher;
        String articleBody;
        /** The dates of the page that holds the article ({@code WebPage}) or of its video, when the article has none. */
        String pageDatePublished;
        /** The article's {@code dateCreated}: often the database's time in UTC, a day off the one the page shows. */
        String dateCreated;
        String pageDateModified;
        final List<String> authors = new ArrayList<>();
    }

    /**
     * The first article-typed object in the page's JSON-LD blocks, found through arrays, {@code @graph} and the
     * page's {@code mainEntity} ({@code {"@type":"WebPage","mainEntity":{"@type":"NewsArticle",...}}}); and the
     * first publication and change dates of a page or media object ({@code WebPage}, {@code VideoObject}'s
     * {@code uploadDate}), which date the article when its own object does not.
     */
    private static JsonLdArticle jsonLd(List<Element> scripts, String documentTitle) {
        JsonLdArticle found = new JsonLdArticle();
        boolean article = false;
        for (Element script : scripts) {
            String data = script.data();
            if (data.length() > MAX_JSON_LD_CHARS) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(unwrapped(data));
            } catch (JsonProcessingException e) {
                continue;  // a broken block tells nothing; the page's other metadata still counts
            }
            Deque<JsonNode> stack = new ArrayDeque<>();
            stack.push(root);
            while (!stack.isEmpty()) {
                JsonNode node = stack.pop();
                if (node.isArray()) {
                    for (int i = node.size() - 1; i >= 0; i--) {
                        stack.push(node.get(i));  // pushed last to first, so read in the page's order
                    }
                } else if (node.isObject()) {
                    if (!article && isArticle(node)) {
                        fill(found, node, documentTitle);
                        article = true;
                    } else if (hasType(node, PAGE_TYPES)) {
                        String published = firstText(node, "datePublished", "dateCreated", "uploadDate");
                        found.pageDatePublished = found.pageDatePublished == null ? published : found.pageDatePublished;
                        String modified = text(node.get("dateModified"));
                        found.pageDateModified = found.pageDateModified == null ? modified : found.pageDateModified;
                    }
                    for (String key : NESTING_KEYS) {
                        JsonNode inner = node.get(key);
                        if (inner != null && inner.isContainerNode()) {
                            stack.push(inner);
                        }
                    }
                }
            }
            if (article && found.pageDatePublished != null) {
                break;
            }
        }
        return found;
    }

    private static String firstText(JsonNode node, String... keys) {
        for (String key : keys) {
            String value = text(node.get(key));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static boolean isArticle(JsonNode node) {
        return hasType(node, ARTICLE_TYPES);
    }

    private static boolean hasType(JsonNode node, Set<String> types) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (!type.isArray()) {
            return types.contains(type.asText().toLowerCase(Locale.ROOT));
        }
        for (JsonNode t : type) {
            if (types.contains(t.asText().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static void fill(JsonLdArticle found, JsonNode node, String documentTitle) {
        JsonNode publisher = node.get("publisher");
        if (publisher != null) {
            found.publisher = publisher.isObject() ? text(publisher.get("name")) : text(publisher);
        }
        String headline = text(node.get("headline"));
        String name = text(node.get("name"));
        if (name != null && found.publisher != null && OutletNames.stem(name).equals(OutletNames.stem(found.publisher))) {
            name = null;  // the site's own name, which every title element of the site repeats
        }
        found.headline = headline == null ? name : name == null ? headline : closerToTitle(name, headline, documentTitle);
        found.datePublished = text(node.get("datePublished"));
        found.dateCreated = text(node.get("dateCreated"));
        found.dateModified = text(node.get("dateModified"));
        found.articleBody = text(node.get("articleBody"));
        JsonNode author = node.get("author");
        List<JsonNode> authors = new ArrayList<>();
        if (author != null && author.isArray()) {
            author.forEach(authors::add);
        } else if (author != null) {
            authors.add(author);
        }
        for (JsonNode a : authors) {
            String writer = a.isObject() ? text(a.get("name")) : text(a);
            if (writer != null && !writer.contains("://")) {
                found.authors.add(writer);
            }
        }
    }

    /**
     * Some sites put their own name or a description in one of {@code name} and {@code headline}: the one
     * the title element repeats is the headline; with neither repeated, {@code headline}.
     */
    private static String closerToTitle(String name, String headline, String documentTitle) {
        TokenBag title = TokenBag.of(documentTitle);
        double nameShare = TokenBag.of(name).containedIn(title);
        double headlineShare = TokenBag.of(headline).containedIn(title);
        return nameShare > headlineShare && nameShare >= 0.75 ? name : headline;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
