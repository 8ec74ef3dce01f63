package dk.nextwork.webapp.embedded;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.webapp.testing.HeadlessChromium;

/**
 * A matching round in a real browser, each role in turn: the counsellor drags a card on the board
 * where the rules refuse it and is told why; the coordinator moves the demo round's
 * deadlines to today; Mikkel puts the bakery first of three wishes and sends his list; the
 * bakery's representative puts him first; the coordinator runs the round; Mikkel reads which wish
 * he got and says yes, the representative says yes, and the placement is in the coordinators'
 * placements. axe-core finds nothing on any of the matching's views.
 */
class MatchingBrowserTest {

    @RegisterExtension
    static final DemoPortalBrowser browsers = DemoPortalBrowser.window("1280,1000");

    private WebDriver browser;
    private AppBrowser pages;

    @BeforeEach
    void browser(WebDriver browser, AppBrowser pages) {
        this.browser = browser;
        this.pages = pages;
    }

    private void signInAs(String email, String password) {
        browser.manage().deleteAllCookies();
        pages.signIn(email, password);
        pages.waiting().until(b -> !b.getCurrentUrl().endsWith("/login") && !pages.heading().isBlank());
    }

    private void open(String route, String heading) {
        browser.get(pages.app(route));
        pages.assertHeading(heading, route);
    }

    private void click(By by) {
        pages.waiting().ignoring(StaleElementReferenceException.class).until(b -> {
            press(b.findElement(by));
            return true;
        });
    }

