package dk.nextwork.webapp.testing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import dk.nextwork.platform.testing.Folders;

/**
 * Debian's chromium and chromedriver, headless, in a profile folder of its own that closing
 * deletes; never a download. The checks every browser test makes are here too.
 */
public final class HeadlessChromium implements AutoCloseable {

    private final WebDriver browser;
    private final Path profile;

    private HeadlessChromium(WebDriver browser, Path profile) {
        this.browser = browser;
        this.profile = profile;
    }

    /**
     * A browser whose window is {@code "1200,900"}, or a phone's screen such as {@code "360x780"}:
     * chromium's window cannot be narrower than 500 px, so a narrower viewport is made by its
     * device emulation.
     */
    public static HeadlessChromium open(String windowSize) throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        if (windowSize.contains("x")) {
            String[] size = windowSize.split("x");
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of(
                    "width", Integer.parseInt(size[0]), "height", Integer.parseInt(size[1]), "pixelRatio", 1.0)));
            windowSize = Integer.parseInt(size[0]) + "," + size[1];
        }
        options.setBinary("/usr/bin/chromium");
        // the console, to see what the pages' Content-Security-Policy refused; the network, to see a WebSocket upgraded
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL", "performance", "ALL"));
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--window-size=" + windowSize, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        try {
            WebDriver browser = new ChromeDriver(service, options);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new HeadlessChromium(browser, profile);
        } catch (RuntimeException e) {
            Folders.delete(profile);
            throw e;
        }
    }

    public WebDriver browser() {
        return browser;
    }

    /** Quits chromium and deletes its profile (its last processes may still be writing to it a moment after). */
    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            await("chromium's profile folder is deleted").atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .untilAsserted(() -> Folders.delete(profile));
        }
    }

    /** axe-core (WCAG 2.0–2.2 A and AA rules) finds no violation on the page as it is now. */
    public static void assertAccessible(WebDriver browser) {
        List<Rule> violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(browser).getViolations();
        assertEquals("", violations.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")), browser.getCurrentUrl());
    }

    /**
     * The addresses of the WebSockets the browser opened and the server upgraded (101) since this
     * was last asked, from chromium's network log (which the call empties).
     */
    public static List<String> upgradedWebSockets(WebDriver browser) {
        Map<String, String> opened = new java.util.HashMap<>();
        List<String> upgraded = new java.util.ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            String message = entry.getMessage();
            if (message.contains("\"Network.webSocketCreated\"")) {
                // the socket's own address (the initiator's script addresses come first in the entry)
                opened.put(field(message, "requestId", "[^\"]*"), field(message, "url", "wss?://[^\"]*"));
            } else if (message.contains("\"Network.webSocketHandshakeResponseReceived\"") && message.contains("\"status\":101")) {
                upgraded.add(field(message, "requestId", "[^\"]*"));
            }
        }
        return upgraded.stream().map(opened::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String field(String json, String name, String value) {
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("\"" + name + "\":\"(" + value + ")\"").matcher(json);
        return found.find() ? found.group(1) : "";
    }

    /** Fails when the console says the page's Content-Security-Policy refused something (a script, a style, an image). */
    public static void assertNothingRefusedByThePolicy(WebDriver browser) {
        List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
        if (!refused.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy refused: " + refused);
        }
    }
}
