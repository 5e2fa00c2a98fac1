package id.kabar.extract;

import id.kabar.extract.StatedDateFinder.StatedDates;
import id.kabar.model.Article;
import id.kabar.model.DateSource;
import id.kabar.model.PublishedBasis;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import id.kabar.model.SourceHints;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of the extract stage: turns a page into a clean article. A text page is cut around its
 * article line by line; an HTML page is scored for its content block first. Then the headline, outlet,
 * dateline, stated date (on the page, else in its address, else in its {@code <title>}), credits and language are read, and the facts
 * the page's container stated ({@link SourceHints}) override what was inferred. Stateless and safe to share between threads.
 */
public final class ArticleExtractor {
    /** Paragraphs at the top of the body searched for the dateline (a standfirst may come first). */
    private static final int DATELINE_PARAGRAPHS = 3;
    /**
     * Days an address may be minted before its article is published: a draft filed in the evening goes out after
     * midnight. In the CLICK-ID week 269 of Okezone's 2,877 addresses state a day before the published time, 258
     * of them one day, none more than three; Kompas's 1,507 and Tribunnews's 922 state the published day.
     */
    private static final int FILED_BEFORE_PUBLISHING_DAYS = 3;

    private final TextPageReader textReader = new TextPageReader();
    private final HtmlPageReader htmlReader = new HtmlPageReader();
    private final DatelineParser datelines = new DatelineParser();
    private final ArticleBodyCleaner cleaner = new ArticleBodyCleaner();
    private final TitleFinder titles = new TitleFinder();
    private final OutletFinder outlets = new OutletFinder();
    private final CreditFinder credits = new CreditFinder();
    private final StatedDateFinder dates = new StatedDateFinder();
    private final LanguageIdentifier languages = new LanguageIdentifier();

    public Article extract(SourceDocument document) throws ExtractionException {
        if (document.content().isBlank()) {
            throw new ExtractionException("empty page");
        }
        PageReading read = document.format() == SourceFormat.HTML
                ? htmlReader.read(document.content(), document.url())
                : textReader.read(document.content());
        if (read.paragraphs().isEmpty()) {
            throw new ExtractionException("no article text found");
        }
        SourceHints hints = document.hints();
        int datelineAt = datelineIndex(read.paragraphs());
        Optional<Dateline> dateline = datelineAt < 0 ? Optional.empty() : datelines.parse(read.paragraphs().get(datelineAt));
        PageReading page = datelineAt > 0 ? fromDateline(read, datelineAt) : read;
        String body = String.join("\n\n", page.paragraphs());

        String title = firstNonBlank(hints.title(), titles.find(page, page.metadata().siteName(), document.url()).orElse(null));
        String outlet = firstNonBlank(hints.outlet(),
                outlets.find(page.metadata(), dateline, page, document.url()).orElse(null));
        // the address the page was fetched from, else the one it declares as its own
        String url = AddressDates.find(document.url()).isPresent() || page.metadata().address() == null
                ? document.url() : page.metadata().address();
        Optional<LocalDate> folder = AddressDates.findInFolder(url).filter(d -> CalendarDates.mayPublish(d, null));
        StatedDates stated = dates.find(page.metadata(), dateline, page.before(), page.paragraphs(), page.after(), title,
                folder.isPresent());
        LocalDate published = stated.published();
        DateSource source = stated.source();
        Optional<LocalDate> input = Optional.ofNullable(hints.published()).flatMap(CalendarDates::parseValue);
        Optional<LocalDate> address = AddressDates.find(url, document.content()).filter(d -> CalendarDates.mayPublish(d, null));
        // the instant of a day stated with its time of day: the input's, or the page's declared one while it dates the page
        Instant publishedAt = source == DateSource.METADATA
                ? CalendarDates.parseInstant(page.metadata().published()).orElse(null) : null;
        if (input.isPresent()) {
            published = input.get();
            source = DateSource.INPUT;
            publishedAt = CalendarDates.parseInstant(hints.published()).orElse(null);
        } else if (folder.isPresent() && (published == null
                || addressFirst(folder.get(), published, source == DateSource.METADATA && CalendarDates.writtenInUtc(page.metadata().published())))) {
            published = folder.get();
            source = DateSource.ADDRESS;
        } else if (published == null && address.isPresent()) {
            published = address.get();
            source = DateSource.ADDRESS;
        } else if (published == null && titleDay(page.metadata(), stated.modified()).isPresent()) {
            published = titleDay(page.metadata(), stated.modified()).get();
            source = DateSource.TITLE;
        } else if (published == null && stated.modified() != null) {
            // a page that states only its last change was published no later: that day dates it
            published = stated.modified();
            source = DateSource.MODIFIED;
        }
        if (source != DateSource.INPUT && source != DateSource.METADATA) {
            publishedAt = null;
        }
        LocalDate change = stated.modified() != null ? stated.modified()
                : CalendarDates.parseValue(page.metadata().lastEdit(), page.metadata().dateOrder()).orElse(null);
        LocalDate modified = change != null && published != null && change.isAfter(published) ? change : null;
        List<String> outletNames = new ArrayList<>();
        outletNames.add(outlet);
        dateline.map(Dateline::outlet).ifPresent(outletNames::add);
        List<String> authors = hints.authors().isEmpty() ? credits.find(page, outletNames) : hints.authors();
        String place = dateline.map(Dateline::place).orElse(null);
        return new Article(document.id(), document.url(), languages.identify(body), outlet, title, published,
                published == null ? null : PublishedBasis.STATED, authors, place, body, source, modified, publishedAt);
    }

    /**
     * Whether the day a folder of the address states dates the page rather than the day the page states. The path
     * is minted when the article is filed, on the newsroom's day: nothing is published before it, so a stated day
     * before it is a time in UTC (or an earlier version's); a draft may wait a few days, so a stated day up to
     * {@link #FILED_BEFORE_PUBLISHING_DAYS} after it is the publication's, unless it is the next day in UTC (an
     * evening west of Greenwich); a stated day further on is a later change.
     */
    static boolean addressFirst(LocalDate address, LocalDate stated, boolean statedInUtc) {
        long days = ChronoUnit.DAYS.between(address, stated);
        return days < 0 || days > FILED_BEFORE_PUBLISHING_DAYS || statedInUtc && days == 1;
    }

    /**
     * The full date the page's {@code <title>} writes, if it may date the publishing: a page dated nowhere else often
     * names its day in the title its search results show ({@code Berita Harian 16 September 2019}).
     */
    private static Optional<LocalDate> titleDay(PageMetadata metadata, LocalDate lastChange) {
        return metadata.titleElement() == null ? Optional.empty() : CalendarDates.find(metadata.titleElement(), metadata.dateOrder())
                .map(CalendarDates.Found::date).filter(d -> CalendarDates.mayPublish(d, lastChange));
    }

    /** Where the dateline is among the first paragraphs (a standfirst or a byline may come before it); -1 if none. */
    private int datelineIndex(List<String> paragraphs) {
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()); i++) {
            if (datelines.parse(paragraphs.get(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** The page with what stood above the dateline moved to its header, a standfirst excepted. */
    private PageReading fromDateline(PageReading page, int datelineAt) {
        List<String> header = new ArrayList<>(page.before());
        header.addAll(page.paragraphs().subList(0, datelineAt));
        return new PageReading(header, cleaner.fromDateline(page.paragraphs(), datelineAt), page.after(), page.metadata());
    }

    private static String firstNonBlank(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred.strip() : fallback;
    }
}
