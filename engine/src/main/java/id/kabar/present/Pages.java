package id.kabar.present;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import id.kabar.model.Rejection;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the jte templates (compiled with the engine, HTML-escaping every value). The web server
 * and {@code report.html} both render through here, so the pages are the same everywhere.
 */
public final class Pages {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** A page of the front page's story cards; {@code total} stories in all, {@code previous} and {@code next} may be null. */
    public String front(Messages m, Links links, List<StoryCard> stories, long total, boolean stale, String previous,
                        String next, List<Download> downloads) {
        return render("front.jte", paged(Map.of("m", m, "links", links, "stories", stories, "total", total, "stale", stale,
                "downloads", downloads), previous, next));
    }

    /** A story's page: the story, its outlets ({@code card}) and the store's outlets that ran none of it. */
    public String story(Messages m, Links links, StoryView story, StoryCard card, List<String> missing) {
        return render("story.jte", Map.of("m", m, "links", links, "story", story, "card", card, "missing", missing));
    }

    public String people(Messages m, Links links, DirectoryView view, List<Download> downloads) {
        return render("people.jte", Map.of("m", m, "links", links, "view", view, "downloads", downloads));
    }

    public String article(Messages m, Links links, ArticleView view) {
        return render("article.jte", Map.of("m", m, "links", links, "view", view));
    }

    public String search(Messages m, Links links, SearchView view, List<Download> downloads) {
        return render("search.jte", Map.of("m", m, "links", links, "view", view, "downloads", downloads));
    }

    public String person(Messages m, Links links, PersonView person, String previous, String next,
                         List<Download> downloads) {
        return render("person.jte", paged(Map.of("m", m, "links", links, "person", person, "downloads", downloads),
                previous, next));
    }

    public String figures(Messages m, Links links, FiguresView view, List<Download> downloads) {
        return render("figures.jte", Map.of("m", m, "links", links, "view", view, "downloads", downloads));
    }

    public String quotes(Messages m, Links links, QuotesView view, List<Download> downloads) {
        return render("quotes.jte", Map.of("m", m, "links", links, "view", view, "downloads", downloads));
    }

    /** An error page; {@code status} picks the heading (404, 400, 405, else server error). */
    public String error(Messages m, Links links, int status, String message) {
        String title = m.get(switch (status) {
            case 404 -> "error.notFound";
            case 400 -> "error.badRequest";
            case 405 -> "error.methodNotAllowed";
            default -> "error.internal";
        });
        return render("error.jte", Map.of("m", m, "links", links, "title", title, "message", message));
    }

    public void report(Writer out, Messages m, ReportLinks links, List<StoryView> stories, List<ArticleView> articles,
                       List<Rejection> rejected) {
        engine.render("report.jte", Map.of("m", m, "links", links, "stories", stories, "articles", articles,
                "rejected", rejected), new WriterOutput(out));
    }

    /** The summary report of a run (see {@link HtmlReport}). */
    public void summary(Writer out, Messages m, ReportLinks links, ReportDigest digest) {
        engine.render("summary.jte", Map.of("m", m, "links", links, "digest", digest), new WriterOutput(out));
    }

    /**
     * A paged page's parameters: its own and the addresses of the previous and next pages, which are null on the
     * first and last pages (and {@link Map#of} takes no nulls).
     */
    private static Map<String, Object> paged(Map<String, Object> own, String previous, String next) {
        Map<String, Object> params = new HashMap<>(own);
        params.put("previous", previous);
        params.put("next", next);
        return params;
    }

    private String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        engine.render(template, params, out);
        return out.toString();
    }
}
