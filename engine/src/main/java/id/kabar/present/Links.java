package id.kabar.present;

/**
 * Where the pages point: the server links to its own routes, the static report to anchors
 * within itself. A method returns null when the target does not exist in that medium.
 */
public interface Links {
    String home();

    String story(String id);

    String article(String id);

    String person(String name);

    /**
     * One fact of an article ({@code kind} {@code quote} or {@code claim}, the {@code index}-th of its kind) in
     * the article's page, or null when facts have no address of their own.
     */
    String fact(String articleId, String kind, int index);

    /** The current page in the other interface language, or null. */
    String otherLanguage();

    /** The search page, or null when there is none. */
    String search();

    /** The figures page (every claim group), or null when there is none. */
    String figures();

    /** The quotes page (search within what was said), or null when there is none. */
    String quotes();

    /** The directory of people and organisations, or null when there is none. */
    String people();

    /**
     * The address of a file the pages load from their server ({@code charts.js}, {@code uPlot.min.js},
     * {@code uPlot.min.css}), or null where pages have no server to load it from (a static file draws no chart).
     */
    String asset(String name);
}
