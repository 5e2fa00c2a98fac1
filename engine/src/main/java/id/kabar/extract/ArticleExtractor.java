package id.kabar.extract;

import id.kabar.model.Article;
import id.kabar.model.PublishedBasis;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import id.kabar.model.SourceHints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of the extract stage: turns a page into a clean article. A text page is cut around its
 * article line by line; an HTML page is scored for its content block first. Then the headline, outlet,
 * dateline, stated date, credits and language are read, and the facts the page's container stated
 * ({@link SourceHints}) override what was inferred. Stateless and safe to share between threads.
 */
public final class ArticleExtractor {
    /** Paragraphs at the top of the body searched for the dateline (a standfirst may come first). */
    private static final int DATELINE_PARAGRAPHS = 3;

    private final TextPageReader textReader = new TextPageReader();
    private final HtmlPageReader htmlReader = new HtmlPageReader();
    private final DatelineParser datelines = new DatelineParser();
    private final TitleFinder titles = new TitleFinder();
    private final OutletFinder outlets = new OutletFinder();
    private final CreditFinder credits = new CreditFinder();
    private final StatedDateFinder dates = new StatedDateFinder();
    private final LanguageIdentifier languages = new LanguageIdentifier();

    public Article extract(SourceDocument document) throws ExtractionException {
        if (document.content().isBlank()) {
            throw new ExtractionException("empty page");
        }
        PageReading page = document.format() == SourceFormat.HTML
                ? htmlReader.read(document.content(), document.url())
                : textReader.read(document.content());
        if (page.paragraphs().isEmpty()) {
            throw new ExtractionException("no article text found");
        }
        String body = String.join("\n\n", page.paragraphs());
        SourceHints hints = document.hints();
        Optional<Dateline> dateline = dateline(page.paragraphs());

        String title = firstNonBlank(hints.title(), titles.find(page, page.metadata().siteName(), document.url()).orElse(null));
        String outlet = firstNonBlank(hints.outlet(),
                outlets.find(page.metadata(), dateline, page, document.url()).orElse(null));
        LocalDate published = Optional.ofNullable(hints.published()).flatMap(CalendarDates::parseValue)
                .or(() -> dates.find(page.metadata(), dateline, page.before(), title))
                .orElse(null);
        List<String> outletNames = new ArrayList<>();
        outletNames.add(outlet);
        dateline.map(Dateline::outlet).ifPresent(outletNames::add);
        List<String> authors = hints.authors().isEmpty() ? credits.find(page, outletNames) : hints.authors();
        String place = dateline.map(Dateline::place).orElse(null);
        return new Article(document.id(), document.url(), languages.identify(body), outlet, title, published,
                published == null ? null : PublishedBasis.STATED, authors, place, body);
    }

    private Optional<Dateline> dateline(List<String> paragraphs) {
        for (String paragraph : paragraphs.subList(0, Math.min(DATELINE_PARAGRAPHS, paragraphs.size()))) {
            Optional<Dateline> found = datelines.parse(paragraph);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String firstNonBlank(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred.strip() : fallback;
    }
}
