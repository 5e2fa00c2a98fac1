package id.kabar.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * One page of Mozilla readability's test set: the source HTML, the expected article text (the text of
 * {@code expected.html}), the expected title and publication day ({@code expected-metadata.json}; the day as
 * written in its {@code publishedTime}, the page's own time zone, null where the set gives none) and the day of
 * the last change the page states ({@code modifiedTime}, null where the set gives none).
 */
public record ReadabilityPage(String name, String html, String goldText, String goldTitle, LocalDate goldPublished,
                              LocalDate goldModified) {
    /** The base URL readability's own tests give every page. */
    public static final String URL = "http://fakehost/test/page.html";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The day part of an ISO time, {@code 2018-04-05} of {@code 2018-04-05T06:00}. */
    private static final String ISO_DAY = "yyyy-mm-dd";

    /** Every sub-folder of {@code dir} holding a source.html and an expected.html, by name. */
    public static List<ReadabilityPage> load(Path dir) throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("source.html")) && Files.isRegularFile(p.resolve("expected.html")))
                    .sorted().toList();
        }
        List<ReadabilityPage> pages = new ArrayList<>();
        for (Path folder : folders) {
            String html = Files.readString(folder.resolve("source.html"), StandardCharsets.UTF_8);
            String gold = Jsoup.parse(Files.readString(folder.resolve("expected.html"), StandardCharsets.UTF_8)).text();
            String title = null;
            LocalDate published = null;
            LocalDate modified = null;
            Path metadata = folder.resolve("expected-metadata.json");
            if (Files.isRegularFile(metadata)) {
                JsonNode expected = JSON.readTree(metadata.toFile());
                title = text(expected.get("title"));
                published = day(text(expected.get("publishedTime")));
                modified = day(text(expected.get("modifiedTime")));
            }
            pages.add(new ReadabilityPage(folder.getFileName().toString(), html, gold, title, published, modified));
        }
        return pages;
    }

    private static LocalDate day(String time) {
        return time == null || time.length() < ISO_DAY.length() ? null : LocalDate.parse(time.substring(0, ISO_DAY.length()));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
