package id.kabar.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What the class names and ids of a page's elements say: furniture ({@code sidebar}, {@code related}) or
 * text ({@code post-content}). A page repeats a few dozen class names over thousands of elements, so each
 * distinct name is matched once and remembered; one instance serves one page.
 */
final class ClassHints {
    private static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|ai2html|banner|breadcrumb|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
            + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"
            + "|baca-?juga|terkait|terpopuler|populer|rekomendasi|komentar|newsletter|topik");
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow|detail|read|isi");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page|post"
            + "|text|blog|story|detail|read|isi|konten|artikel|berita|txt");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment"
            + "|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar"
            + "|skyscraper|sponsor|shopping|tags|widget|baca-?juga|terkait|populer|rekomendasi|iklan|komentar|bagikan"
            + "|topik|breadcrumb|caption|byline|author|newsletter|subscribe|recommend|about-?us|tentang-kami|signup|sign-up|opt-?in|mailchimp|mc4wp");
    /** What a class or id saying furniture ({@code sidebar}) or article ({@code post-content}) weighs, either way. */
    static final int WEIGHT = 25;

    private final Map<String, Integer> weights = new HashMap<>();
    private final Map<String, Boolean> unlikely = new HashMap<>();

    /** {@link #WEIGHT} down for each of class and id that names furniture, up for each that names text. */
    int weight(Element el) {
        if (el.attributesSize() == 0) {
            return 0;
        }
        return hintWeight(el.className()) + hintWeight(el.id());
    }

    /**
     * Class or id name furniture and nothing that might be the text's wrapper ({@code sidebar}, not
     * {@code sidebar-article}); a link, an article, a main element or a table is never unlikely.
     */
    boolean isUnlikely(Element el) {
        String tag = el.normalName();
        if (el.attributesSize() == 0 || tag.equals("a") || tag.equals("article") || tag.equals("main") || tag.equals("table")) {
            return false;
        }
        String hints = el.className() + " " + el.id();
        if (hints.isBlank()) {
            return false;
        }
        return unlikely.computeIfAbsent(hints, h -> UNLIKELY.matcher(h).find() && !MAYBE.matcher(h).find());
    }

    private int hintWeight(String hint) {
        if (hint.isBlank()) {
            return 0;
        }
        return weights.computeIfAbsent(hint, h -> (NEGATIVE.matcher(h).find() ? -WEIGHT : 0) + (POSITIVE.matcher(h).find() ? WEIGHT : 0));
    }
}
