package id.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.EntityType;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import id.kabar.store.SeedCorpus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web pages in a real (headless) Chromium against a server on the seeds: the reader's path
 * from the front page to a story, a search and an article's evidence view, and hostile page text
 * shown as text. Uses Debian's chromium and chromedriver; never downloads a browser.
 */
class BrowserTest {
    private static final String HOSTILE_ID = "hostile/komentar.html";
    /** Browsers drop the newline and run the rest as {@code javascript:}. */
    private static final String HOSTILE_URL = "javascript\n:window.__injected = 3; alert(document.domain)";
    private static final String HOSTILE_BODY = "Warga menulis <script>window.__injected = 1; alert('x')</script> di kolom komentar."
            + "\n\nLalu ada <img src=x onerror=\"window.__injected = 2; alert('y')\"> yang ikut tersalin.";

    @RegisterExtension
    static final ServedStore served = ServedStore.filledWith(store -> {
        SeedCorpus.load().storeInto(store);
        int quoteStart = HOSTILE_BODY.indexOf("<script>");
        store.put(new AnnotatedArticle(new Article(HOSTILE_ID, HOSTILE_URL, "id", "Forum <b>Warga</b>",
                "Judul <script>alert('t')</script>", LocalDate.of(2024, 5, 2), null, List.of(), null, HOSTILE_BODY),
                new Annotations(List.of(), List.of(new Quote(HOSTILE_BODY.substring(quoteStart, HOSTILE_BODY.indexOf(" di kolom")),
                        QuoteKind.DIRECT, "<img src=x onerror=alert(1)>", EntityType.OTHER, "menulis", quoteStart,
                        HOSTILE_BODY.indexOf(" di kolom"))), List.of(), List.of())), 1);
        store.commit(new byte[0], null);
    });
    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.on(served, new Dimension(1280, 1000));
    static WebDriver browser;

    @BeforeAll
    static void browser() {
        browser = chromium.browser();
    }

    @Test
    void fromTheFrontPageToAStoryASearchAndTheEvidenceOfAQuote() {
        browser.get(chromium.url("/"));
        browser.findElement(By.linkText("Perundingan Rusia-Ukraina")).click();
        chromium.waitUpTo().until(ExpectedConditions.urlContains("/story"));
        // the timeline is drawn by the self-hosted chart library under the page's policy, its events listed below
        chromium.waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart canvas")));
        assertThat(browser.findElements(By.cssSelector("ol.events > li"))).hasSize(4);
        assertThat(browser.findElement(By.cssSelector(".chart-caption a")).getAttribute("href")).contains("#event-");
        assertThat(browser.findElement(By.cssSelector(".coverage.missing")).getText()).contains("Forum <b>Warga</b>");
        assertThat(browser.findElements(By.cssSelector(".quote-group"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".claim-group .kind")).getText()).contains("berbeda");

        WebElement box = browser.findElement(By.cssSelector("form.find input[name=q]"));
        box.sendKeys("Peskov");
        box.submit();
        chromium.waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
        assertThat(browser.findElement(By.cssSelector(".hit .snippet b")).getText()).isEqualTo("Peskov");
        assertThat(browser.findElement(By.cssSelector(".facet")).getText()).contains("Dmitry Peskov");

        browser.findElement(By.linkText("Kremlin: Terlalu Cepat Menilai Pembicaraan dengan Ukraina")).click();
        chromium.waitUpTo().until(ExpectedConditions.urlContains("/article"));
        WebElement quote = browser.findElements(By.cssSelector(".body mark.quote")).stream()
                .filter(m -> m.getText().contains("telah diberitahu tentang pembicaraan")).findFirst().orElseThrow();
        assertThat(quote.getAttribute("data-fact")).contains("Dmitry Peskov");
        quote.click();
        WebElement fact = browser.findElement(By.id("fact"));
        chromium.waitUpTo().until(ExpectedConditions.visibilityOf(fact));
        assertThat(fact.getText()).contains("Dmitry Peskov");
    }

    @Test
    void theSearchChartNamesOutletsAsTextAndTheDirectoryLinksToPeople() {
        browser.get(chromium.url("/search?q=warga"));
        chromium.waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-days canvas")));
        assertThat(browser.findElement(By.cssSelector("#chart-days .u-legend")).getText()).contains("Forum <b>Warga</b>");
        assertThat(browser.findElements(By.cssSelector("#chart-days b"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__injected === undefined")).isEqualTo(true);

        browser.get(chromium.url("/people?prefix=dmitry"));
        browser.findElement(By.linkText("Dmitry Peskov")).click();
        chromium.waitUpTo().until(ExpectedConditions.urlContains("/person"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Dmitry Peskov");
    }

    @Test
    void theInterfaceSwitchesToEnglish() {
        browser.get(chromium.url("/story?id=S1"));
        browser.findElement(By.cssSelector("a.lang")).click();
        chromium.waitUpTo().until(ExpectedConditions.urlContains("lang=en"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Timeline of events");
    }

    @Test
    void scriptsAndImagesInPageTextAreShownAsTextNotRun() {
        browser.get(chromium.url("/article?id=" + HOSTILE_ID));
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        Object injected = ((JavascriptExecutor) browser).executeScript("return window.__injected === undefined");
        assertThat(injected).isEqualTo(true);
        WebElement body = browser.findElement(By.cssSelector(".body"));
        assertThat(body.findElements(By.tagName("img"))).isEmpty();
        assertThat(body.findElements(By.tagName("script"))).isEmpty();
        assertThat(body.getText()).contains("<script>window.__injected = 1; alert('x')</script>")
                .contains("<img src=x onerror=\"window.__injected = 2; alert('y')\">");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Judul <script>alert('t')</script>");
        assertThat(browser.findElements(By.cssSelector("main b"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("main a"))).extracting(a -> a.getAttribute("href"))
                .allMatch(href -> href.startsWith("http://127.0.0.1:"));
        assertThat(browser.findElement(By.cssSelector("p.meta")).getText()).contains("javascript :window.__injected = 3");
        assertThat(browser.findElement(By.cssSelector(".body mark.quote")).getAttribute("data-fact"))
                .contains("<img src=x onerror=alert(1)>");
    }
}
