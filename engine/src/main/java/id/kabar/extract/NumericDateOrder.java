package id.kabar.extract;

import java.util.Locale;

/**
 * Which number of a date written in numbers comes first, the day ({@code 12/09/2019}, as Indonesian and most languages
 * write it) or the month ({@code 09/12/2019}, as American pages do), by the language and region the page declares
 * ({@code <html lang="en-US">}, {@code og:locale} {@code en_US}, {@code Content-Language}). The day comes first on a page
 * that declares nothing, or English without its region: the outlets Kabar reads write it so.
 */
enum NumericDateOrder {
    DAY_FIRST,
    MONTH_FIRST;

    /**
     * The language and region that write the month first: English of the United States. Its pages are the only
     * month-first pages the date pages hold ({@code Published 09/04/2019 8:15 AM ET} under {@code <html lang="en-US">});
     * a British, Indonesian or German page writes the day first, and so does Spanish written in the United States.
     */
    private static final String MONTH_FIRST_LANGUAGE = "en";
    private static final String MONTH_FIRST_REGION = "us";

    /**
     * The order the declared language tags give ({@code en-US}, {@code en_US}, {@code id}), in the page's order of
     * trust: the first tag of another language, or of English with its region, decides; English without a region
     * ({@code <html lang="en">}) leaves it to the next tag ({@code og:locale} {@code en_US}). Null and blank tags
     * are skipped; with none deciding, the day comes first.
     */
    static NumericDateOrder declaredBy(String... languageTags) {
        for (String tag : languageTags) {
            if (tag == null || tag.isBlank()) {
                continue;
            }
            // Content-Language may list several ("en-US, es"): the first is the page's
            String first = tag.strip().toLowerCase(Locale.ROOT).split("[,;\\s]", 2)[0];
            String[] parts = first.split("[-_]");
            if (!parts[0].equals(MONTH_FIRST_LANGUAGE)) {
                return DAY_FIRST;
            }
            if (parts.length > 1) {
                return parts[1].equals(MONTH_FIRST_REGION) ? MONTH_FIRST : DAY_FIRST;
            }
        }
        return DAY_FIRST;
    }
}
