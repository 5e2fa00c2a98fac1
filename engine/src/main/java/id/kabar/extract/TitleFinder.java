package id.kabar.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headline: from what an HTML page declares (JSON-LD, og:title, the title element, h1), with the
 * site's name cut off; on a scraped text page, the headline-like line closest above the article, a line
 * that a breadcrumb repeats winning over the rest.
 */
final class TitleFinder {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—»/\\\\:]{1,2}\\s+");
    private static final Pattern HIERARCHY = Pattern.compile("\\s+[|\\-–—»\\\\/>]\\s+");
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 30;

    private final BoilerplateLineClassifier classifier = new BoilerplateLineClassifier();

    Optional<String> find(PageReading page, String siteName, String url) {
        for (String declared : page.metadata().titles()) {
            String title = withoutSiteName(LineShape.tidy(declared), siteName, url);
            if (!title.isEmpty()) {
                return Optional.of(title);
            }
        }
        return fromLines(page);
    }

    private Optional<String> fromLines(PageReading page) {
        List<String> before = page.before();
        TokenBag lead = TokenBag.of(String.join(" ", page.paragraphs().subList(0, Math.min(3, page.paragraphs().size()))));
        String closest = null;
        for (int i = before.size() - 1; i >= 0; i--) {
            String line = before.get(i);
            int words = LineShape.words(line);
            if (words < MIN_WORDS || words > MAX_WORDS || classifier.classify(line) != LineKind.HEADLINE
                    || TokenBag.of(line).containedIn(lead) >= ArticleBodyCleaner.COPY_SHARE) {
                continue;
            }
            if (isRepeated(before, i)) {
                return Optional.of(line);
            }
            if (closest == null) {
                closest = line;
            }
        }
        return Optional.ofNullable(closest);
    }

    /** A breadcrumb or a second copy of the line elsewhere in the header marks it as the headline. */
    private static boolean isRepeated(List<String> lines, int index) {
        String line = lines.get(index);
        for (int j = 0; j < lines.size(); j++) {
            if (j != index && (lines.get(j).equals(line) || lines.get(j).endsWith(" " + line))) {
                return true;
            }
        }
        return false;
    }

    /** Cuts the site's name from a declared title ({@code Judul Berita - Kompas.com}). */
    static String withoutSiteName(String title, String siteName, String url) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (isSiteName(last, siteName, url)) {
            return title.substring(0, title.length() - last.length()).replaceAll("[\\s|\\-–—»/\\\\:]+$", "");
        }
        if (isSiteName(first, siteName, url)) {
            return title.substring(first.length()).replaceAll("^[\\s|\\-–—»/\\\\:]+", "");
        }
        return title;
    }

    /**
     * The headline inside a title element, which sites pad with their name and sections
     * ({@code Judul | Rubrik | Situs}): the part before the last separator when it reads as a headline,
     * else the part after the first; a heading on the page that repeats the whole title keeps it whole.
     */
    static String fromTitleElement(String title, List<String> headings) {
        String whole = LineShape.tidy(title);
        Matcher m = HIERARCHY.matcher(whole);
        int lastStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            if (firstEnd < 0) {
                firstEnd = m.end();
            }
        }
        if (lastStart < 0) {
            return whole;
        }
        String head = whole.substring(0, lastStart).strip();
        if (LineShape.words(head) >= MIN_WORDS) {
            return head;
        }
        String tail = whole.substring(firstEnd).strip();
        return LineShape.words(tail) >= MIN_WORDS && headings.stream().noneMatch(h -> LineShape.tidy(h).equals(whole)) ? tail : whole;
    }

    private static boolean isSiteName(String part, String siteName, String url) {
        String stem = OutletNames.stem(part);
        if (stem.isEmpty()) {
            return false;
        }
        if (siteName != null && (stem.equals(OutletNames.stem(siteName)) || part.equalsIgnoreCase(siteName.strip()))) {
            return true;
        }
        return OutletNames.isDomainLike(part.strip())
                || OutletNames.fromUrl(url).map(d -> OutletNames.stem(d).equals(stem)).orElse(false);
    }
}
