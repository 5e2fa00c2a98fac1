package id.kabar.bench.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads IndoSum JSONL folds: one article a line, its {@code paragraphs} a list of paragraphs, each a list of
 * sentences, each a list of tokens. The one reader every benchmark uses.
 */
public final class IndoSumCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndoSumCorpus() {
    }

    /**
     * Every article of the given files, in order; a folder stands for its {@code .jsonl} files by name. The
     * folds repeat some articles and the repeats are kept: a benchmark that needs unique ids drops them.
     *
     * @throws IOException naming the file and line of a line that is not an IndoSum article
     */
    public static List<IndoSumArticle> read(List<Path> filesOrFolders) throws IOException {
        List<IndoSumArticle> out = new ArrayList<>();
        for (Path file : expand(filesOrFolders)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int lineNumber = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lineNumber++;
                    if (!line.isBlank()) {
                        out.add(article(line, file.getFileName() + ":" + lineNumber));
                    }
                }
            }
        }
        return out;
    }

    /** Each article once, where it first appears: the folds repeat some, and a repeat would meet itself. */
    public static List<IndoSumArticle> distinct(List<IndoSumArticle> articles) {
        Map<String, IndoSumArticle> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.putIfAbsent(a.id(), a));
        return new ArrayList<>(byId.values());
    }

    private static IndoSumArticle article(String line, String place) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IOException(place + ": not a JSON line: " + e.getOriginalMessage(), e);
        }
        if (!node.path("paragraphs").isArray()) {
            throw new IOException(place + ": no \"paragraphs\" list");
        }
        List<List<List<String>>> paragraphs = new ArrayList<>();
        for (JsonNode paragraph : node.path("paragraphs")) {
            List<List<String>> sentences = new ArrayList<>();
            for (JsonNode sentence : paragraph) {
                List<String> tokens = new ArrayList<>();
                sentence.forEach(token -> tokens.add(token.asText()));
                sentences.add(List.copyOf(tokens));
            }
            paragraphs.add(List.copyOf(sentences));
        }
        return new IndoSumArticle(node.path("id").asText(place), node.path("source").asText(null),
                node.path("source_url").asText(null), paragraphs);
    }

    /**
     * Writes {@code articles} as the text input {@code analyze} reads, one JSON line each: {@code id}, {@code url}
     * and the readable {@link IndoSumArticle#text()}, nothing stated about the date, as held-out news comes.
     */
    public static void writeText(List<IndoSumArticle> articles, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (IndoSumArticle a : articles) {
                ObjectNode line = JSON.createObjectNode();
                line.put("id", a.id());
                line.put("url", a.sourceUrl());
                line.put("text", a.text());
                out.write(JSON.writeValueAsString(line));
                out.newLine();
            }
        }
    }

    private static List<Path> expand(List<Path> filesOrFolders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> s = Files.list(path)) {
                    files.addAll(s.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList());
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
