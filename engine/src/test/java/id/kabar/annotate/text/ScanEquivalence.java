package id.kabar.annotate.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.zip.GZIPInputStream;

/**
 * Checks that a {@link ScannedPattern} finds what {@link Matcher#find()} finds, sentence by sentence, on the
 * bodies of the IndoSum excerpt kept with the tests (300 articles, 0.7 MB of news text).
 */
public final class ScanEquivalence {
    private static final String EXCERPT = "/indosum/dev01-excerpt.jsonl.gz";

    private ScanEquivalence() {
    }

    /** The excerpt's article bodies. */
    public static List<String> bodies() {
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(ScanEquivalence.class.getResourceAsStream(EXCERPT)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode node = json.readTree(line);
                bodies.add(node.get("text").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bodies;
    }

    /** Asserts the same matches, groups included, in every sentence of every body; returns how many there were. */
    public static int assertSameMatches(ScannedPattern pattern, List<String> bodies) {
        TextSegmenter segmenter = new TextSegmenter();
        int found = 0;
        for (String body : bodies) {
            for (Sentence s : segmenter.segment(body).sentences()) {
                List<String> expected = new ArrayList<>();
                Matcher m = pattern.pattern().matcher(body).region(s.start(), s.end());
                m.useTransparentBounds(true);
                while (m.find()) {
                    expected.add(describe(m));
                }
                List<String> scanned = new ArrayList<>();
                ScannedPattern.Scan scan = pattern.scan(body, s.start(), s.end());
                while (scan.find()) {
                    scanned.add(describe(scan.matcher()));
                }
                assertThat(scanned).isEqualTo(expected);
                found += expected.size();
            }
        }
        return found;
    }

    private static String describe(Matcher m) {
        StringBuilder b = new StringBuilder();
        for (int g = 0; g <= m.groupCount(); g++) {
            b.append(m.start(g)).append('-').append(m.end(g)).append(' ');
        }
        return b.toString();
    }
}
