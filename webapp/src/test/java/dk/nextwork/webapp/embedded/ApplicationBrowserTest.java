package dk.nextwork.webapp.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import dk.nextwork.webapp.testing.HeadlessChromium;

/**
 * Each demo role signs in in headless chromium and lands on its own start view; a young person who
 * types another young person's address gets the refusal page, not their data.
 */
class ApplicationBrowserTest {

    @RegisterExtension
    static final DemoPortalBrowser browsers = DemoPortalBrowser.window("1200,900");

    private WebDriver browser;
    private AppBrowser pages;

    @BeforeEach
    void browser(WebDriver browser, AppBrowser pages) {
        this.browser = browser;
        this.pages = pages;
    }

    private String app(String path) {
        return pages.app(path);
    }

    private void signIn(String email, String password) {
        pages.signIn(email, password);
    }

    private void assertHeading(String expected, String message) {
        pages.assertHeading(expected, message);
    }

    @Test
    void theSignInViewAndAStartViewHaveNoAccessibilityViolations() throws Exception {
        browser.get(app(""));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        assertEquals("da", browser.findElement(By.tagName("html")).getAttribute("lang"));
        HeadlessChromium.assertAccessible(browser);
        signIn("coordinator@nextwork.example", "demo-koordinator-2026");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains("/app/today/programme"));
        browser.get(app("people"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElements(By.linkText("Emma Friis (demo)")).isEmpty());
        HeadlessChromium.assertAccessible(browser);
    }

    @Test
    void theViewsTalkToTheServerOverAWebSocket() throws Exception {
        browser.manage().deleteAllCookies();
        signIn("youth@nextwork.example", "demo-ung-2026");
        assertHeading("Hej Mikkel", "his start view");
        List<String> sockets = new java.util.ArrayList<>();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> {
            sockets.addAll(HeadlessChromium.upgradedWebSockets(b));
            return sockets.stream().anyMatch(url -> url.startsWith(app("VAADIN/push").replace("http://", "ws://")));
        });
    }

    @Test
    void eachRoleLandsOnItsOwnStartView() throws Exception {
        record Journey(String email, String password, String path, String heading) {
        }
        for (Journey journey : List.of(
                new Journey("youth@nextwork.example", "demo-ung-2026", "/app/my-week", "Hej Mikkel"),
                new Journey("company@nextwork.example", "demo-virksomhed-2026", "/app/today/company", "Vores unge"),
                new Journey("counsellor@nextwork.example", "demo-vejleder-2026", "/app/today/counsellor", "Mine grupper"),
                new Journey("coordinator@nextwork.example", "demo-koordinator-2026", "/app/today/programme", "Overblik"),
                new Journey("editor@nextwork.example", "demo-redaktoer-2026", "/app/pages", "Sider"),
                new Journey("admin@nextwork.example", "demo-drift-2026", "/app/accounts", "Konti"))) {
            browser.manage().deleteAllCookies();
            signIn(journey.email(), journey.password());
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains(journey.path()));
            assertHeading(journey.heading(), journey.email());
            // every view's title names the product as the web application declares it
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getTitle().endsWith(" · NExTWORK"));
            HeadlessChromium.assertAccessible(browser);
            HeadlessChromium.assertNothingRefusedByThePolicy(browser);
        }
    }

    @Test
    void aCompanyRepresentativeSeesTheYoungPersonPlacedWithThemAndNotOneWhosePlacementEnded() throws Exception {
        signIn("company@nextwork.example", "demo-virksomhed-2026");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains("/app/today/company"));
        browser.get(app("people"));
        WebElement emma = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> b.findElements(By.linkText("Emma Friis (demo)")).stream().findFirst().orElse(null));
        assertTrue(browser.findElements(By.partialLinkText("Noah")).isEmpty(), "Noah's placement here has ended");
        emma.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains("/app/people/"));
        assertHeading("Ung: Emma Friis (demo)", "");
    }

    @Test
    void aYoungPersonTypingAnotherYoungPersonsAddressIsRefused() throws Exception {
        signIn("coordinator@nextwork.example", "demo-koordinator-2026");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains("/app/today/programme"));
        browser.get(app("people"));
        WebElement emma = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> b.findElements(By.linkText("Emma Friis (demo)")).stream().findFirst().orElse(null));
        String emmasPage = emma.getAttribute("href");
        assertTrue(emmasPage.contains("/app/people/"), emmasPage);

        browser.manage().deleteAllCookies();
        signIn("youth@nextwork.example", "demo-ung-2026");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains("/app/my-week"));
        assertHeading("Hej Mikkel", "");

        browser.get(emmasPage);
        assertHeading("Ingen adgang", "");
        assertTrue(!browser.getPageSource().contains("Emma") && !browser.getPageSource().contains("emma.friis"),
                "nothing of Emma's data");
    }

    @Test
    void theCoordinatorsProgrammeViewsHaveNoAccessibilityViolations() throws Exception {
        signIn("coordinator@nextwork.example", "demo-koordinator-2026");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains("/app/today/programme"));
        for (Map.Entry<String, String> view : Map.of("programme/young-people", "Indskrivning",
                "programme/placements", "Forløb", "programme/companies", "Virksomheder i netværket",
                "programme/groups", "Netværksgrupper", "programme/meetings", "Møder", "config/traits", "Karaktertræk").entrySet()) {
            browser.get(app(view.getKey()));
            assertHeading(view.getValue(), view.getKey());
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElements(By.tagName("vaadin-grid")).isEmpty());
            HeadlessChromium.assertAccessible(browser);
        }
    }

    @Test
    void leavingTheTraitConfigurationWithAStagedChangeAsksFirst() throws Exception {
        signIn("coordinator@nextwork.example", "demo-koordinator-2026");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains("/app/today/programme"));
        browser.get(app("config/traits"));
        assertHeading("Karaktertræk", "the trait configuration");
        WebElement window = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> b.findElements(By.cssSelector("#correction-window input")).stream().findFirst().orElse(null));
        window.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "9", org.openqa.selenium.Keys.TAB);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.cssSelector(".config-unsaved"))
                .getText().startsWith("Ændringer, der ikke er gemt"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelector('vaadin-side-nav-item[path=\"people\"]').shadowRoot.querySelector('a').click()");
        WebElement question = new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElements(
                By.tagName("vaadin-confirm-dialog-overlay")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertTrue(question.getText().contains("Du har ændringer, der ikke er gemt"), question.getText());
        assertTrue(browser.getCurrentUrl().endsWith("/app/config/traits"), "still on the configuration: " + browser.getCurrentUrl());
        HeadlessChromium.assertNothingRefusedByThePolicy(browser);
    }
}
