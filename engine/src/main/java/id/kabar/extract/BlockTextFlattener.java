package id.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a DOM subtree into the lines a reader sees: one line per block element (paragraph, heading, list
 * item, table row, line break), inline text run together. A table row is one line with its cells side by
 * side, set apart by {@value #CELL_SEPARATOR}, so a figure in a cell stays next to the label it belongs to and
 * a cell of two words stays one cell ({@code Cabai rawit | 90.000}). Iterative, like every walk over the tree.
 */
final class BlockTextFlattener {
    private static final Set<String> LINE_BREAKING = Set.of("address", "article", "aside", "blockquote", "br", "dd", "details",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul", "caption", "center", "title", "option", "body", "html");
    /** Table cells: their text is kept apart from the next cell's, on the row's line. */
    private static final Set<String> CELLS = Set.of("td", "th");
    /** What stands between two cells of a row on its line; an empty cell adds none. */
    static final String CELL_SEPARATOR = " | ";
    /** Room for a long paragraph, so that the line's buffer seldom grows. */
    private static final int LINE_CAPACITY = 2048;
    private static final Set<String> SILENT = Set.of("script", "style", "noscript", "template", "head", "svg", "math",
            "select", "textarea", "button");

    List<String> lines(List<Element> roots) {
        return lines(roots, Set.of());
    }

    /** The lines of {@code roots}, leaving out the subtrees of {@code excluded} elements. */
    List<String> lines(List<Element> roots, Set<Element> excluded) {
        List<String> lines = new ArrayList<>();
        LineShape.TidyLine line = new LineShape.TidyLine(LINE_CAPACITY);
        for (Element root : roots) {
            NodeTraversor.filter(new NodeFilter() {
                int silentDepth;
                // a cell opened after text on the row's line: the separator goes before its first text
                boolean cellOpened;

                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof Element el && excluded.contains(el)) {
                        flush(line, lines);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (node instanceof TextNode text) {
                        if (silentDepth == 0) {
                            if (cellOpened && !text.isBlank()) {
                                line.append(CELL_SEPARATOR);
                                cellOpened = false;
                            }
                            line.append(text.getWholeText());
                        }
                    } else if (node instanceof Element el) {
                        if (SILENT.contains(el.normalName())) {
                            silentDepth++;
                        } else if (el.normalName().equals("br")) {
                            cellOpened = false;
                            breakLine(el, line, lines);
                        } else if (LINE_BREAKING.contains(el.normalName())) {
                            cellOpened = false;
                            flush(line, lines);
                        } else if (CELLS.contains(el.normalName())) {
                            cellOpened = !line.isEmpty();
                            line.append(' ');
                        }
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element el) {
                        if (SILENT.contains(el.normalName())) {
                            silentDepth--;
                        } else if (LINE_BREAKING.contains(el.normalName()) && !el.normalName().equals("br")) {
                            cellOpened = false;
                            flush(line, lines);
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            }, root);
            flush(line, lines);
        }
        return lines;
    }

    /** Two line breaks in a row part paragraphs; a single one only wraps a line inside a paragraph. */
    private static void breakLine(Element br, LineShape.TidyLine line, List<String> lines) {
        if (isBr(neighbour(br, true)) || isBr(neighbour(br, false))) {
            flush(line, lines);
        } else {
            line.append(' ');
        }
    }

    /** The sibling next to {@code node} (or before it), white space skipped. */
    static Node neighbour(Node node, boolean next) {
        Node n = next ? node.nextSibling() : node.previousSibling();
        while (n instanceof TextNode t && t.isBlank()) {
            n = next ? n.nextSibling() : n.previousSibling();
        }
        return n;
    }

    static boolean isBr(Node node) {
        return node instanceof Element el && el.normalName().equals("br");
    }

    private static void flush(LineShape.TidyLine line, List<String> lines) {
        String text = line.take();
        if (!text.isEmpty()) {
            lines.add(text);
        }
    }
}
