package id.kabar.extract;

import java.util.List;

/**
 * What an HTML page declares about its article in meta tags and JSON-LD. Fields are null (authors:
 * empty) when the page says nothing; a plain-text page has {@link #NONE}.
 *
 * @param titles      headline candidates, most trusted first (JSON-LD headline, og:title, twitter:title, title element)
 * @param siteName    og:site_name, JSON-LD publisher name or application-name
 * @param published   the publication time as declared (ISO or written date)
 * @param modified    the time of the last change as declared, kept apart from {@code published}
 * @param authors     author names declared for the article
 * @param articleBody the JSON-LD articleBody, a hint for where the text is
 * @param copyright   a copyright notice found in the page's own text
 * @param headings    the text of each {@code h1} element, in page order: where the headline stands in the page
 * @param address     the page's own address as it declares it ({@code <link rel="canonical">}, {@code og:url}), null if none
 * @param markedDates the short texts of the elements the markup names as the article's date ({@code <span
 *                    class="entry-date">}), in page order, with a date value an attribute holds first
 * @param titleElement the text of the page's {@code <title>} as it stands, site name and all; null if none
 * @param dateOrder   how the page writes a date in numbers, by the language and region it declares
 * @param lastEdit    the last change only the page's scripts ({@code "updatedAt"}) or a wiki's footer ({@code This page
 *                    was last edited on ...}) state, where nothing declares one; null if none. Kept as the last change
 *                    only, never read as the publication day: a wiki's last edit may come years after its story
 */
record PageMetadata(List<String> titles, String siteName, String published, String modified, List<String> authors,
                    String articleBody, String copyright, List<String> headings, String address, List<String> markedDates,
                    String titleElement, NumericDateOrder dateOrder, String lastEdit) {
    static final PageMetadata NONE = new PageMetadata(List.of(), null, null, null, List.of(), null, null, List.of(), null, List.of(), null,
            NumericDateOrder.DAY_FIRST, null);

    PageMetadata {
        titles = List.copyOf(titles);
        authors = List.copyOf(authors);
        headings = List.copyOf(headings);
        markedDates = List.copyOf(markedDates);
    }
}
