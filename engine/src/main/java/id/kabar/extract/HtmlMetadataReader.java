package id.kabar.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.lang.CommentBlockMarks;
import id.kabar.lang.WordLists;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Reads what an HTML page declares about its article: meta tags (Open Graph, Twitter, Dublin Core,
 * the publishing-date tags of news CMSs), schema.org JSON-LD, the title element and headings, and
 * {@code time[datetime]} (AMP's {@code amp-timeago} too). Dates are read most reliable first: the article object's own JSON-LD, then the
 * tags a CMS writes at publishing, then microdata, then a {@code <time>} element of the article itself (one
 * in a list of other articles dates them, not this one). The last change is kept apart from publication. A
 * declared publication day before {@link CalendarDates#EARLIEST_PUBLICATION}, or more than a day after the last
 * change the page declares, is no publication day (a placeholder, the crawl's time) and leaves it to the next value.
 * Besides, the page's own address as it declares it, and the short texts of the elements its markup names as the
 * article's date ({@code <span class="entry-date">}, {@code <div class="datum">}), which the visible date search reads.
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
            "displaydate", "release_date", "datecreated", "created", "bt:pubdate", "dc:date:published", "published-date",
            "published_date", "pub_date", "pdate", "ptime", "rbpubdate", "x-published-date", "article:created", "og:regdate",
            "shareaholic:article_published_time", "article:post_date", "article:publicationdate", "content_create_date",
            "date_created", "dateposted", "dc:date:publication", "dcsext:articlefirstpublished", "item-publish-date",
            "mediator_published_time", "analyticsattributes:articledate", "doc_date", "field-date", "gentime", "twt-published-at",
            "vr:published_time", "video:release_date", "timestamp", "weibo:article:create_at");
    private static final List<String> MODIFIED_KEYS = List.of("article:modified_time", "og:updated_time",
            "og:modified_time", "article:updated_time", "updated_time", "datemodified", "date_modified", "dateupdated",
            "dcterms:modified", "dc:date:modified", "dc:modified", "last-modified", "lastmodified", "lastmod",
            "modified_date", "last_updated", "parsely-updated", "sailthru:lastmodified", "modified_time",
            "og:article:modified_time", "revision_date");
    /** Microdata on the page, then time elements that belong to the article rather than a list beside it. */
    private static final String PUBLISHED_ELEMENTS = "[itemprop=datePublished][datetime], [itemprop=datePublished][content]";
    private static final String MODIFIED_ELEMENTS = "[itemprop=dateModified][datetime], [itemprop=dateModified][content]";
    private static final Evaluator PUBLISHED = QueryParser.parse(PUBLISHED_ELEMENTS);
    private static final Evaluator MODIFIED = QueryParser.parse(MODIFIED_ELEMENTS);
    /**
     * Joomla's article info (its templates from 1.6 on) names each detail it lists by its class: the publishing ({@code
     * <dd class="published">Published: 12 September 2019</dd>}), the creation, which dates an article shown without its
     * publishing ({@code <dd class="create">Created: Wednesday, 16 October 2019 09:40</dd>}), and the last change
     * ({@code <dd class="modified">Last Updated: ...</dd>}), written as text beside their labels in the site's language.
     */
    private static final String JOOMLA_PUBLISHED = "dl.article-info > dd.published, dl.article-info > dd.create";
    private static final String JOOMLA_MODIFIED = "dl.article-info > dd.modified";
    /** Microdata that writes the day as text ({@code <span itemprop="datePublished">16 Sep 2019</span>}), and Joomla's details. */
    private static final Evaluator PUBLISHED_TEXT = QueryParser.parse("[itemprop=datePublished], " + JOOMLA_PUBLISHED);
    private static final Evaluator MODIFIED_TEXT = QueryParser.parse("[itemprop=dateModified], " + JOOMLA_MODIFIED);
    /** Every element the reader looks at, gathered in one walk over the page rather than a walk for each kind. */
    private static final Evaluator DECLARING = QueryParser.parse(String.join(", ", "meta[content]",
            "script[type=application/ld+json]", "h1", "h2", "time", "amp-timeago", "[itemprop=datePublished]", "[itemprop=dateModified]",
            "[property][content]", JOOMLA_PUBLISHED, JOOMLA_MODIFIED));
    /**
     * The tags {@link #DECLARING} names; any other element declares only through an {@code itemprop}, or as RDFa, a
     * {@code property} with its value in {@code content} (Drupal's node template: {@code <span property="dc:date
     * dc:created" content="2019-03-05T10:15:00+00:00">Submitted by ...</span>}), which is read as a meta tag.
     */
    private static final Set<String> DECLARING_TAGS = Set.of("meta", "script", "h1", "h2", "time", "amp-timeago", "dd");
    /**
     * The tags of a time element: HTML's {@code <time>} and AMP's {@code <amp-timeago datetime="2019-10-14T16:30:00+08:00">}, which
     * shows the reader the age ({@code 1 hari lalu}) and holds the day only in its {@code datetime}.
     */
    private static final Set<String> TIME_TAGS = Set.of("time", "amp-timeago");
    /**
     * The tags and the parts of a class or id of the blocks whose dates are other articles' or readers': related
     * lists, sidebars, the page's footer, and readers' comments named in any of the languages of the word list
     * ({@code <div class="comentarios">}, {@code <section id="kommentare">}).
     */
    private static final Set<String> OTHER_ARTICLE_TAGS = Set.of("aside", "nav", "footer");
    private static final List<String> OTHER_ARTICLE_MARKS = Stream.concat(
            Stream.of("related", "terkait", "populer", "popular", "sidebar", "also"),
            CommentBlockMarks.all().stream()).toList();
    /** The same blocks as a selector, for asking an element's ancestors; the walk that gathers dates tells them without it. */
    private static final Evaluator OTHER_ARTICLES = QueryParser.parse(String.join(", ", OTHER_ARTICLE_TAGS)
            + ", [class~=(?i)" + String.join("|", OTHER_ARTICLE_MARKS) + "], [id~=(?i)" + String.join("|", OTHER_ARTICLE_MARKS) + "]");
    /** A link to another page, which a promoted story's card holds and a block declaring the page's own metadata does not. */
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    /**
     * Words of a link that names another article rather than the writer: the bylines' names on the bench's pages are of
     * two to four words ({@code Yogi Eka Sahputra}), the headlines their lists link of five and more.
     */
    private static final int LISTED_HEADLINE_MIN_WORDS = 5;
    /** A link with or without its address: the title of a listed item is one. */
    private static final Evaluator LINK_ELEMENT = QueryParser.parse("a");
    private static final Evaluator OG_TYPE = QueryParser.parse("meta[property=og:type][content]");
    private static final String VIDEO_TYPE_PREFIX = "video";
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    /** The first JSON-LD object typed as a video: the type opens the block, before any nested object's. */
    private static final Pattern MAIN_VIDEO_OBJECT = Pattern.compile("^\\s*\\{[^{]*\"@type\"\\s*:\\s*\"VideoObject\"");
    /** The page's address as it declares it, where the address it was fetched from is not given or states no day. */
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    /** Parts of a class that name an element as the headline where the page sets it in no heading ({@code judul}). */
    private static final List<String> HEADLINE_MARKS = WordLists.read(HtmlMetadataReader.class, "headline-marks.txt");
    /** A badge opening a headline in an element of its own ({@code LIVE}), lower-cased. */
    private static final Set<String> HEADLINE_BADGES = Set.copyOf(WordLists.read(HtmlMetadataReader.class, "headline-badges.txt"));
    /** Longer than this, an element named as the headline holds more than one (a header with its byline and photo). */
    private static final int CLASSED_HEADLINE_MAX_CHARS = 300;
    /** Parts of a class or id that name an element as a date or a date line ({@code entry-date}, {@code datum}). */
    private static final List<String> DATE_MARKS = WordLists.read(HtmlMetadataReader.class, "date-marks.txt");
    /**
     * The text read before a {@code <time>} for its label: {@code Last updated on}, {@code Terakhir diperbarui pada}
     * with the separators around them fit in it; further back stands the line's other date.
     */
    private static final int LABEL_BEFORE_TIME_CHARS = 30;
    /** A class or id naming the last change ({@code updated}, {@code date-modified}): that day is not the publication's. */
    private static final List<String> CHANGE_MARKS = List.of("update", "modif");
    /**
     * A class naming the day a cited source was read ({@code <span class="reference-accessdate">. Retrieved 1 May
     * 2016}, Wikipedia's references): a citation's, never the page's publishing.
     */
    private static final List<String> ACCESS_MARKS = List.of("accessdate", "access-date");
    /**
     * The elements read as marked dates, the first in page order: the article's own date line stands at its
     * head, and the eight leave room for a page clock, a reading time and a byline without a day before it.
     */
    private static final int MAX_MARKED_DATES = 8;
    /** Longer than this, a marked element holds more than a date line (a whole meta box, an article). */
    private static final int MARKED_DATE_MAX_CHARS = 120;
    /**
     * Longer than this, an {@code <article>} after the headline holds text and is no card listing another article:
     * a card's title, date and one line of summary fit in it, a news text's first paragraph alone passes it.
     */
    private static final int TEASER_CARD_MAX_CHARS = 300;
    /** The elements that hold an article: a marked date inside one is that article's, even above its headline. */
    private static final Evaluator ARTICLE_BLOCK = QueryParser.parse("article, .hentry, .h-entry, [itemtype~=(?i)article|posting]");
    /** Attributes in which a marked element may hold its date as a value ({@code <abbr title="2019-09-16">}). */
    private static final List<String> DATE_ATTRIBUTES = List.of("datetime", "content", "title");
    /**
     * The element that holds a machine-readable value in its {@code value} attribute, as microformats write a day
     * they show as no date or not at all (IndieWeb's {@code <data class="dt-published" value="2019-10-03T08:40:00+02:00">}
     * beside a {@code Permalink}).
     */
    private static final String DATA_TAG = "data";
    private static final String DATA_VALUE = "value";
    /**
     * Attributes in which a theme's script keeps the date a marked element shows as an age or not at all, read as the
     * day they declare: JNews's {@code <div class="jeg_meta_date" data-time="1795508400">} (a unix time) under a reading
     * time, Era's empty {@code <span class="article__date" data-date="2026-11-26 09:30:00">}, a Tribunnews template's
     * empty {@code <span class="time" data-ts="1568223060000">} (milliseconds) a script fills, Kontan's and Katadata's
     * {@code data-unix} and {@code data-timestamp} under an age ({@code 3 jam lalu}).
     */
    private static final List<String> SCRIPT_DATE_ATTRIBUTES = List.of("data-time", "data-date", "data-timestamp", "data-datetime",
            "data-ts", "data-unix");
    /**
     * What the name of a script's attribute holding the publishing's time holds, on an element the markup does not
     * mark as a date (tempo.co's share box {@code <div class="share-box" data-published="2019-09-10T05:00:00+07:00">},
     * {@code data-publish-date}, {@code data-pubdate}); a {@code data-publisher} names the outlet.
     */
    private static final List<String> PUBLISHING_DATA_NAME_PARTS = List.of("publish", "pubdate");
    private static final String DATA_ATTRIBUTE_PREFIX = "data-";
    private static final String PUBLISHER_NAME_PART = "publisher";
    private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "dc:creator", "dcterms:creator",
            "parsely-author", "sailthru:author", "content_author", "byl", "cxenseparse:author");
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle", "blogposting",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "report", "scholarlyarticle",
            "techarticle", "liveblogposting", "socialmediaposting");
    /** The headers a page may restate in {@code <meta http-equiv>} that are read: its dates and its language. */
    private static final Set<String> HTTP_EQUIV_KEYS = Set.of("date", "last-modified", "content-language");
    /** Objects that carry the page's dates when the article object does not: the page itself. */
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage");
    /**
     * Media objects, which carry the page's dates only on a page of the media itself: on an article's page they are
     * a clip embedded in it, uploaded on a day of its own (okezone's {@code VideoObject} of a clip three days older than
     * the article under which it plays).
     */
    private static final Set<String> MEDIA_TYPES = Set.of("videoobject", "audioobject", "mediaobject");
    /** The OpenGraph type of an article's page ({@code <meta property="og:type" content="article">}). */
    private static final String ARTICLE_PAGE_TYPE = "article";
    /** Where JSON-LD nests the article: a graph, the page's main entity, the page an article is the main entity of. */
    private static final List<String> NESTING_KEYS = List.of("@graph", "mainEntity", "mainEntityOfPage");
    private static final List<String> DESCRIPTION_KEYS = List.of("og:description", "twitter:description", "description",
            "dc:description", "dcterms:description");
    private static final int MAX_JSON_LD_CHARS = 2_000_000;
    /**
     * What every key a script dates the article's publishing with holds ({@code datePublished}, {@code publish_date}):
     * a script without it is not searched.
     */
    private static final List<String> SCRIPT_DATE_KEY_PARTS = List.of("ublish");
    /** A Nuxt 3 payload's index: up to a million values, far more than a page's state holds; a unix time has ten digits. */
    private static final int PAYLOAD_INDEX_MAX_DIGITS = 6;
    /**
     * The keys a script dates the article's publishing with, and their value: schema.org's {@code datePublished} in
     * JSON, or escaped inside a script's string; a data layer's {@code "publish_date"} ({@code dataLayer.push({...})}),
     * a Nuxt state's {@code publishedAt:"..."} or {@code published_at}, a variable {@code var publishDate = '...'}.
     * The key quoted or not, its value a quoted date or date-time, the short name a Nuxt state's function gives the
     * argument it passes ({@code publishedAt:e}, {@link NuxtState}), or the index of the value in a Nuxt 3 payload
     * ({@code "publishedAt":8}, {@link NuxtPayload}).
     */
    private static final Pattern SCRIPT_DATE_PUBLISHED = scriptDateKey("datePublished|publish_?[dD]ate|published_?[aA]t");
    /**
     * What the keys a script dates the article's last change with hold: schema.org's {@code dateModified} and a Nuxt
     * state's or payload's {@code updatedAt} ({@code "publishedAt":8,"updatedAt":9}) or {@code updated_at}.
     */
    private static final List<String> SCRIPT_CHANGE_KEY_PARTS = List.of("dateModified", "updatedAt", "updated_at");
    /** The keys a script dates the last change with, read as {@link #SCRIPT_DATE_PUBLISHED} reads the publishing's. */
    private static final Pattern SCRIPT_DATE_CHANGED = scriptDateKey("dateModified|updated_?[aA]t");
    /**
     * The id MediaWiki gives its footer's line of the last edit ({@code <li id="footer-info-lastmod"> This page was
     * last edited on 20 September 2019, at 14:02.</li>}): a wiki's article (Wikinews) states its change nowhere else.
     */
    private static final String WIKI_LAST_EDIT_ID = "footer-info-lastmod";
    /**
     * Links read from the top of a page for its home link and its menu: of the 110 Mozilla test pages with an
     * {@code h1}, half have 9 links or fewer above it and three quarters 56 or fewer.
     */
    private static final int HEADER_LINKS_READ = 80;
    /** A site's home page as a link writes it: its root, with or without the scheme and host ({@code /}, {@code https://undana.ac.id}). */
    private static final Pattern HOME_ADDRESS = Pattern.compile("(?i)(?:(?:https?:)?//[^/?#\\s]+)?/?(?:index\\.\\w{2,5})?(?<=.)");
    private static final Pattern SCRIPT_WRAPPER_START = Pattern.compile("^(?://\\s*)?(?:<!--|<!\\[CDATA\\[)");
    private static final Pattern SCRIPT_WRAPPER_END = Pattern.compile("(?://\\s*)?(?:-->|\\]\\]>)$");

    /**
     * What the page declares; {@code indonesian} when it is an Indonesian outlet's page, by the language it declares or
     * the one its text is written in: its shown headline, not its title element, is then its headline, and a date in
     * numbers puts the day first whatever region its template declares ({@code 7/12/2026} under {@code lang="en-US"}).
     */
    PageMetadata read(Document doc, boolean indonesian) {
        List<Element> marked = new ArrayList<>();
        Walk walk = walk(doc, marked);
        Elements declaring = walk.found;
        Map<String, String> meta = metaTags(declaring.stream()
                .filter(e -> e.normalName().equals("meta") || e.hasAttr("property") && e.hasAttr("content")).toList());
        String documentTitle = doc.title();
        NumericDateOrder dateOrder = indonesian ? NumericDateOrder.DAY_FIRST
                : NumericDateOrder.declaredBy(declaredLanguage(doc), meta.get("og:locale"), meta.get("content-language"));
        JsonLdArticle ld = jsonLd(declaring.stream().filter(e -> e.normalName().equals("script")).toList(), documentTitle);
        List<String> titles = new ArrayList<>();
        addIfPresent(titles, ld.headline);
        TITLE_KEYS.forEach(k -> addIfPresent(titles, meta.get(k)));
        String site = ld.publisher;
        for (String k : SITE_KEYS) {
            site = site != null ? site : meta.get(k);
        }
        if (site == null) {
            site = TitleFinder.siteNameInTitle(documentTitle, doc.location()).orElse(null);
        }
        // a declared title of the site's name alone names no article (CNN Indonesia's og:title "CNN Indonesia"); the
        // title element of the name alone is a section's title, weighed below
        String siteName = site;
        titles.removeIf(t -> TitleFinder.isSiteNameAlone(t, siteName, doc.location()));
        List<Element> h1Elements = declaring.stream().filter(e -> e.normalName().equals("h1")).toList();
        List<String> declaredTitles = new ArrayList<>(titles);
        declaredTitles.add(documentTitle);
        List<String> allH1 = h1Elements.stream().map(e -> headingText(e, declaredTitles)).toList();
        // a lone h1 linking to the site's home page is its logo (<h1 class="logo"><a href="/">SuaraKampung.id</a></h1>)
        String logo = h1Elements.size() == 1 && linksHome(h1Elements.get(0)) ? LineShape.tidy(allH1.get(0)) : null;
        List<String> h1 = allH1;
        if (h1Elements.size() > 1) {
            // the logo set in an h1 beside the headline's own (<h1 class="logo"><a href="https://news.detik.com/">detikNews
            // </a></h1> over <h1 class="detail__title">): one h1 left when those linking home or naming the site are set aside
            List<Element> logos = h1Elements.stream()
                    .filter(e -> linksHome(e) || TitleFinder.isSiteName(LineShape.tidy(e.text()), siteName, doc.location())).toList();
            if (logos.size() == h1Elements.size() - 1) {
                logo = LineShape.tidy(logos.get(0).text());
                h1 = h1Elements.stream().filter(e -> !logos.contains(e)).map(e -> headingText(e, declaredTitles)).toList();
            }
        }
        if (site == null && logo != null) {
            // a site declaring no name and writing none its domain spells is named by its logo, the lone h1 linking its
            // home page: Blogger's <h1 class="title"><a href="https://caminandoporlasierra.blogspot.com/">Caminando por
            // la sierra</a></h1> over <title>Caminando por la sierra: La calzada romana ...</title>, the entry's h3
            site = logo;
        }
        List<String> h2 = declaring.stream().filter(e -> e.normalName().equals("h2")).map(Element::text).toList();
        List<String> headings = new ArrayList<>(allH1);
        headings.addAll(h2);
        String titleElement = TitleFinder.fromTitleElement(documentTitle, headings);
        String shown = TitleFinder.shownHeadline(h1, h2, site, doc.location(), logo);
        // a page setting its headline in no heading (a regency office's Joomla site: <p class="judul"><strong>, a portal
        // whose only h1 is its breadcrumb trail linking home: <div class="judul-berita">) shows it in an element its class
        // names so, over a title element of the section and the office, or of the site and its tagline
        boolean classed = (allH1.isEmpty() || allH1.size() == 1 && logo != null) && walk.classedHeadline != null && indonesian;
        if (classed) {
            shown = LineShape.tidy(walk.classedHeadline);
        }
        // a title element of the site's name and a section (Berita Daerah | Pemerintah Kabupaten Sleman) names no article
        boolean sectionTitle = TitleFinder.namesSiteAndSection(documentTitle, site, doc.location(), logo)
                || site == null && logo == null && namesHomeLinkAndSection(doc, documentTitle);
        // the shown headline is the page's h1, not a subheading standing in for none (a live report's update under a
        // title element of the whole report)
        boolean shownInH1 = shown != null && h1.size() == 1 && shown.equals(LineShape.tidy(h1.get(0)));
        // an Indonesian outlet's h1 is its headline whenever a declared title tells the same story, or nothing declares
        // one and the title element names a section or, under the h1, no word of the story; elsewhere the declared title
        // stands unless it is a teaser the title element does not share, or the title element names only the site
        if (shown != null && (indonesian
                ? TitleFinder.retellsStory(shown, titles, titleElement)
                || titles.isEmpty() && (sectionTitle || classed || shownInH1 && TitleFinder.tellsAnotherStory(titleElement, shown))
                : TitleFinder.declaredTeaser(titles, titleElement, shown)
                || titles.isEmpty() && (sectionTitle || TitleFinder.namesOnlyTheSite(documentTitle, shown, h1, site, doc.location())))) {
            titles.add(0, shown);
        }
        if (!sectionTitle) {
            addIfPresent(titles, titleElement);
        }
        if (!h1.isEmpty() && (logo == null || h1.size() < allH1.size())) {
            addIfPresent(titles, h1.get(0));
        }
        // a media object dates a page that declares no article: on an article's page it is an embedded clip's, whose
        // upload day is read only where no date line nor marked element dates the page
        boolean mediaPage = !ld.article && !ARTICLE_PAGE_TYPE.equals(lowerCase(meta.getOrDefault("og:type", "")));
        String mediaPublished = mediaPage ? ld.mediaDatePublished : null;
        String modified = firstReadable(Stream.of(
                Stream.ofNullable(ld.dateModified), MODIFIED_KEYS.stream().map(meta::get), Stream.ofNullable(ld.pageDateModified),
                Stream.ofNullable(mediaPage ? ld.mediaDateModified : null),
                declaredTimes(declaring, MODIFIED), writtenTimes(declaring, MODIFIED_TEXT), changeTimes(declaring)).flatMap(s -> s),
                null, dateOrder);
        // a change only a script or a wiki's footer states is read where nothing declares one
        String lastEdit = modified != null ? null : firstReadable(Stream.concat(
                scriptDates(unreadScripts(walk.scripts, ld), SCRIPT_CHANGE_KEY_PARTS, SCRIPT_DATE_CHANGED),
                Stream.ofNullable(walk.lastEdit).map(Element::text)), null, dateOrder);
        String published = firstReadable(Stream.of(
                Stream.ofNullable(ld.datePublished), DATE_KEYS.stream().map(meta::get), parselyPage(meta.get("parsely-page")),
                Stream.ofNullable(ld.pageDatePublished), Stream.ofNullable(mediaPublished),
                Stream.ofNullable(ld.dateCreated), Stream.ofNullable(ld.otherDatePublished),
                declaredTimes(declaring, PUBLISHED), writtenTimes(declaring, PUBLISHED_TEXT),
                articleTimes(declaring), writtenArticleTimes(declaring), scriptDatePublished(unreadScripts(walk.scripts, ld))).flatMap(s -> s),
                CalendarDates.parseValue(modified, dateOrder).orElse(null), dateOrder);
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
        String address = declaring.stream().filter(e -> e.normalName().equals("link")).map(e -> e.absUrl("href"))
                .filter(h -> !h.isEmpty()).findFirst().orElse(meta.get("og:url"));
        if (indonesian) {
            // an Indonesian newsroom's day is its own, not UTC's
            published = CalendarDates.atWib(published);
            modified = CalendarDates.atWib(modified);
        }
        return new PageMetadata(titles, site, published, modified, authors, ld.articleBody, meta.get("copyright"), allH1,
                address, markedDates(marked, walk.publishingData, mediaPage ? null : ld.mediaDatePublished, indonesian),
                documentTitle.isBlank() ? null : documentTitle, dateOrder, lastEdit);
    }

    /**
     * The texts of the marked elements, which the walk took outside the blocks that list other articles, and under
     * the page's first headline or inside an article block (a date set above the headline elsewhere is the site's
     * clock). An element's date value in an attribute comes before its text, which is read no further than
     * {@link #MARKED_DATE_MAX_CHARS}. The values of the attributes naming the publishing on unmarked elements
     * ({@code publishingData}) come after them, and an embedded clip's upload date ({@code clipUploaded}, null if none) last.
     * On an {@code indonesian} page a value in UTC is read at WIB, the newsroom's day ({@code data-time="1568050200"},
     * 00:30 WIB on 10 September, is 9 September in UTC).
     */
    private static List<String> markedDates(List<Element> marked, List<String> publishingData, String clipUploaded,
                                            boolean indonesian) {
        UnaryOperator<String> newsroomTime = indonesian ? CalendarDates::atWib : UnaryOperator.identity();
        List<String> texts = new ArrayList<>();
        for (Element el : marked) {
            for (String attr : DATE_ATTRIBUTES) {
                String value = newsroomTime.apply(el.attr(attr));
                if (!value.isEmpty() && CalendarDates.parseValue(value).isPresent()) {
                    texts.add(value);
                }
            }
            String dataValue = newsroomTime.apply(el.attr(DATA_VALUE));
            if (el.normalName().equals(DATA_TAG) && CalendarDates.parseValue(dataValue).isPresent()) {
                texts.add(dataValue);
            }
            for (String attr : SCRIPT_DATE_ATTRIBUTES) {
                String value = el.attr(attr);
                if (!value.isEmpty()) {
                    // the day as a date line writes it: a unix time is no line any date line reader reads
                    CalendarDates.parseValue(newsroomTime.apply(value)).ifPresent(day -> texts.add(day.toString()));
                }
            }
            // a date marked element linking to a day's archive shows that day, whatever its text (an age, a clock)
            for (Element link : el.select(LINK)) {
                AddressDates.dayArchive(link.attr("href")).ifPresent(day -> texts.add(day.toString()));
            }
            String text = shortText(el);
            if (text != null) {
                texts.add(text);
            }
        }
        for (String value : publishingData) {
            CalendarDates.parseValue(newsroomTime.apply(value)).ifPresent(day -> texts.add(day.toString()));
        }
        if (clipUploaded != null) {
            texts.add(newsroomTime.apply(clipUploaded));
        }
        return texts;
    }

    /** The element's text when it is at most {@link #MARKED_DATE_MAX_CHARS} long; null when longer, read no further. */
    private static String shortText(Element el) {
        return shortText(el, MARKED_DATE_MAX_CHARS);
    }

    /** The element's tidied text when it is at most {@code maxChars} long; null when longer or empty, read no further. */
    private static String shortText(Element el, int maxChars) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText()).append(' ');
                }
                return text.length() > maxChars ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, el);
        String tidy = LineShape.tidy(text.toString());
        return text.length() > maxChars || tidy.isEmpty() ? null : tidy;
    }

    /**
     * Whether the element is one {@link #ARTICLE_BLOCK} selects, told by its tag and attribute strings: asking the
     * selector of every element above the headline cost more than these look-ups.
     */
    private static boolean isArticleBlock(Element el, String tag, boolean attributes) {
        if (tag.equals("article")) {
            return true;
        }
        if (!attributes) {
            return false;
        }
        String classes = el.attr("class");
        if ((classes.contains("hentry") || classes.contains("h-entry")) && el.is(ARTICLE_BLOCK)) {
            return true;
        }
        String type = el.attr("itemtype");
        return !type.isEmpty() && el.is(ARTICLE_BLOCK);
    }

    /** Whether a lowered class or id names a block of other articles or of readers' comments. */
    private static boolean namesOtherArticles(String lower) {
        return !lower.isEmpty() && OTHER_ARTICLE_MARKS.stream().anyMatch(lower::contains);
    }

    /** Whether the element's class or id names it as a date or a date line, and not as the last change. */
    private static boolean marksDate(String lower) {
        if (lower.isEmpty()) {
            return false;
        }
        for (String mark : DATE_MARKS) {
            if (lower.contains(mark)) {
                return CHANGE_MARKS.stream().noneMatch(lower::contains) && ACCESS_MARKS.stream().noneMatch(lower::contains);
            }
        }
        return false;
    }

    /** A class or id in lower case; most are written so, and those are not copied. */
    private static String lowerCase(String names) {
        for (int i = 0; i < names.length(); i++) {
            if (Character.isUpperCase(names.charAt(i))) {
                return names.toLowerCase(Locale.ROOT);
            }
        }
        return names;
    }

    /**
     * The walk over the page: the elements {@link #DECLARING} selects, in page order, and its scripts. The selector is asked only of the elements whose tag
     * or {@code itemprop} could match it: a selector's every part tried on every element of a page cost more than
     * reading what the few matching ones declare.
     */
    private static Walk walk(Document doc, List<Element> marked) {
        Walk walk = new Walk(marked);
        NodeTraversor.traverse(walk, doc);
        if (!walk.underHeadline) {
            marked.addAll(walk.underSubheading);  // a page without an h1 (a blog titling its entry h2)
        }
        return walk;
    }

    /** A microdata item and how many declaring elements the walk had found when it opened. */
    private record MicrodataItem(Element item, int firstFound) {
    }

    /**
     * The walk that gathers the declaring elements and the marked dates. Whether an element stands under the first
     * headline or inside an article block is kept as the walk goes, so that the class and id of the page's other
     * elements, most of them, are never read.
     */
    private static final class Walk implements NodeVisitor {
        final Elements found = new Elements();
        /** Every script of the page, in page order, where a date may stand in a block no parser reads. */
        final List<Element> scripts = new ArrayList<>();
        /** A wiki's footer line of the page's last edit ({@link #WIKI_LAST_EDIT_ID}), null if the page has none. */
        Element lastEdit;
        final List<Element> marked;
        /**
         * The marked elements under the page's first {@code h2} and outside an article block, read when the page has
         * no {@code h1}: a blog's theme titles its entry with an {@code h2} and sets its date under it.
         */
        final List<Element> underSubheading = new ArrayList<>();
        boolean underHeadline;
        boolean underFirstSubheading;
        /** The outermost article block the walk is inside; null outside one. */
        Node article;
        /** The outermost block listing other articles the walk is inside, while it gathers marked dates; else null. */
        Node otherArticles;
        /**
         * The values of the attributes naming the publishing ({@link #PUBLISHING_DATA_NAME_PARTS}) on elements under the
         * headline or in an article block, outside the blocks that list other articles, in page order.
         */
        final List<String> publishingData = new ArrayList<>();

        /** Whether the walk has passed the page's first menu ({@code <nav>}). */
        boolean menuSeen;
        /** The {@code <time>} elements outside an article block before the headline, while no menu has been passed. */
        final List<Element> timesBeforeMenu = new ArrayList<>();
        /** The {@code <time>} elements outside an article block before the headline that open with a weekday. */
        final List<Element> clockTimesUnderMenu = new ArrayList<>();
        /** The {@code <time>} elements outside an article block before the headline. */
        final List<Element> timesOutsideArticle = new ArrayList<>();
        /** For each parent of a {@code <time>} outside an article block, whether it holds a listed headline's link. */
        private final Map<Element, Boolean> listingParents = new IdentityHashMap<>();

        /**
         * The text of the first element before any {@code h2} and any {@code h1} but one linking the site's home (its logo,
         * or a breadcrumb trail set in one: {@code <h1><a href="/">Home</a> / <a href="/daerah">Daerah</a></h1>}) whose class
         * names it as the headline and that reads as one ({@code <p class="judul"><strong>Pemkab Sleman Salurkan
         * ...</strong></p>}); null if none.
         */
        String classedHeadline;
        /** Whether the walk has passed an {@code h2} or an {@code h1} that does not link the site's home. */
        boolean underShownHeading;

        /** The microdata items ({@code itemscope}) opened before the headline that the walk is inside, innermost first. */
        final Deque<MicrodataItem> itemsBeforeHeadline = new ArrayDeque<>();

        Walk(List<Element> marked) {
            this.marked = marked;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return;
            }
            String tag = el.normalName();
            boolean attributes = el.attributesSize() > 0;
            if (tag.equals("script")) {
                scripts.add(el);
            }
            if (attributes && lastEdit == null && el.id().equals(WIKI_LAST_EDIT_ID)) {
                lastEdit = el;
            }
            if (attributes && !underHeadline && el.hasAttr("itemscope")) {
                itemsBeforeHeadline.push(new MicrodataItem(el, found.size()));
            }
            if (tag.equals("nav") && !menuSeen) {
                menuSeen = true;
                // a <time> above the page's menu, outside an article block and before the headline, is the site's clock
                // in its top bar (<div class="top-bar"><time datetime="2019-03-11T14:05">Monday, 11 March 2019</time>
                // over a byline "By Helen Price | 5 March 2019"): the day the page was fetched, never the article's
                if (!underHeadline) {
                    found.removeAll(timesBeforeMenu);
                }
            }
            if ((DECLARING_TAGS.contains(tag) || attributes && (el.hasAttr("itemprop") || el.hasAttr("property")))
                    && el.is(DECLARING)) {
                boolean outsideArticle = TIME_TAGS.contains(tag) && !underHeadline && article == null;
                if (outsideArticle) {
                    timesOutsideArticle.add(el);
                }
                if (!outsideArticle || !datesListedItem(el, listingParents)) {
                    found.add(el);
                }
                if (TIME_TAGS.contains(tag) && !menuSeen && !underHeadline && article == null) {
                    timesBeforeMenu.add(el);
                } else if (TIME_TAGS.contains(tag) && !underHeadline && article == null && StatedDateFinder.opensWithWeekday(el.text())) {
                    clockTimesUnderMenu.add(el);
                }
            } else if (tag.equals("link") && el.is(CANONICAL)) {
                found.add(el);
            }
            if (tag.equals("h1") && !underHeadline) {
                // a <time> under the menu, outside an article block, writing today as clocks do, with its weekday
                // (<div class="clock"><time datetime="2019-09-17">Selasa, 17 September 2019</time></div> over the
                // headline and its date line "16 September 2019"), is the site's clock: the lines it shows are left to
                // the date lines' rules, which tell a clock from the article's own date line set above its headline
                found.removeAll(clockTimesUnderMenu);
                if (article != null) {
                    // the headline stands in an article block: a <time> above that block, outside it, is another
                    // item's (a series box over Mongabay's header, <time datetime="2026-12-03"> beside the earlier
                    // part's link, over the article's own "oleh ... di 29 November 2026")
                    found.removeAll(timesOutsideArticle);
                }
            }
            underHeadline |= tag.equals("h1");
            underFirstSubheading |= tag.equals("h2");
            underShownHeading |= tag.equals("h2") || tag.equals("h1") && !linksHome(el);
            if (attributes && classedHeadline == null && !underShownHeading) {
                classedHeadline = classedHeadline(el);
            }
            if (article == null && !underHeadline && isArticleBlock(el, tag, attributes)) {
                article = el;
            } else if (underHeadline && otherArticles == null && tag.equals("article") && isTeaserCard(el)) {
                otherArticles = el; // a card of another article listed after the headline: its date is that article's
            }
            boolean placed = underHeadline || article != null;
            List<Element> into = placed ? marked : underSubheading;
            if (into.size() < MAX_MARKED_DATES && otherArticles == null && (placed || underFirstSubheading)) {
                String classes = attributes ? lowerCase(el.attr("class")) : "";
                String id = attributes ? lowerCase(el.id()) : "";
                if (OTHER_ARTICLE_TAGS.contains(tag) || namesOtherArticles(classes) || namesOtherArticles(id)) {
                    otherArticles = el;
                } else if (attributes && (marksDate(classes) || marksDate(id) || showsAgeOfScriptTime(el))) {
                    into.add(el);
                }
            }
            if (attributes && placed && otherArticles == null && publishingData.size() < MAX_MARKED_DATES) {
                for (Attribute attribute : el.attributes()) {
                    if (namesPublishing(attribute.getKey())) {
                        publishingData.add(attribute.getValue());
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!itemsBeforeHeadline.isEmpty() && itemsBeforeHeadline.peek().item() == node) {
                MicrodataItem item = itemsBeforeHeadline.pop();
                // a microdata item that closes before the headline and links elsewhere is a promoted story's card (<div
                // itemscope itemtype=".../NewsArticle"><a href="/news/regatta-week">...</a><meta itemprop="datePublished"
                // content="2019-08-30"></div> over the article's own): what it declares is that story's
                if (!underHeadline && item.item().selectFirst(LINK) != null) {
                    found.subList(item.firstFound(), found.size()).removeIf(e -> e.hasAttr("itemprop"));
                }
            }
            if (node == article) {
                article = null;
            }
            if (node == otherArticles) {
                otherArticles = null;
            }
        }
    }

    /**
     * Whether an element whatever its class shows an age alone and keeps in a script's attribute the time the age counts
     * from ({@code <span class="age" data-unix="1568568540">3 jam lalu</span>}): that time is the publishing's. Its own
     * text only, so each element's text is read once.
     */
    private static boolean showsAgeOfScriptTime(Element el) {
        return SCRIPT_DATE_ATTRIBUTES.stream().anyMatch(el::hasAttr) && StatedDateFinder.isAgeAlone(el.ownText());
    }

    /** Whether an attribute's name says a script keeps the publishing's time in it ({@code data-published}). */
    private static boolean namesPublishing(String attribute) {
        String name = lowerCase(attribute);
        return name.startsWith(DATA_ATTRIBUTE_PREFIX) && !name.contains(PUBLISHER_NAME_PART)
                && PUBLISHING_DATA_NAME_PARTS.stream().anyMatch(name::contains);
    }

    /**
     * Whether a {@code <time>} shares its parent with the link to another article, whose date it is: an item of a list
     * ({@code <li><a>Tol Cibitung-Cilincing Seksi Akhir Resmi Dibuka untuk Umum</a> <time datetime="2026-12-05">}), the
     * earlier part of a series in a box over the article. A link naming the writer is shorter than a headline. Each
     * parent's answer is kept in {@code listingParents}.
     */
    private static boolean datesListedItem(Element time, Map<Element, Boolean> listingParents) {
        Element parent = time.parent();
        // a list's items share one parent: its links are read once, however many dates it holds
        return parent != null && listingParents.computeIfAbsent(parent, p -> p.getElementsByTag("a").stream()
                .anyMatch(link -> LineShape.words(link.text()) >= LISTED_HEADLINE_MIN_WORDS));
    }

    /**
     * The element's text when its class names it as the headline, it reads as one, holds no link (a list's title links
     * its article) and stands in no block listing other articles; else null.
     */
    private static String classedHeadline(Element el) {
        String classes = lowerCase(el.className());
        if (classes.isEmpty() || HEADLINE_MARKS.stream().noneMatch(classes::contains) || namesOtherArticles(classes)) {
            return null;
        }
        // a header box named so that holds the headline and its byline in blocks of their own (<div class="title"><div
        // class="judul-artikel">...</div><div class="namerep">Citra Dewi, Jurnalis · Senin 16 September 2019</div>) is
        // no headline: the block naming itself one inside it is
        if (el.children().stream().filter(c -> c.isBlock() && c.hasText()).count() > 1) {
            return null;
        }
        String text = shortText(el, CLASSED_HEADLINE_MAX_CHARS);
        if (text == null || !TitleFinder.readsAsHeadline(text) || el.selectFirst(LINK_ELEMENT) != null
                || el.closest(LINK_ELEMENT) != null || el.closest(OTHER_ARTICLES) != null) {
            return null;
        }
        return text;
    }

    /**
     * Whether the page says it is a video's: an OpenGraph type {@code video.other}, {@code video.episode}, or a
     * JSON-LD object typed {@code VideoObject} as its main one ({@code {"@type":"VideoObject","description":...}}).
     */
    static boolean declaresVideo(Document doc) {
        Element type = doc.head() == null ? null : doc.head().selectFirst(OG_TYPE);
        if (type != null && lowerCase(type.attr("content")).startsWith(VIDEO_TYPE_PREFIX)) {
            return true;
        }
        Element script = doc.selectFirst(JSON_LD);
        return script != null && MAIN_VIDEO_OBJECT.matcher(script.data()).find();
    }

    /**
     * Whether an {@code <article>} after the headline is a card listing another article, not the page's text: it
     * holds a title and a date in fewer characters than a paragraph ({@code <article class="elementor-post"><h4>
     * Cierra la última librería del centro histórico</h4><span class="elementor-post-date">15 de noviembre de
     * 2024</span></article>}).
     */
    private static boolean isTeaserCard(Element el) {
        return shortText(el, TEASER_CARD_MAX_CHARS) != null;
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
    private static String firstReadable(Stream<String> values, LocalDate lastChange, NumericDateOrder order) {
        return values.filter(v -> CalendarDates.parseValue(v, order).filter(d -> CalendarDates.mayPublish(d, lastChange)).isPresent())
                .findFirst().orElse(null);
    }

    /**
     * The {@code datePublished} a script states where no JSON-LD parser reads it: a JSON-LD block broken by an
     * unescaped quote or a trailing comma, or the page's data handed to its scripts ({@code window.__DATA__ =
     * {"datePublished":"2019-09-16T08:00:00+07:00", ...}}, escaped inside a string as {@code \"datePublished\":}),
     * and the publishing day the outlets' own scripts hold where the page shows none: a data layer's {@code
     * "publish_date": "2026-12-05 14:20:00"}, a Nuxt state's {@code publishedAt:"2026-12-04T09:15:00+07:00"}, a
     * {@code var publishDate = '2026-12-03 08:40:00';}. The first in page order, the page's own article's, as a page
     * lists the others' after its own. Lazy: read only when no value before it dates the page, and a script is
     * searched only when it holds what every key holds.
     */
    private static Stream<String> scriptDatePublished(List<Element> scripts) {
        return scriptDates(scripts, SCRIPT_DATE_KEY_PARTS, SCRIPT_DATE_PUBLISHED);
    }

    /** The page's scripts but the JSON-LD blocks read as JSON, whose dates their structure placed. */
    private static List<Element> unreadScripts(List<Element> scripts, JsonLdArticle ld) {
        return ld.readBlocks.isEmpty() ? scripts : scripts.stream().filter(s -> !ld.readBlocks.contains(s)).toList();
    }

    /**
     * The values of the keys a script dates with, in page order: a script is searched only when it holds one of the
     * parts every key holds, its Nuxt state's arguments read only when a key names one, its payload only when a key
     * points into it.
     */
    private static Stream<String> scriptDates(List<Element> scripts, List<String> keyParts, Pattern key) {
        return scripts.stream().flatMap(script -> {
            String data = script.childNodeSize() > 0 && script.childNode(0) instanceof DataNode d ? d.getWholeData() : "";
            if (keyParts.stream().noneMatch(data::contains)) {
                return Stream.empty();
            }
            List<MatchResult> keys = key.matcher(data).results().toList();
            Map<String, String> arguments = keys.stream().anyMatch(m -> m.group(2) != null) ? NuxtState.arguments(data) : Map.of();
            IntFunction<String> payload = keys.stream().anyMatch(m -> m.group(3) != null) && NuxtPayload.isPayload(script)
                    ? NuxtPayload.texts(data) : i -> null;
            return keys.stream().map(m -> m.group(1) != null ? m.group(1)
                            : m.group(2) != null ? arguments.get(m.group(2)) : payload.apply(Integer.parseInt(m.group(3))))
                    .filter(Objects::nonNull);
        });
    }

    /**
     * A script's key and its value: the key quoted or not, its value a quoted date or date-time (group 1), the short
     * name a Nuxt state's function gives the argument it passes (group 2, {@code publishedAt:e}, {@link NuxtState}), or
     * the index of the value in a Nuxt 3 payload (group 3, {@code "publishedAt":8}, {@link NuxtPayload}).
     */
    private static Pattern scriptDateKey(String keys) {
        return Pattern.compile("(?<![\\w$])\\\\?[\"']?(?:" + keys + ")\\\\?[\"']?\\s*[:=]\\s*(?:\\\\?[\"']([^\"'\\\\]{8,40})"
                + "|([a-zA-Z_$][\\w$]{0,2})(?![\\w$])|(\\d{1," + PAYLOAD_INDEX_MAX_DIGITS + "})(?![\\w$.]))");
    }

    /**
     * The {@code pub_date} of Parse.ly's older tag, which holds its facts as JSON in one value ({@code <meta
     * name="parsely-page" content='{"title": "...", "pub_date": "2016-09-29T08:00:00Z"}'>}). Lazy: parsed only when
     * no tag before it dates the page.
     */
    private static Stream<String> parselyPage(String value) {
        return Stream.<Supplier<String>>of(() -> {
            if (value == null || !value.startsWith("{") || value.length() > MAX_JSON_LD_CHARS) {
                return null;
            }
            try {
                return text(JSON.readTree(value).get("pub_date"));
            } catch (JsonProcessingException e) {
                return null;  // a broken value tells nothing
            }
        }).map(Supplier::get).filter(v -> v != null);
    }

    private static Stream<String> declaredTimes(Elements declaring, Evaluator kind) {
        return declaring.stream().filter(e -> e.is(kind)).map(e -> e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
    }

    /** Microdata dates written as the element's text, without a {@code datetime} or {@code content} attribute. */
    private static Stream<String> writtenTimes(Elements declaring, Evaluator kind) {
        return declaring.stream().filter(e -> e.is(kind) && !e.hasAttr("datetime") && !e.hasAttr("content")).map(Element::text);
    }

    /**
     * The {@code time[datetime]} values outside the blocks that list other articles, in page order, those under the
     * headline or inside an article block first: one above the headline elsewhere may be the site's clock.
     */
    private static Stream<String> articleTimes(Elements declaring) {
        return placedFirst(declaring, e -> TIME_TAGS.contains(e.normalName()) && e.hasAttr("datetime") && !isChangeTime(e))
                .map(t -> t.attr("datetime"));
    }

    /**
     * The {@code time[datetime]} values that date the last change ({@code <time class="updated">}, {@code Last updated
     * <time>}), ordered as {@link #articleTimes}: a theme shows the change beside the publishing, often first.
     */
    private static Stream<String> changeTimes(Elements declaring) {
        return placedFirst(declaring, e -> TIME_TAGS.contains(e.normalName()) && e.hasAttr("datetime") && isChangeTime(e))
                .map(t -> t.attr("datetime"));
    }

    /**
     * Whether a {@code <time>} dates the last change: its class, id or {@code itemprop} names it so, or the text right
     * before it is an update label ({@code Last updated <time>}, {@code <span>Diperbarui:</span> <time>}).
     */
    private static boolean isChangeTime(Element time) {
        String names = lowerCase(time.className() + " " + time.id() + " " + time.attr("itemprop"));
        if (CHANGE_MARKS.stream().anyMatch(names::contains) && !names.contains("publish")) {
            return true;
        }
        Node previous = time.previousSibling();
        while (previous instanceof TextNode t && t.isBlank()) {
            previous = previous.previousSibling();
        }
        String text = previous instanceof TextNode t ? t.text() : previous instanceof Element el ? el.text() : "";
        String label = text.substring(Math.max(0, text.length() - LABEL_BEFORE_TIME_CHARS));
        Matcher update = CalendarDates.UPDATE_LABEL.matcher(label);
        int updateAt = -1;
        while (update.find()) {
            updateAt = update.end();
        }
        return updateAt >= 0 && !CalendarDates.PUBLISH_LABEL.matcher(label).find(updateAt);
    }

    /**
     * The text of {@code <time>} elements without a {@code datetime} ({@code <time>Senin, 16 Sep 2019 10:20
     * WIB</time>}) outside the blocks that list other articles: the day as the reader sees it. Ordered as
     * {@link #articleTimes}.
     */
    private static Stream<String> writtenArticleTimes(Elements declaring) {
        return placedFirst(declaring, e -> TIME_TAGS.contains(e.normalName()) && !e.hasAttr("datetime")).map(Element::text);
    }

    /**
     * The elements of a kind outside the blocks that list other articles: those under the page's first {@code h1}
     * or inside an article block, then the others, each in page order. Lazy: found only when a stream asks.
     */
    private static Stream<Element> placedFirst(Elements declaring, Predicate<Element> kind) {
        return Stream.<Supplier<List<Element>>>of(() -> {
            List<Element> placed = new ArrayList<>();
            List<Element> others = new ArrayList<>();
            boolean underHeadline = false;
            for (Element e : declaring) {
                underHeadline |= e.normalName().equals("h1");
                if (kind.test(e) && !amongOtherArticles(e)) {
                    (underHeadline || e.closest(ARTICLE_BLOCK) != null ? placed : others).add(e);
                }
            }
            placed.addAll(others);
            return placed;
        }).flatMap(found -> found.get().stream());
    }

    /**
     * Whether the element stands in a block that lists other articles. A {@code <footer>} inside the
     * {@code <article>} that holds the headline is the article's own, not the page's: a blog's theme sets its
     * {@code Posted on <time pubdate datetime="2015-07-09T08:00:00-05:00">} there, after the text.
     */
    private static boolean amongOtherArticles(Element e) {
        Element block = e.closest(OTHER_ARTICLES);
        while (block != null && isHeadlineArticleFooter(block)) {
            Element above = block.parent();
            block = above == null ? null : above.closest(OTHER_ARTICLES);
        }
        return block != null;
    }

    private static boolean isHeadlineArticleFooter(Element block) {
        if (!block.normalName().equals("footer") || block.parent() == null) {
            return false;
        }
        Element article = block.parent().closest("article");
        return article != null && article.selectFirst("h1") != null;
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

    /**
     * Whether the page declares itself Indonesian ({@code <html lang="id">}, {@code id-ID}): Indonesian outlets write
     * their title element and {@code og:title} for search results and sharing, worded unlike the headline they show,
     * where a page in the readability test set whose title element and {@code h1} differ keeps its title element as
     * the headline.
     */
    static boolean declaresIndonesian(Document doc) {
        String lang = declaredLanguage(doc).strip().toLowerCase(Locale.ROOT);
        return lang.equals("id") || lang.startsWith("id-") || lang.startsWith("id_");
    }

    /** The language tag of the page's {@code <html lang>}, empty when it declares none. */
    private static String declaredLanguage(Document doc) {
        Element root = doc.selectFirst("html");
        return root == null ? "" : root.attr("lang");
    }

    /**
     * Whether a page that declares no site name and has no logo heading titles itself with a section of its menu and
     * the name its link to the home page writes ({@code <title>Sala de prensa - Solaria Levante</title>} under {@code
     * <a href="/">Solaria Levante</a>} and a menu's {@code <a href="/prensa">Sala de prensa</a>}): the title element
     * then names no article. Only the first {@link #HEADER_LINKS_READ} links are read, where a page's header and menu
     * stand.
     */
    private static boolean namesHomeLinkAndSection(Document doc, String documentTitle) {
        List<String> parts = TitleFinder.parts(documentTitle);
        if (parts.size() != 2 || doc.body() == null) {
            return false;
        }
        boolean[] home = new boolean[2];
        boolean[] linked = new boolean[2];
        int read = 0;
        for (Element link : doc.body().getElementsByTag("a")) {
            if (++read > HEADER_LINKS_READ) {
                break;
            }
            String name = LineShape.tidy(link.text());
            for (int i = 0; i < 2; i++) {
                if (name.equals(parts.get(i))) {
                    linked[i] = true;
                    home[i] |= HOME_ADDRESS.matcher(link.attr("href").strip()).matches();
                }
            }
        }
        return home[1] && linked[0] || home[0] && linked[1];
    }

    /**
     * A heading's text without the badge opening it in an element of its own, the page's kind and no word of the
     * story (Kompas.com's live report: {@code <h1><span class="live">LIVE</span> Estonia Vs Belanda, Ryan Babel Cetak
     * 2 Gol, De Oranje Menang Telak</h1>}), and without a kicker or a subtitle in an element of its own opening or
     * closing it that the declared titles leave out while holding the rest ({@code <h1><span class="kicker">VIRAL</span>
     * Wagub Jabar Lantik ...</h1>}, {@code <h1>Terungkap, Tiga Pelaku ...<br><small>Rekonstruksi digelar di Polres
     * Lebak</small></h1>} under {@code <title>Terungkap, Tiga Pelaku ... - Kompas.com</title>}).
     */
    static String headingText(Element heading, List<String> declaredTitles) {
        String text = heading.text();
        Element first = heading.firstElementChild();
        if (first == null) {
            return text;
        }
        String opening = first.text().strip();
        if (HEADLINE_BADGES.contains(opening.toLowerCase(Locale.ROOT)) && text.startsWith(opening) && text.length() > opening.length()) {
            return text.substring(opening.length()).strip();
        }
        String closing = heading.lastElementChild().text().strip();
        String rest = !opening.isEmpty() && text.startsWith(opening) ? text.substring(opening.length()).strip()
                : !closing.isEmpty() && text.endsWith(closing) ? text.substring(0, text.length() - closing.length()).strip() : "";
        if (LineShape.words(rest) < TitleFinder.MIN_WORDS) {
            return text;
        }
        String lowerText = lowerCase(LineShape.tidy(text));
        String lowerRest = lowerCase(LineShape.tidy(rest));
        return declaredTitles.stream().map(t -> lowerCase(LineShape.tidy(t)))
                .anyMatch(t -> t.contains(lowerRest) && !t.contains(lowerText)) ? rest : text;
    }

    /**
     * Whether a heading links to its site's home page, as a logo set in an {@code h1} does ({@code <a
     * href="https://www.slemankab.go.id">}, {@code <a href="/">}): a headline links to its own article, if anywhere.
     */
    static boolean linksHome(Element heading) {
        Element link = heading.selectFirst("a[href]");
        return link != null && HOME_ADDRESS.matcher(link.attr("href").strip()).matches();
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank() && !list.contains(value.strip())) {
            list.add(value.strip());
        }
    }

    /**
     * First value of each meta key, keys lower-cased with {@code .} read as {@code :} ({@code DC.title} is
     * {@code dc:title}); {@code property} values are taken before {@code name}, {@code itemprop} and
     * {@code http-equiv} ones, of which only the dates and the language count ({@code <meta http-equiv="date">}; a copyright
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
                    if (!header || HTTP_EQUIV_KEYS.contains(key)) {
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
        /** Whether the blocks hold an article-typed object. */
        boolean article;
        /** The dates of the page that holds the article ({@code WebPage}), when the article has none. */
        String pageDatePublished;
        /** The dates of the first media object ({@code VideoObject}'s {@code uploadDate}): the page's on a video's page. */
        String mediaDatePublished;
        String mediaDateModified;
        /** The article's {@code dateCreated}: often the database's time in UTC, a day off the one the page shows. */
        String dateCreated;
        String pageDateModified;
        /** The first {@code datePublished} of any other object the page declares (a blog, a recipe, a review). */
        String otherDatePublished;
        final List<String> authors = new ArrayList<>();
        /**
         * The blocks read as JSON: what they date is settled by their structure, so a {@code datePublished} they hold
         * outside the article's object (an {@code ItemList} of related articles) is no script's date of the page.
         */
        final Set<Element> readBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /**
     * The first article-typed object in the page's JSON-LD blocks, found through arrays, {@code @graph} and the
     * page's {@code mainEntity} ({@code {"@type":"WebPage","mainEntity":{"@type":"NewsArticle",...}}}); and the
     * first publication and change dates of a page object ({@code WebPage}), which date the article when its own
     * object does not, and of a media object ({@code VideoObject}'s {@code uploadDate}).
     */
    private static JsonLdArticle jsonLd(List<Element> scripts, String documentTitle) {
        JsonLdArticle found = new JsonLdArticle();
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
            found.readBlocks.add(script);
            Deque<JsonNode> stack = new ArrayDeque<>();
            stack.push(root);
            while (!stack.isEmpty()) {
                JsonNode node = stack.pop();
                if (node.isArray()) {
                    for (int i = node.size() - 1; i >= 0; i--) {
                        stack.push(node.get(i));  // pushed last to first, so read in the page's order
                    }
                } else if (node.isObject()) {
                    if (!found.article && isArticle(node)) {
                        fill(found, node, documentTitle);
                        found.article = true;
                    } else if (hasType(node, PAGE_TYPES)) {
                        String published = firstDateText(node, "datePublished", "dateCreated");
                        found.pageDatePublished = found.pageDatePublished == null ? published : found.pageDatePublished;
                        String modified = dateText(node.get("dateModified"));
                        found.pageDateModified = found.pageDateModified == null ? modified : found.pageDateModified;
                    } else if (hasType(node, MEDIA_TYPES)) {
                        String published = firstDateText(node, "datePublished", "dateCreated", "uploadDate");
                        found.mediaDatePublished = found.mediaDatePublished == null ? published : found.mediaDatePublished;
                        String modified = dateText(node.get("dateModified"));
                        found.mediaDateModified = found.mediaDateModified == null ? modified : found.mediaDateModified;
                    } else if (found.otherDatePublished == null) {
                        found.otherDatePublished = dateText(node.get("datePublished"));
                    }
                    for (String key : NESTING_KEYS) {
                        JsonNode inner = node.get(key);
                        if (inner != null && inner.isContainerNode()) {
                            stack.push(inner);
                        }
                    }
                }
            }
            if (found.article && (found.pageDatePublished != null || found.mediaDatePublished != null)) {
                break;
            }
        }
        return found;
    }

    private static String firstDateText(JsonNode node, String... keys) {
        for (String key : keys) {
            String value = dateText(node.get(key));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** An article by its type: one of {@link #ARTICLE_TYPES}, or any type named as an article or a posting. */
    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            String name = t.asText().toLowerCase(Locale.ROOT);
            if (ARTICLE_TYPES.contains(name) || name.endsWith("article") || name.endsWith("posting")) {
                return true;
            }
        }
        return false;
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
        found.datePublished = dateText(node.get("datePublished"));
        found.dateCreated = dateText(node.get("dateCreated"));
        found.dateModified = dateText(node.get("dateModified"));
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

    /**
     * A date as JSON-LD may write it: a string, the first of an array of them ({@code "datePublished":
     * ["2019-09-12T08:00:00+02:00"]}), or a typed value ({@code {"@value": "2019-09-12", "@type": "Date"}}).
     */
    private static String dateText(JsonNode node) {
        if (node != null && node.isArray()) {
            return node.isEmpty() ? null : dateText(node.get(0));
        }
        return node != null && node.isObject() ? text(node.get("@value")) : text(node);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
