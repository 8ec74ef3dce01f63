package dk.nextwork.webapp.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's chromium and chromedriver, headless, as browser tests use them; never a download. As a
 * JUnit extension ({@code @RegisterExtension final HeadlessChromium chromium = new HeadlessChromium("1200,900")})
 * it opens a fresh browser for each test and closes it afterwards.
 */
public final class HeadlessChromium implements BeforeEachCallback, AfterEachCallback {

    private final String windowSize;
    private WebDriver browser;

    public HeadlessChromium(String windowSize) {
        this.windowSize = windowSize;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        browser = open(windowSize);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
        }
    }

    public WebDriver browser() {
        return browser;
    }

    /**
     * A phone's screen: chromium's window cannot be narrower than 500 px, so a narrower viewport
     * is made by its device emulation ({@code "360x780"}).
     */
    public static HeadlessChromium phone(int width, int height) {
        return new HeadlessChromium(width + "x" + height);
    }

    public static WebDriver open(String windowSize) throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile");
        profile.toFile().deleteOnExit();
        ChromeOptions options = new ChromeOptions();
        if (windowSize.contains("x")) {
            String[] size = windowSize.split("x");
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics", java.util.Map.of(
                    "width", Integer.parseInt(size[0]), "height", Integer.parseInt(size[1]), "pixelRatio", 1.0)));
            windowSize = Integer.parseInt(size[0]) + "," + size[1];
        }
        options.setBinary("/usr/bin/chromium");
        // the console, to see what the pages' Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--window-size=" + windowSize, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** axe-core (WCAG 2.0–2.2 A and AA rules) finds no violation on the page as it is now. */
    public static void assertAccessible(WebDriver browser) {
        List<Rule> violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(browser).getViolations();
        assertEquals("", violations.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")), browser.getCurrentUrl());
    }

    /** Fails when the console says the page's Content-Security-Policy refused something (a script, a style, an image). */
    public static void assertNothingRefusedByThePolicy(WebDriver browser) {
        java.util.List<String> refused = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll()
                .stream().map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
        if (!refused.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy refused: " + refused);
        }
    }
}
