package id.kabar.bench.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One read pair of the event dev set.
 *
 * @param pair    the pair's number in the candidates file
 * @param first   the earlier article's IndoSum id
 * @param second  the later article's IndoSum id
 * @param label   what the reader decided
 * @param reason  a few words saying why
 */
public record LabelledPair(int pair, String first, String second, PairLabel label, String reason) {

    /**
     * Pairs from a TSV of {@code pair, first, second, label, reason}; lines starting with '#' and the
     * header line are skipped.
     *
     * @throws IOException naming the line of a row that does not parse
     */
    public static List<LabelledPair> read(Path tsv) throws IOException {
        List<LabelledPair> out = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("pair\t")) {
                continue;
            }
            String[] f = line.split("\t", 5);
            try {
                out.add(new LabelledPair(Integer.parseInt(f[0].strip()), f[1].strip(), f[2].strip(),
                        PairLabel.valueOf(f[3].strip()), f.length > 4 ? f[4].strip() : ""));
            } catch (RuntimeException e) {
                throw new IOException(tsv.getFileName() + ":" + lineNumber + ": not pair, first, second, label, reason: "
                        + line, e);
            }
        }
        return out;
    }

    /**
     * The fixed held-out third, drawn from the two ids (not the pair number, which changes when more
     * candidates are drawn): rules are tuned on the other two thirds and checked on this one.
     */
    public boolean heldOut() {
        return Math.floorMod((first + "\t" + second).hashCode(), 3) == 0;
    }
}
