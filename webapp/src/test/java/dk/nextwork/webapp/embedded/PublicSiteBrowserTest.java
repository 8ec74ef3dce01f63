package dk.nextwork.webapp.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import dk.nextwork.webapp.testing.HeadlessChromium;

/**
 * A visitor in headless Debian chromium: front page, a persona, a partner page, the other
 * language; axe-core finds no accessibility violations on any of them.
 */
class PublicSiteBrowserTest {

    @RegisterExtension
    static final DemoPortalBrowser browsers = DemoPortalBrowser.window("1200,900");

    private WebDriver browser;
    private AppBrowser pages;

    @BeforeEach
    void browser(WebDriver browser, AppBrowser pages) {
        this.browser = browser;
        this.pages = pages;
    }

    private void assertAccessible() {
        HeadlessChromium.assertAccessible(browser);
        HeadlessChromium.assertNothingRefusedByThePolicy(browser); // the site's strict policy: it needs nothing else
    }

    @Test
    void aVisitorReadsAboutAPersonaAndAPartnerInBothLanguages() {
        browser.get(pages.site("/"));
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
