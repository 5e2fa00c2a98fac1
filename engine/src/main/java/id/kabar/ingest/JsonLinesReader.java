package id.kabar.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.kabar.model.Rejection;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import id.kabar.model.SourceHints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines, one article per line: {@code id}, {@code url}, {@code title}, {@code published},
 * {@code outlet}, {@code authors} and the page as {@code text} or {@code html}. What a line states travels as
 * {@link SourceHints}, which the contract trusts over inference. A bad line is rejected as
 * {@code file.jsonl:LINE} and the lines after it are still read.
 */
final class JsonLinesReader implements ContainerReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The fields a line is read from, as a rejection names them so a feed's fields can be renamed to fit. */
    private static final String READ_FIELDS = "text or html, and id, url, title, published, outlet, authors";
    /** Field names a rejection lists: enough to recognise a feed's layout, bounded on a line of thousands. */
    private static final int FIELDS_SHOWN = 12;

    private final IngestLimits limits;

    JsonLinesReader(IngestLimits limits) {
        this.limits = limits;
    }

    /** Whether the text is exactly one JSON object. */
    static boolean isJsonObject(String text) {
        try {
            return JSON.readTree(text).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    @Override
    public void read(InputFile file, OpenedInput input, IngestSink sink) throws IOException {
        ByteInput lines = new ByteInput(input.stream());
        int number = 0;
        try {
            for (ByteInput.Line line; (line = lines.readLine(limits.maxPageBytes())) != null; ) {
                number++;
                readLine(line, file.id() + ":" + number, sink);
            }
        } catch (RejectedInputException damage) {
            throw new RejectedInputException(damage.getMessage() + " (read " + number + " lines)", damage);
        }
    }

    private void readLine(ByteInput.Line line, String lineId, IngestSink sink) {
        if (!line.complete()) {
            sink.reject(new Rejection(lineId, "line too large: over the "
                    + IngestLimits.describeSize(limits.maxPageBytes()) + " limit"));
            return;
        }
        // JSON text is UTF-8 (RFC 8259); malformed bytes become U+FFFD rather than losing the line.
        String text = new String(line.bytes(), StandardCharsets.UTF_8);
        if (line.offset() == 0 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            sink.reject(new Rejection(lineId, "not JSON: " + e.getOriginalMessage()));
            return;
        }
        if (!node.isObject()) {
            sink.reject(new Rejection(lineId, "not a JSON object"));
            return;
        }
        String url = field(node, "url");
        String stated = field(node, "id");
        String id = stated != null ? stated : url != null ? url : lineId;
        String body = field(node, "text");
        String html = field(node, "html");
        if (body == null && html == null) {
            sink.reject(new Rejection(id, "no text or html field (reads " + READ_FIELDS + "; the line has "
                    + fieldsOf(node) + ")"));
            return;
        }
        // A line's own text is its article text, trusted as it is; html is a page still to be extracted.
        SourceFormat format = body != null ? SourceFormat.TEXT : SourceFormat.HTML;
        SourceHints hints = new SourceHints(field(node, "title"), field(node, "published"), field(node, "outlet"),
                authors(node));
        sink.accept(new SourceDocument(id, format, body != null ? body : html, url, hints));
    }

    /** A scalar field as text, or null when it is missing, null, blank or not a scalar. */
    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** The line's own field names, the first {@link #FIELDS_SHOWN} of them. */
    private static String fieldsOf(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        String shown = names.isEmpty() ? "no fields" : String.join(", ", names.subList(0, Math.min(names.size(), FIELDS_SHOWN)));
        return names.size() > FIELDS_SHOWN ? shown + ", ..." : shown;
    }

    /** {@code authors} as an array of names or one name; {@code author} as a fallback. */
    private static List<String> authors(JsonNode node) {
        JsonNode value = node.has("authors") ? node.get("authors") : node.get("author");
        List<String> names = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(name -> {
                if (name.isTextual() && !name.asText().isBlank()) {
                    names.add(name.asText().strip());
                }
            });
        } else if (value != null && value.isTextual() && !value.asText().isBlank()) {
            names.add(value.asText().strip());
        }
        return names;
    }
}
