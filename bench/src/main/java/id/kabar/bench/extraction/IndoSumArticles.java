package id.kabar.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * IndoSum articles as plain-text pages: each line's {@code paragraphs} is a list of sentences, each a list
 * of tokens; tokens are joined by spaces and paragraphs by a blank line.
 */
public final class IndoSumArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndoSumArticles() {
    }

    public record Text(String id, String text) {
    }

    public static List<Text> load(List<Path> files) throws IOException {
        List<Text> texts = new ArrayList<>();
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node = JSON.readTree(line);
                    texts.add(new Text(node.path("id").asText(file + ":" + texts.size()), text(node.path("paragraphs"))));
                }
            }
        }
        return texts;
    }

    static String text(JsonNode paragraphs) {
        List<String> out = new ArrayList<>();
        for (JsonNode paragraph : paragraphs) {
            List<String> tokens = new ArrayList<>();
            for (JsonNode sentence : paragraph) {
                sentence.forEach(token -> tokens.add(token.asText()));
            }
            out.add(String.join(" ", tokens));
        }
        return String.join("\n\n", out);
    }
}
