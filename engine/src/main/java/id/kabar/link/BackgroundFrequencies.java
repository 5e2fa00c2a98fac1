package id.kabar.link;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Document frequencies of stems and name words in a general collection of Indonesian news. They
 * act as a prior under the corpus' own counts: in a small corpus about one war, {@code Rusia} is
 * in every article, yet it still tells a war story from a football report.
 */
public final class BackgroundFrequencies {
    static final String RESOURCE = "/id/kabar/link/background-df.tsv.gz";
    /** Words seen in fewer articles than this are left out of the table: rare is the default. */
    static final int MIN_DF = 2;

    private static final BackgroundFrequencies BUNDLED = load();

    private final Map<String, Integer> counts;
    private final int documents;

    private BackgroundFrequencies(Map<String, Integer> counts, int documents) {
        this.counts = counts;
        this.documents = documents;
    }

    static BackgroundFrequencies bundled() {
        return BUNDLED;
    }

    int documents() {
        return documents;
    }

    /** Frequency of a stem, or of an entity key by its rarest word (a name is no commoner than its parts). */
    int frequency(String term) {
        int colon = term.startsWith("@") ? term.indexOf(':') : -1;
        if (colon < 0) {
            return counts.getOrDefault(term, 0);
        }
        int min = Integer.MAX_VALUE;
        for (String word : term.substring(colon + 1).split(" ")) {
            min = Math.min(min, counts.getOrDefault(word, 0));
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    /** Counts stems and folded name words of each text, once per text, and writes the table. */
    public static void write(Iterable<String> texts, OutputStream out) throws IOException {
        Map<String, Integer> df = new HashMap<>();
        int docs = 0;
        for (String text : texts) {
            docs++;
            Set<String> seen = new HashSet<>(TermAnalyzer.stems(text));
            for (String word : NameKeys.fold(text).split(" ")) {
                seen.add(word);
            }
            seen.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            w.write("#documents\t" + docs + "\n");
            for (Map.Entry<String, Integer> e : new TreeMap<>(df).entrySet()) {
                if (e.getValue() >= MIN_DF && !e.getKey().isEmpty()) {
                    w.write(e.getKey() + "\t" + e.getValue() + "\n");
                }
            }
        }
    }

    private static BackgroundFrequencies load() {
        try (InputStream raw = BackgroundFrequencies.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                return new BackgroundFrequencies(Map.of(), 0);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            Map<String, Integer> counts = new HashMap<>();
            int docs = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                int n = Integer.parseInt(line.substring(tab + 1));
                if (line.startsWith("#documents")) {
                    docs = n;
                } else {
                    counts.put(line.substring(0, tab), n);
                }
            }
            return new BackgroundFrequencies(counts, docs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
