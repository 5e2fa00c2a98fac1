package id.kabar.extract;

import id.kabar.lang.CommentBlockMarks;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * What the class names and ids of a page's elements say: furniture ({@code sidebar}, {@code related}) or
 * text ({@code post-content}). A page repeats a few dozen class names over thousands of elements, so each
 * distinct name is matched once and remembered; one instance serves one page.
 * <p>
 * The hints are fragments looked for anywhere in the name, ignoring the case of ASCII letters. They are
 * searched as plain substrings of the name lowered once, not as one regular expression: an alternation of
 * forty words tried at every offset of every distinct name was a tenth of the stage's time.
 */
final class ClassHints {
    /** Readers' comments, named in many languages ({@code comentarios}, {@code kommentare}): never the article's text. */
    private static final List<String> COMMENT_BLOCK_MARKS = CommentBlockMarks.all();
    private static final Fragments UNLIKELY = Fragments.of("-ad-|ai2html|banner|breadcrumb|combx|community"
            + "|cover-wrap|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
            + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"
            + "|bacajuga|baca-juga|terkait|terpopuler|populer|rekomendasi|newsletter|topik").and(COMMENT_BLOCK_MARKS);
    private static final Fragments MAYBE = Fragments.of("and|article|body|column|content|main|shadow|detail|read|isi");
    private static final Fragments POSITIVE = Fragments.of("article|body|content|entry|hentry|h-entry|main|page|post"
            + "|text|blog|story|detail|read|isi|konten|artikel|berita|txt");
    private static final Fragments NEGATIVE = Fragments.of("-ad-|hidden|banner|combx"
            + "|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar"
            + "|skyscraper|sponsor|shopping|tags|widget|bacajuga|baca-juga|terkait|populer|rekomendasi|iklan|bagikan"
            + "|topik|breadcrumb|caption|byline|author|newsletter|subscribe|recommend|aboutus|about-us|tentang-kami|signup"
            + "|sign-up|optin|opt-in|mailchimp|mc4wp").and(COMMENT_BLOCK_MARKS);
    /** Bootstrap's {@code hid} (hidden) class is too short a fragment to look for inside other words: a whole name only. */
    private static final String HIDDEN_CLASS = "hid";
    /** What a class or id saying furniture ({@code sidebar}) or article ({@code post-content}) weighs, either way. */
    static final int WEIGHT = 25;

    private final Map<String, Integer> weights = new HashMap<>();
    private final Map<String, Boolean> unlikely = new HashMap<>();
    private final Map<String, Boolean> unlikelyByClass = new HashMap<>();

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
        String className = el.className();
        String id = el.id();
        if (id.isEmpty()) {
            // most elements have a class and no id: their class name, whose hash the string keeps, is the key
            return !className.isBlank() && unlikelyByClass.computeIfAbsent(className, c -> isUnlikely(c + " "));
        }
        String hints = className + " " + id;
        return !hints.isBlank() && unlikely.computeIfAbsent(hints, ClassHints::isUnlikely);
    }

    private static boolean isUnlikely(String hints) {
        String lowered = asciiLower(hints);
        return UNLIKELY.foundIn(lowered) && !MAYBE.foundIn(lowered);
    }

    private int hintWeight(String hint) {
        if (hint.isBlank()) {
            return 0;
        }
        return weights.computeIfAbsent(hint, h -> {
            String lowered = asciiLower(h);
            boolean negative = NEGATIVE.foundIn(lowered) || hasName(lowered, HIDDEN_CLASS);
            return (negative ? -WEIGHT : 0) + (POSITIVE.foundIn(lowered) ? WEIGHT : 0);
        });
    }

    /** Whether one of the space-separated names is {@code name}. */
    private static boolean hasName(String names, String name) {
        for (int at = names.indexOf(name); at >= 0; at = names.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || names.charAt(at - 1) == ' ') && (end == names.length() || names.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** ASCII letters lowered, the rest as it is: the hints are ASCII, and a class name's other letters never match them. */
    private static String asciiLower(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? s : new String(chars);
    }

    /** Lower-case fragments, any of which found in a lowered name is a hit. */
    private record Fragments(String[] words) {
        static Fragments of(String alternatives) {
            return new Fragments(alternatives.split("\\|"));
        }

        /** These fragments and the entries of a word list. */
        Fragments and(List<String> more) {
            return new Fragments(Stream.concat(Arrays.stream(words), more.stream()).toArray(String[]::new));
        }

        boolean foundIn(String lowered) {
            for (String w : words) {
                if (lowered.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }
}
