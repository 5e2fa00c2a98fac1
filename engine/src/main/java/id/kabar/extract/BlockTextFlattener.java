package id.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a DOM subtree into the lines a reader sees: one line per block element (paragraph, heading, list
 * item, table cell, line break), inline text run together. Iterative, like every walk over the tree.
 */
final class BlockTextFlattener {
    private static final Set<String> LINE_BREAKING = Set.of("address", "article", "aside", "blockquote", "br", "dd", "details",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "td",
            "th", "ul", "caption", "center", "title", "option", "body", "html");
    private static final Set<String> SILENT = Set.of("script", "style", "noscript", "template", "head", "svg", "math",
            "select", "textarea", "button");

    List<String> lines(List<Element> roots) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Element root : roots) {
            NodeTraversor.traverse(new NodeVisitor() {
                int silentDepth;

                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode text) {
                        if (silentDepth == 0) {
                            line.append(text.getWholeText());
                        }
                    } else if (node instanceof Element el) {
                        if (SILENT.contains(el.normalName())) {
                            silentDepth++;
                        } else if (LINE_BREAKING.contains(el.normalName())) {
                            flush(line, lines);
                        }
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element el) {
                        if (SILENT.contains(el.normalName())) {
                            silentDepth--;
                        } else if (LINE_BREAKING.contains(el.normalName())) {
                            flush(line, lines);
                        }
                    }
                }
            }, root);
            flush(line, lines);
        }
        return lines;
    }

    private static void flush(StringBuilder line, List<String> lines) {
        if (line.isEmpty()) {
            return;
        }
        String text = LineShape.tidy(line.toString().replace('\n', ' '));
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
