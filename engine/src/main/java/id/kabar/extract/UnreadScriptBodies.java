package id.kabar.extract;

import java.util.Locale;

/**
 * Takes out of a page's markup, before it is parsed, the bodies of the scripts and style sheets no reader of the page
 * looks into: the parser reads a script's body character by character into a string of its own, a sixth of its work on
 * pages whose trackers and frameworks are inlined, for text that is then thrown away. Kept whole: JSON-LD blocks and any
 * script naming the key the metadata reader searches page scripts for ({@code datePublished}), and a body the parser might end elsewhere than at its first
 * closing tag (one holding {@code <!--}, where an escaped {@code <script>} nests). The tags themselves stay, empty, so
 * the page's elements stand where they stood. Comments, titles and text areas are passed over whole: a {@code <script>}
 * written inside them is text, not a script. One pass over the markup, each character looked at a bounded number of
 * times.
 */
final class UnreadScriptBodies {
    private static final String JSON_LD = "ld+json";
    private static final String[] RAW_TEXT_TAGS = {"script", "style"};
    /** Elements whose content the parser reads as text up to their closing tag, where a script's tag is no tag. */
    private static final String[] TEXT_TAGS = {"title", "textarea"};

    private UnreadScriptBodies() {
    }

    static String removeFrom(String html) {
        StringBuilder out = null;
        int copied = 0;
        int i = html.indexOf('<');
        while (i >= 0) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                if (end < 0) {
                    break;
                }
                i = html.indexOf('<', end + 3);
                continue;
            }
            String textTag = tagAt(html, i, TEXT_TAGS);
            if (textTag != null) {
                int close = closingTag(html, textTag, i + 1 + textTag.length());
                if (close < 0) {
                    break;
                }
                i = html.indexOf('<', close + 2);
                continue;
            }
            String tag = tagAt(html, i, RAW_TEXT_TAGS);
            if (tag == null) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int bodyStart = html.indexOf('>', i) + 1;
            int close = bodyStart == 0 ? -1 : closingTag(html, tag, bodyStart);
            if (close < 0) {
                break;
            }
            if (bodyStart < close && !read(html, tag, i, bodyStart, close)) {
                if (out == null) {
                    out = new StringBuilder(html.length());
                }
                out.append(html, copied, bodyStart);
                copied = close;
            }
            i = html.indexOf('<', close + 2);
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /**
     * Whether a body is read or may be parsed otherwise: a script the metadata reader reads, one holding a comment's
     * opening, or an opening tag whose quotes do not pair (a {@code >} inside an attribute's value may have ended it early).
     */
    private static boolean read(String html, String tag, int tagStart, int bodyStart, int close) {
        String opening = html.substring(tagStart, bodyStart);
        if (count(opening, '"') % 2 != 0 || count(opening, '\'') % 2 != 0) {
            return true;
        }
        if (!tag.equals("script")) {
            return false;
        }
        if (opening.toLowerCase(Locale.ROOT).contains(JSON_LD)) {
            return true;
        }
        String body = html.substring(bodyStart, close);
        return body.contains(HtmlMetadataReader.SCRIPT_DATE_KEY) || body.contains("<!--");
    }

    /** The tag of {@code tags} opening at {@code at} ({@code <script}, {@code <SCRIPT type=...>}), or null. */
    private static String tagAt(String html, int at, String[] tags) {
        for (String tag : tags) {
            int end = at + 1 + tag.length();
            if (html.regionMatches(true, at + 1, tag, 0, tag.length()) && end < html.length() && endsName(html.charAt(end))) {
                return tag;
            }
        }
        return null;
    }

    /** Where the first closing tag of {@code tag} from {@code from} opens, as the parser ends a raw text there; -1 if none. */
    private static int closingTag(String html, String tag, int from) {
        int at = html.indexOf("</", from);
        while (at >= 0) {
            int end = at + 2 + tag.length();
            if (html.regionMatches(true, at + 2, tag, 0, tag.length()) && end < html.length() && endsName(html.charAt(end))) {
                return at;
            }
            at = html.indexOf("</", at + 2);
        }
        return -1;
    }

    private static boolean endsName(char c) {
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
