package id.kabar.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium and chromium-driver, headless, for the browser tests; never a downloaded browser. Without them
 * a test is skipped on a developer's machine, but never in CI, which installs them. Registered as
 * {@code @RegisterExtension static final HeadlessChromium chromium = HeadlessChromium.on(served, size)}, it starts
 * before the first test of its class and quits after the last.
 */
final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** The desktop width of the screenshots in {@code docs/screenshots/}. */
    static final Dimension DESKTOP = new Dimension(1400, 1000);
    /** A phone's width (an iPhone 12-15's CSS pixels), to see the layout that narrow screens get. */
    static final Dimension PHONE = new Dimension(390, 844);

    private final ServedStore served;
    private final Dimension size;
    private Path profile;
    private WebDriver browser;

    private HeadlessChromium(ServedStore served, Dimension size) {
        this.served = served;
        this.size = size;
    }

    /** A browser at {@code size} on the pages of {@code served}. */
    static HeadlessChromium on(ServedStore served, Dimension size) {
        return new HeadlessChromium(served, size);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("kabar-chromium-");
        browser = start(profile, size);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (browser != null) {
            browser.quit();
        }
        ServedStore.deleteTree(profile);
    }

    WebDriver browser() {
        return browser;
    }

    /** The address of a page of the served store. */
    String url(String path) {
        return "http://127.0.0.1:" + served.server().port() + path;
    }

    WebDriverWait waitUpTo() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private static WebDriver start(Path profile, Dimension size) throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        Assumptions.assumeTrue(installed || System.getenv("CI") != null,
                "chromium and chromium-driver are not installed (they are in CI)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // the flags that keep a headless Chromium from reaching out to Google's hosts on a closed network
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + size.width + "," + size.height,
                "--user-data-dir=" + Files.createDirectories(profile.resolve("chromium")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Screenshots of the page shown, at the desktop width and at a phone's, into {@code dir} as {@code NAME.png}
     * and {@code NAME-phone.png}; the window is left at the desktop size.
     */
    static void screenshots(WebDriver browser, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        browser.manage().window().setSize(DESKTOP);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(PHONE);
        Files.write(dir.resolve(name + "-phone.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(DESKTOP);
    }
}
