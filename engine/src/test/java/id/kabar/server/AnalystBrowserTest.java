package id.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.kabar.pipeline.Analysis;
import id.kabar.pipeline.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An analyst's questions asked in a real (headless) Chromium of a store that the whole pipeline filled with the
 * seeds and 300 IndoSum articles of 2016-2017: where outlets disagree, what a person said under any of the names
 * the press writes him by, whose page that is, how much the press wrote on a subject day by day, and a list taken
 * out as CSV. Each page is photographed at a desktop and a phone width into {@code target/screenshots/} (the
 * pictures in {@code docs/screenshots/} are these).
 */
class AnalystBrowserTest {
    private static final List<String> SEEDS = List.of("000_86f43b5cfb7fa804.txt", "001_bb5c99d770ea7f4d.txt",
            "002_b460263d79ef5caa.txt", "003_55d644978c1cee49.txt", "004_7ddc2eaf4f871cd2.txt");
    /** The first 300 articles of IndoSum's dev fold 1 that name Setya Novanto or Jokowi, then the fold's first. */
    private static final String INDOSUM = "/indosum/dev01-excerpt.jsonl.gz";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final ServedStore served = ServedStore.filledWith(store -> {
        try {
            Path inputs = Files.createTempDirectory("kabar-analyst-");
            try {
                List<Path> files = new ArrayList<>();
                for (String name : SEEDS) {
                    files.add(copy("/seeds/" + name, inputs.resolve(name)));
                }
                files.add(copy(INDOSUM, inputs.resolve("indosum.jsonl.gz")));
                new Analysis().runInto(store, files, 64, ProgressListener.NONE);
            } finally {
                ServedStore.deleteTree(inputs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });
    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.on(served, HeadlessChromium.DESKTOP);
    static WebDriver browser;

    @BeforeAll
    static void browser() {
        browser = chromium.browser();
    }


    private static Path copy(String resource, Path to) throws IOException {
        try (InputStream in = AnalystBrowserTest.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
        return to;
    }

    /** Opens {@code page}, types {@code text} into its {@code field} and sends the form, as a reader does. */
    private static void submit(String page, By field, String text) {
        browser.get(chromium.url(page));
        WebElement input = browser.findElement(field);
        input.sendKeys(text);
        input.submit();
    }

    @Test
    void theFiguresPageFilteredToDisagreementsShowsOnlyDisagreements() throws IOException {
        browser.get(chromium.url("/figures"));
        new Select(browser.findElement(By.name("flag"))).selectByValue("disagreement");
        browser.findElement(By.cssSelector("form.filters-form button[type=submit]")).click();
        chromium.waitUpTo().until(ExpectedConditions.urlContains("flag=disagreement"));
        List<WebElement> flags = browser.findElements(By.cssSelector(".claim-group .kind"));
        // the seeds' tolls of the dead, 137 and 136, from different outlets
        assertThat(flags).isNotEmpty().allSatisfy(k -> assertThat(k.getAttribute("class")).contains("disagreement"));
        assertThat(browser.findElement(By.cssSelector(".claim-group table")).getText()).contains("137").contains("136");
        HeadlessChromium.screenshots(browser, SCREENSHOTS, "figures");
    }

    @Test
    void quotesSearchedByANicknameLeadToThePersonsPage() throws IOException {
        submit("/quotes", By.name("speaker"), "Jokowi");
        chromium.waitUpTo().until(ExpectedConditions.urlContains("speaker=Jokowi"));
        List<String> speakers = browser.findElements(By.cssSelector("main .card h3")).stream().map(WebElement::getText).toList();
        // IndoSum writes the president both ways; the quotes carry the full name the article merged them under
        assertThat(speakers).isNotEmpty().contains("Joko Widodo");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("naik kuda");
        HeadlessChromium.screenshots(browser, SCREENSHOTS, "quotes");

        browser.findElement(By.linkText("Joko Widodo")).click();
        chromium.waitUpTo().until(ExpectedConditions.urlContains("/person"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Joko Widodo");
        assertThat(browser.findElements(By.cssSelector("main .card blockquote.said"))).isNotEmpty();
        HeadlessChromium.screenshots(browser, SCREENSHOTS, "person");
    }

    @Test
    void aSearchShowsItsAttentionChartAndTheDirectoryMergesNames() throws IOException {
        submit("/", By.cssSelector("form.find input[name=q]"), "Novanto");
        chromium.waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-days canvas")));
        assertThat(browser.findElements(By.cssSelector(".hit"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".hit .snippet b")).getText()).containsIgnoringCase("Novanto");
        HeadlessChromium.screenshots(browser, SCREENSHOTS, "search");

        browser.get(chromium.url("/people?prefix=joko"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Joko Widodo").contains("Jokowi");
        HeadlessChromium.screenshots(browser, SCREENSHOTS, "people");
    }

    @Test
    void theQuotesOfAPersonDownloadAsCsvThatParses() throws Exception {
        browser.get(chromium.url("/quotes?speaker=Jokowi"));
        String csvLink = browser.findElement(By.cssSelector(".downloads a[href*='format=csv']")).getAttribute("href");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvLink)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-disposition").orElse("")).contains("attachment");
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.body())) {
            rows = it.readAll();
        }
        int total = new ObjectMapper().readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(chromium.url("/api/quotes?speaker=Jokowi"))).build(), HttpResponse.BodyHandlers.ofString()).body())
                .get("total").asInt();
        assertThat(rows).hasSize(total).isNotEmpty();
        assertThat(rows).extracting(r -> r.get("speaker")).contains("Joko Widodo");
        assertThat(rows.get(0)).containsKeys("article", "outlet", "published", "text", "start", "end");
    }
}
