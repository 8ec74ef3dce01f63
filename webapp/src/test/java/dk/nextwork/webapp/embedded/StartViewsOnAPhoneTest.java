package dk.nextwork.webapp.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import dk.nextwork.webapp.testing.HeadlessChromium;

/**
 * On a phone (360 px wide) each of the four roles' start views fits the screen: no sideways
 * scrolling, no heading cut off, and nothing axe-core finds.
 */
class StartViewsOnAPhoneTest {

    @RegisterExtension
    static final DemoPortalBrowser browsers = DemoPortalBrowser.phone(360, 780);

    private WebDriver browser;
    private AppBrowser pages;

    @BeforeEach
    void browser(WebDriver browser, AppBrowser pages) {
        this.browser = browser;
        this.pages = pages;
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachRolesStartViewFitsAPhone() {
        record Role(String email, String password, String heading) {
        }
        for (Role role : List.of(new Role("youth@nextwork.example", "demo-ung-2026", "Hej Mikkel"),
                new Role("company@nextwork.example", "demo-virksomhed-2026", "Vores unge"),
                new Role("counsellor@nextwork.example", "demo-vejleder-2026", "Mine grupper"),
                new Role("coordinator@nextwork.example", "demo-koordinator-2026", "Overblik"))) {
            browser.manage().deleteAllCookies();
            pages.signIn(role.email(), role.password());
            pages.assertHeading(role.heading(), role.email());
            pages.waiting().until(b -> !b.findElements(org.openqa.selenium.By.cssSelector("vaadin-card")).isEmpty());
            Map<String, Object> fit = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                    const page = document.scrollingElement;
                    const cut = [...document.querySelectorAll('h1, h2, h3')].filter(h => h.scrollWidth > h.clientWidth
                            || h.getBoundingClientRect().right > innerWidth + 1).map(h => h.innerText);
                    const wide = [...document.querySelectorAll('vaadin-card')].filter(c => c.getBoundingClientRect().right > innerWidth + 1)
                            .map(c => c.innerText.split('\\n')[0]);
                    return {width: innerWidth, scrollWidth: page.scrollWidth, cut: cut, wide: wide};""");
            assertEquals(360L, fit.get("width"));
            assertEquals(360L, fit.get("scrollWidth"), role.email() + " scrolls sideways: " + fit);
            assertEquals(List.of(), fit.get("cut"), role.email() + " has a heading cut off");
            assertEquals(List.of(), fit.get("wide"), role.email() + " has a card wider than the screen");
            HeadlessChromium.assertAccessible(browser);
        }
    }
}
