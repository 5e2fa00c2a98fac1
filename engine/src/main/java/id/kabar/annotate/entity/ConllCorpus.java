package id.kabar.annotate.entity;

import id.kabar.lang.Whitespace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style files: one token per line with its tag in the last column (tab- or space-separated),
 * a blank line between sentences. Tags of other types than people, organisations and places read as O.
 */
public final class ConllCorpus {
    private ConllCorpus() {
    }

    public static List<TaggedSentence> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    static List<TaggedSentence> read(BufferedReader in, String source) throws IOException {
        List<TaggedSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<BioTag> tags = new ArrayList<>();
        int lineNo = 0;
        for (String line = in.readLine(); ; line = in.readLine()) {
            lineNo++;
            if (line == null || line.isBlank()) {
                if (!tokens.isEmpty()) {
                    out.add(new TaggedSentence(tokens.toArray(String[]::new), tags.toArray(BioTag[]::new)));
                    tokens.clear();
                    tags.clear();
                }
                if (line == null) {
                    return out;
                }
                continue;
            }
            if (lineNo == 1 && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            String[] cols = line.indexOf('\t') >= 0 ? line.split("\t") : Whitespace.split(line.trim());
            if (cols[0].isEmpty()) {
                throw new UncheckedIOException(new IOException(source + ":" + lineNo + ": line has no token"));
            }
            tokens.add(cols[0]);
            tags.add(cols.length > 1 ? BioTag.parse(cols[cols.length - 1]) : BioTag.O);
        }
    }
}
