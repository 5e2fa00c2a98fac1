package id.kabar.bench.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One read pair of the event dev set.
 *
 * @param pair    the pair's number in the candidates file
 * @param first   the earlier article's id
 * @param second  the later article's id
 * @param draw    how the pair was drawn: {@link #BLIND_DRAW}, or another name for a draw scored apart
 * @param label   what the reader decided
 * @param reason  a few words saying why
 */
public record LabelledPair(int pair, String first, String second, String draw, PairLabel label, String reason) {
    /** Drawn without the linker; a file without a draw column holds only these. */
    public static final String BLIND_DRAW = "blind";

    private static final List<String> REQUIRED = List.of("pair", "first", "second", "label");

    /**
     * Pairs from a TSV whose header line names its columns: {@code pair, first, second, label} and
     * optionally {@code draw}, then {@code reason} last (it may hold anything but a line break). Lines
     * starting with '#' are skipped.
     *
     * @throws IOException naming the line of a row that does not parse
     */
    public static List<LabelledPair> read(Path tsv) throws IOException {
        List<LabelledPair> out = new ArrayList<>();
        List<String> columns = null;
        int lineNumber = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (columns == null) {
                columns = Arrays.stream(line.split("\t")).map(String::strip).toList();
                if (!columns.containsAll(REQUIRED)) {
                    throw new IOException(tsv.getFileName() + ":" + lineNumber + ": header must name " + REQUIRED
                            + " (and optionally draw, reason): " + line);
                }
                continue;
            }
            String[] f = line.split("\t", columns.size());
            try {
                int draw = columns.indexOf("draw");
                int reason = columns.indexOf("reason");
                out.add(new LabelledPair(Integer.parseInt(field(f, columns, "pair")), field(f, columns, "first"),
                        field(f, columns, "second"), draw < 0 ? BLIND_DRAW : f[draw].strip(),
                        PairLabel.valueOf(field(f, columns, "label")),
                        reason < 0 || reason >= f.length ? "" : f[reason].strip()));
            } catch (RuntimeException e) {
                throw new IOException(tsv.getFileName() + ":" + lineNumber + ": not " + String.join(", ", columns)
                        + ": " + line, e);
            }
        }
        return out;
    }

    private static String field(String[] fields, List<String> columns, String name) {
        return fields[columns.indexOf(name)].strip();
    }

    /**
     * The fixed held-out third, drawn from the two ids (not the pair number, which changes when more
     * candidates are drawn): rules are tuned on the other two thirds and checked on this one.
     */
    public boolean heldOut() {
        return Math.floorMod((first + "\t" + second).hashCode(), 3) == 0;
    }
}