    /** Scrolls the element into the middle of the view (the app's content scrolls inside its layout), then clicks it. */
    private void press(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Whether the page says the text, also where its content is scrolled out of view (WebDriver's text leaves that out). */
    private boolean shows(String text) {
        try {
            return pages.waiting().ignoring(StaleElementReferenceException.class).until(b -> pageText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not shown: " + text + "\n" + pageText(), e);
        }
    }

    private String pageText() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText;");
    }

    /** An element's text, also where it is scrolled out of view. */
    private String textOf(WebElement element) {
        return (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].innerText;", element);
    }

    private void setDate(String id, LocalDate day) {
        ((JavascriptExecutor) browser).executeScript("const picker = document.getElementById(arguments[0]);"
                + "picker.value = arguments[1]; picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));", id,
                day.toString());
    }

    private WebElement buttonIn(WebElement scope, String text) {
        return scope.findElements(By.tagName("vaadin-button")).stream().filter(button -> textOf(button).trim().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + text));
    }

    /** Drags the element onto the target as a person's mouse does, by the browser's own drag events (WebDriver has no HTML5 drag). */
    private void drag(WebElement source, WebElement target) {
        ((JavascriptExecutor) browser).executeScript("""
                const [source, target] = arguments;
                const data = new DataTransfer();
                const fire = (element, type) => element.dispatchEvent(
                        new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
                fire(source, 'dragstart');
                fire(target, 'dragenter');
                fire(target, 'dragover');
                fire(target, 'drop');
                fire(source, 'dragend');""", source, target);
    }

    @Test
    void aRoundFromListsToAPlacement() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        signInAs("counsellor@nextwork.example", "demo-vejleder-2026");
        open("matching/board", "Matchtavle");
        drag(pages.waiting().until(b -> b.findElement(By.cssSelector("div.board-card[aria-label='Mikkel Holm (demo)']"))),
                browser.findElement(By.cssSelector("div.board-column[data-stage='PROPOSED']")));
        assertTrue(shows("Forslag kommer, når runden køres."), "a card dragged where the rules refuse it: the reason");
        assertTrue(textOf(browser.findElement(By.cssSelector("div.board-column[data-stage='WISHED']"))).contains("Mikkel"),
                "and it snaps back");
        HeadlessChromium.assertAccessible(browser);

        signInAs("coordinator@nextwork.example", "demo-koordinator-2026");
        open("matching/rounds", "Matchrunder");
        setDate("round-lists-due", today);
        setDate("round-rankings-due", today);
        click(By.id("round-change"));
        assertTrue(shows("Fristerne er rettet."));
        HeadlessChromium.assertAccessible(browser);

        signInAs("youth@nextwork.example", "demo-ung-2026");
        open("offers", "Praktikpladser");
        WebElement bakery = pages.waiting().until(b -> b.findElements(By.cssSelector("vaadin-card.offer-card")).stream()
                .filter(card -> textOf(card).contains("Bagerhjælper i morgenvagten")).findFirst().orElse(null));
        press(buttonIn(bakery, "Sæt på min liste"));
        pages.waiting().until(b -> b.findElements(By.cssSelector("li.wish")).size() == 3);
        for (int index = 2; index > 0; index--) {
            int at = index;
            pages.waiting().ignoring(StaleElementReferenceException.class).until(b -> {
                press(buttonIn(b.findElements(By.cssSelector("li.wish")).get(at), "Op"));
                return true;
            });
            pages.waiting().ignoring(StaleElementReferenceException.class).until(b ->
                    textOf(b.findElements(By.cssSelector("li.wish")).get(at - 1)).contains("Surdejshjørnet"));
        }
        click(By.id("wishes-send"));
        assertTrue(shows("Din liste er gemt."), "three wishes: sent without a warning");
        click(By.id("profile-share"));
        click(By.id("profile-save"));
        assertTrue(shows("Gemt. Sådan ser virksomhederne det nu."), "he shares his development with the companies on his list");
        HeadlessChromium.assertAccessible(browser);

        signInAs("company@nextwork.example", "demo-virksomhed-2026");
        open("company-offers", "Praktikpladser og kandidater");
        pages.waiting().ignoring(StaleElementReferenceException.class).until(b -> {
            List<WebElement> cards = b.findElements(By.cssSelector("li.match-card"));
            for (int i = 0; i < cards.size(); i++) {
                if (textOf(cards.get(i)).startsWith("Mikkel")) {
                    if (i == 0) {
                        return true;
                    }
                    press(buttonIn(cards.get(i), "Op"));
                    return false;
                }
            }
            return false;
        });
        click(By.cssSelector("vaadin-button.ranking-save"));
        assertTrue(shows("Jeres rækkefølge er gemt."));
        HeadlessChromium.assertAccessible(browser);
        click(By.xpath("//a[contains(@class, 'shared-development') and contains(., 'Mikkel')]"));
        pages.assertHeading("Udvikling", "the development picture Mikkel shares, open to the bakery");
        assertTrue(shows("Mikkel"));
        HeadlessChromium.assertAccessible(browser);

        signInAs("coordinator@nextwork.example", "demo-koordinator-2026");
        open("matching/rounds", "Matchrunder");
        click(By.id("round-run"));
        assertTrue(shows("Runden er kørt, og forslagene er sendt."));
        assertTrue(shows("Stabilt: ingen ung og virksomhed, der begge hellere ville have hinanden."));
        HeadlessChromium.assertAccessible(browser);

        signInAs("youth@nextwork.example", "demo-ung-2026");
        open("offers", "Praktikpladser");
        assertTrue(shows("Du fik dit 1. ønske: Bagerhjælper i morgenvagten hos Surdejshjørnet."));
        HeadlessChromium.assertAccessible(browser);
        click(By.id("proposal-yes"));
        assertTrue(shows("Du har sagt ja. Vi venter på virksomhedens svar"));

        signInAs("company@nextwork.example", "demo-virksomhed-2026");
        open("company-offers", "Praktikpladser og kandidater");
        assertTrue(shows("Mikkel er foreslået til Bagerhjælper i morgenvagten."));
        click(By.cssSelector("vaadin-button.company-yes"));
        assertTrue(shows("I er enige: forløbet er oprettet."));

        signInAs("coordinator@nextwork.example", "demo-koordinator-2026");
        open("programme/placements", "Forløb");
        pages.waiting().until(b -> b.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText)
                .anyMatch(text -> text.contains("Mikkel Holm")));
        List<String> cells = browser.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText)
                .toList();
        int mikkel = cells.indexOf(cells.stream().filter(text -> text.contains("Mikkel Holm")).findFirst().orElseThrow());
        assertTrue(cells.subList(mikkel, Math.min(cells.size(), mikkel + 3)).stream().anyMatch(text -> text.contains("Surdejshjørnet")),
                "Mikkel's newest placement is at the bakery: " + cells.subList(mikkel, Math.min(cells.size(), mikkel + 6)));
    }
}
