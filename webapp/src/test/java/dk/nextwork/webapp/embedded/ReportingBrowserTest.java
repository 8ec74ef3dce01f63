package dk.nextwork.webapp.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.nextwork.platform.time.PortalTime;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import dk.nextwork.webapp.testing.HeadlessChromium;

/**
 * A company representative on a phone (360 px wide) files the overdue weekly report of the young
 * person placed with her in fewer than 10 interactions, and the young person's score history then
 * shows that week.
 */
class ReportingBrowserTest {

    @RegisterExtension
    static final DemoPortalBrowser browsers = DemoPortalBrowser.phone(360, 780);

    private WebDriver browser;
    private AppBrowser pages;
    private int interactions;

    @BeforeEach
    void browser(WebDriver browser, AppBrowser pages) {
        this.browser = browser;
        this.pages = pages;
    }

    private void tap(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        interactions++;
    }

    private WebElement waitFor(String css) {
        return pages.waiting().until(b -> b.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
    }

    @Test
    void aRepresentativeFilesAWeeklyReportOnAPhoneAndTheScoreHistoryShowsIt() {
        pages.signIn("company@nextwork.example", "demo-virksomhed-2026");
        interactions += 2; // the e-mail, and the password with Enter
        pages.assertHeading("Vores unge", "a representative lands on the young people placed with them");
        assertEquals(360L, ((JavascriptExecutor) browser).executeScript("return window.innerWidth"));
        int week = LocalDate.now(PortalTime.ZONE).minusWeeks(2).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        assertTrue(waitFor(".todo-now li").getText().contains("Uge " + week + " "), "the overdue week comes first");

        tap(waitFor(".todo-now li a"));
        pages.assertHeading("Ugerapport", "the weekly report's form");
        List<WebElement> fields = pages.waiting().until(b -> {
            List<WebElement> found = b.findElements(By.cssSelector("vaadin-radio-group.rating-field"));
            return found.size() == 5 ? found : null;
        });
        int[] ratings = {4, 3, 4, 5, 3};
        for (int i = 0; i < fields.size(); i++) {
            tap(fields.get(i).findElements(By.cssSelector("vaadin-radio-button")).get(ratings[i] - 1));
        }
        pages.waiting().until(b -> b.findElement(By.cssSelector(".report-state")).getText().startsWith("Kladde gemt"));
        tap(waitFor("#report-send"));
        pages.assertHeading("Rapportering", "back on the dashboard after submitting");
        assertTrue(interactions < 10, interactions + " interactions");

        browser.get(pages.app("development/scores"));
        // the picker fetches the young people by the name typed
        WebElement picker = waitFor("#person-picker");
        tap(picker);
        picker.findElement(By.tagName("input")).sendKeys("Emma");
        tap(pages.waiting().until(b -> b.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().equals("Emma Friis (demo)")).findFirst().orElse(null)));
        WebElement row = pages.waiting().until(b -> b.findElements(By.cssSelector("#scores-arbejdsegnethed tr")).stream()
                .filter(tr -> tr.getText().startsWith("Uge " + week + " ")).findFirst().orElse(null));
        // 4, 3, 4, 5, 3 on 1–5 is 75, 50, 75, 100, 50: a mean of 70
        assertTrue(row.getText().contains(" 70 "), row.getText());
        assertTrue(row.getText().contains("5 af 5 punkter"), row.getText());
        HeadlessChromium.assertAccessible(browser);
    }

    /** Opens the user menu and waits until it has slid into place (a tap during the slide hits another item). */
    private WebElement openedUserMenuItem(String className) {
        tap(waitFor("vaadin-menu-bar-button.user-menu"));
        WebElement item = waitFor("vaadin-menu-bar-item." + className);
        pages.waiting().until(b -> b.findElements(By.cssSelector("[opening]")).isEmpty());
        return item;
    }

    @Test
    @SuppressWarnings("unchecked")
    void onAPhoneTheHeaderShowsTheProductNameAndTheUserMenuWholeAndTheMenuHasTheLanguageSwitch() {
        pages.signIn("company@nextwork.example", "demo-virksomhed-2026");
        pages.assertHeading("Vores unge", "a representative lands on the young people placed with them");
        Map<String, Object> header = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const whole = e => e.scrollWidth <= e.clientWidth && e.getBoundingClientRect().right <= innerWidth;
                const title = document.querySelector('.app-title');
                const menu = document.querySelector('vaadin-menu-bar-button.user-menu');
                return {title: title.innerText, titleWhole: whole(title), menuWhole: whole(menu), menuName: menu.innerText,
                        menuWidth: menu.getBoundingClientRect().width,
                        headerSwitch: getComputedStyle(document.querySelector('.app-header vaadin-button.language-switch')).display};""");
        assertEquals("NExTWORK", header.get("title"));
        assertEquals(true, header.get("titleWhole"), "the product name is not cut off: " + header);
        assertEquals(true, header.get("menuWhole"), "nor is the user menu: " + header);
        assertEquals("Sara Bech (demo)", header.get("menuName"), "the whole name is the menu button's text, for screen readers");
        assertTrue(((Number) header.get("menuWidth")).doubleValue() >= 44, "a finger's size: " + header);
        assertEquals("none", header.get("headerSwitch"), "no room in the header for the language switch");
        HeadlessChromium.assertAccessible(browser);

        // (not axe with the menu open: Vaadin 24.9's sub-menu items carry aria-haspopup="false", which axe refuses)
        WebElement language = openedUserMenuItem("language-switch-item");
        assertEquals("English", language.getText());
        assertEquals("Switch to English", language.getAttribute("aria-label"));
        tap(language);
        pages.assertHeading("Our young people", "the same view in English");
        // the account remembers the language: back to Danish for the tests after this one
        tap(openedUserMenuItem("language-switch-item"));
        pages.assertHeading("Vores unge", "Danish again");
    }
}
