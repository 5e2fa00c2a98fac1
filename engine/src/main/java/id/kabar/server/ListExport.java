package id.kabar.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.kabar.store.Position;
import id.kabar.store.Slice;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a whole list as CSV or JSON Lines, slice after slice, so an export of any length takes the memory of
 * one slice. Every row has the same columns, in the same order, in both formats.
 */
final class ListExport {
    private static final Logger LOG = LoggerFactory.getLogger(ListExport.class);
    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Text a spreadsheet would run as a formula when the file is opened (OWASP, "CSV injection"): scraped text
     * can start so, and such a cell is written with a leading apostrophe, which spreadsheets hide.
     */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r]");

    private ListExport() {
    }

    /**
     * Answers with every row of a list: {@code slices} gives the rows after a position (from the first when
     * null) and where the next slice starts. {@code name} names the downloaded file.
     */
    static void stream(Context ctx, String name, Listing listing, List<String> columns,
                       Function<Position, Slice<Map<String, Object>>> slices) {
        ctx.contentType(listing.format().mediaType);
        ctx.header("Content-Disposition", "attachment; filename=\"kabar-" + name + "." + listing.format().wire() + "\"");
        if (ctx.method() == HandlerType.HEAD) {
            return;
        }
        try (OutputStream out = ctx.outputStream(); SequenceWriter rows = writer(listing.format(), columns, out)) {
            Position after = listing.after();
            do {
                Slice<Map<String, Object>> slice = slices.apply(after);
                for (Map<String, Object> row : slice.items()) {
                    rows.write(listing.format() == ListFormat.CSV ? inert(row) : row);
                }
                after = slice.next();
            } while (after != null);
        } catch (EOFException clientGone) {
            // the reader closed the download (a cancelled save, a timed-out script): no fault, nobody to answer
            LOG.debug("export of {} ended by the client: {}", name, clientGone.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SequenceWriter writer(ListFormat format, List<String> columns, OutputStream out) throws IOException {
        if (format == ListFormat.CSV) {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            columns.forEach(schema::addColumn);
            return CSV.writer(schema.build()).writeValues(out);
        }
        return JSON.writer().withRootValueSeparator("\n").writeValues(out);
    }

    /**
     * The row as CSV cells: a list of names in one cell, joined by {@code "; "}, and every text cell that a
     * spreadsheet would take for a formula made plain text.
     */
    private static Map<String, Object> inert(Map<String, Object> row) {
        Map<String, Object> safe = new LinkedHashMap<>(row);
        safe.replaceAll((column, value) -> {
            Object cell = value instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList()) : value;
            return cell instanceof String s && FORMULA.matcher(s).find() ? "'" + s : cell;
        });
        return safe;
    }
}
