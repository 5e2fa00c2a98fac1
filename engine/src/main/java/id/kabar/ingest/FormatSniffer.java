package id.kabar.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a container format from its first bytes, for files whose extension is missing or wrong. Only
 * unmistakable openings count: a WARC version line, a feed root or an HTML element after the XML prolog, a JSON
 * object on the first line. Anything else is left to the extension.
 */
final class FormatSniffer {
    /** Elements a saved page or page fragment opens with; running text never starts with one. */
    private static final Pattern HTML_ELEMENT = Pattern.compile(
            "<(?:html|head|body|meta|title|link|script|style|div|p|article|section|main|header|nav|table|span"
                    + "|h[1-6])[\\s>/]");
    private FormatSniffer() {
    }

    static Optional<ContainerFormat> sniff(byte[] head) {
        if (startsWithAscii(head, "WARC/")) {
            return Optional.of(ContainerFormat.WARC);
        }
        String text = CharsetDetector.decode(head, head.length, null, true);
        String opening = afterProlog(text);
        if (opening.startsWith("<rss") || opening.startsWith("<feed") || opening.startsWith("<rdf:rdf")) {
            return Optional.of(ContainerFormat.FEED);
        }
        if (opening.startsWith("<!doctype html") || HTML_ELEMENT.matcher(opening).lookingAt()) {
            return Optional.of(ContainerFormat.HTML);
        }
        if (opening.startsWith("{") && firstLineIsJsonObject(text.stripLeading(), head.length)) {
            return Optional.of(ContainerFormat.JSONL);
        }
        return Optional.empty();
    }

    /** The lower-cased text after leading whitespace, XML declarations, processing instructions and comments. */
    private static String afterProlog(String text) {
        String rest = text.stripLeading();
        while (true) {
            String lower = rest.toLowerCase(Locale.ROOT);
            int end;
            if (lower.startsWith("<?")) {
                end = indexAfter(rest, "?>");
            } else if (lower.startsWith("<!--")) {
                end = indexAfter(rest, "-->");
            } else if (lower.startsWith("<!doctype") && !lower.startsWith("<!doctype html")) {
                // A feed may carry a DTD (RSS 0.91); only an HTML doctype says what the root is.
                end = indexAfter(rest, ">");
            } else {
                return lower;
            }
            if (end < 0) {
                return "";
            }
            rest = rest.substring(end).stripLeading();
        }
    }

    private static int indexAfter(String text, String marker) {
        int at = text.indexOf(marker);
        return at < 0 ? -1 : at + marker.length();
    }

    private static boolean firstLineIsJsonObject(String text, int headLength) {
        int newline = text.indexOf('\n');
        if (newline < 0 && headLength >= OpenedInput.HEAD_BYTES) {
            // The first line runs past the sniffed bytes; a key right after the brace is JSON enough.
            return text.startsWith("{\"");
        }
        String firstLine = newline < 0 ? text : text.substring(0, newline);
        return JsonLinesReader.isJsonObject(firstLine);
    }

    private static boolean startsWithAscii(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
