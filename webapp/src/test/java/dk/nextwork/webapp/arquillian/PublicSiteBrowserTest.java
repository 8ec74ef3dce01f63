package dk.nextwork.webapp.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * A visitor in headless Debian chromium: front page, a persona, a partner page, the other
 * language; axe-core finds no accessibility violations on any of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicSiteBrowserTest {

    @Deployment(testable = false)
    static WebArchive portal() {
        return HealthEndpointsTest.portal();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void openBrowser() throws Exception {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--window-size=1200,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String root() {
        return base.toString().replaceAll("/$", "");
    }

    private void assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(browser);
        List<Rule> violations = results.getViolations();
        assertEquals("", violations.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")), browser.getCurrentUrl());
    }

    @Test
    void aVisitorReadsAboutAPersonaAndAPartnerInBothLanguages() {
        browser.get(root() + "/");
        assertEquals("da", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertAccessible();

        browser.findElement(By.linkText("Hvem er NExTWORK for?")).click();
        browser.findElement(By.partialLinkText("Liv")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/hvem-er-nextwork-for/liv"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Liv"));
        assertAccessible();

        browser.findElement(By.linkText("Samarbejdspartnere")).click();
        browser.findElement(By.linkText("Surdejshjørnet")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/samarbejdspartnere/surdejshjoernet"));
        assertAccessible();

        browser.findElement(By.className("language")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/en/samarbejdspartnere/surdejshjoernet"), browser.getCurrentUrl());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.getPageSource().contains("Bakery and café"));
        assertAccessible();

        browser.findElement(By.linkText("Development parameters")).click();
        assertEquals(9, browser.findElements(By.cssSelector("section.trait")).size());
        assertAccessible();

        browser.findElement(By.linkText("Monitoring")).click();
        WebElement image = browser.findElement(By.cssSelector("figure img"));
        Object loaded = ((JavascriptExecutor) browser).executeAsyncScript("""
                const image = arguments[0], done = arguments[arguments.length - 1];
                image.scrollIntoView();
                if (image.complete) { done(image.naturalWidth); }
                image.addEventListener('load', () => done(image.naturalWidth));
                image.addEventListener('error', () => done(0));""", image);
        assertTrue(((Number) loaded).intValue() > 0, "the image is served: " + image.getAttribute("src"));
        assertAccessible();
    }
}
