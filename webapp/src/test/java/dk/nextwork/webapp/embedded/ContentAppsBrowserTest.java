package dk.nextwork.webapp.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import dk.nextwork.webapp.testing.HeadlessChromium;

/**
 * The editors' content apps in headless chromium: an editor changes a partner page and publishes
 * it, and the public page shows the change; a company representative proposes a change to her
 * company's page, and it waits in the editors' queue.
 */
class ContentAppsBrowserTest {

    @RegisterExtension
    static final DemoPortalBrowser browsers = DemoPortalBrowser.window("1300,1000");

    private WebDriver browser;
    private AppBrowser pages;

    @BeforeEach
    void browser(WebDriver browser, AppBrowser pages) {
        this.browser = browser;
        this.pages = pages;
    }

    /** Replaces the text of a form field (by its property's stored name). */
    private void type(String field, String inside, String text) {
        typeInto("[data-field='" + field + "'] " + inside, text);
    }

    private void typeInto(String selector, String text) {
        WebElement input = pages.waiting().until(b -> b.findElements(By.cssSelector(selector)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    private void click(String id) {
        WebElement button = pages.waiting().until(b -> b.findElements(By.id(id)).stream().findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private String publicPage(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pages.site(path)))
                .build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    @Test
    void anEditorEditsAPartnerPageAndPublishesItAndThePublicPageShowsIt() throws Exception {
        String page = "/samarbejdspartnere/midtvejs-lager";
        assertFalse(publicPage(page).contains("Nu også med eftermiddagshold"));
        pages.signIn("editor@nextwork.example", "demo-redaktoer-2026");
        pages.assertHeading("Sider", "the editor starts in the page tree");
        HeadlessChromium.assertAccessible(browser);

        browser.get(pages.app("edit?path=/partners/midtvejs-lager"));
        pages.assertHeading("Midtvejs Lager & Logistik", "");
        type("summary", "textarea", "Et lager i Roskilde. Nu også med eftermiddagshold.");
        click("content-action-save");
        pages.waiting().until(b -> b.getPageSource().contains("Kladden er gemt"));
        assertFalse(publicPage(page).contains("Nu også med eftermiddagshold"), "a draft is not public");
        HeadlessChromium.assertAccessible(browser);

        click("content-action-publish");
        typeInto("vaadin-dialog-overlay vaadin-text-area textarea", "Eftermiddagshold");
        click("content-publish-confirm");
        pages.waiting().until(b -> b.getPageSource().contains("Den offentlige side viser nu ændringerne"));
        pages.waiting().until(b -> {
            try {
                return publicPage(page).contains("Nu også med eftermiddagshold");
            } catch (Exception e) {
                return false;
            }
        });
        assertTrue(publicPage(page).startsWith("200 "));
    }

    @Test
    void aRepresentativesProposalWaitsInTheEditorsQueue() throws Exception {
        pages.signIn("company@nextwork.example", "demo-virksomhed-2026");
        pages.waiting().until(b -> b.getCurrentUrl().contains("/app/today/company"));
        browser.get(pages.app("company-page"));
        pages.assertHeading("Vores virksomhedsside", "");
        type("contactPerson", "input", "Mads Ny Kontaktperson");
        click("company-send");
        pages.waiting().until(b -> b.getPageSource().contains("Forslaget er sendt til redaktionen"));
        HeadlessChromium.assertAccessible(browser);

        browser.manage().deleteAllCookies();
        pages.signIn("editor@nextwork.example", "demo-redaktoer-2026");
        pages.assertHeading("Sider", "");
        browser.get(pages.app("proposals"));
        pages.assertHeading("Forslag fra virksomheder", "");
        List<WebElement> rows = pages.waiting().until(b -> {
            List<WebElement> cells = b.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space()='Sara Bech (demo)']"));
            return cells.size() >= 2 ? cells : null;
        });
        assertEquals(2, rows.size(), "the demo's proposal and the new one");
        rows.get(1).click();
        pages.waiting().until(b -> !b.findElements(
                By.xpath("//vaadin-grid-cell-content[normalize-space()='Mads Ny Kontaktperson']")).isEmpty());
        HeadlessChromium.assertAccessible(browser);
    }
}
