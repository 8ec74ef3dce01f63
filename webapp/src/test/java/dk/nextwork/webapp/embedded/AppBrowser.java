package dk.nextwork.webapp.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What browser journeys through the application do again and again: sign in, wait for a view, read its heading. */
final class AppBrowser {

    private final WebDriver browser;
    private final int port;

    AppBrowser(WebDriver browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    WebDriver browser() {
        return browser;
    }

    /** The same journeys in another browser on the same portal (a second person at the same time). */
    AppBrowser in(WebDriver another) {
        return new AppBrowser(another, port);
    }

    String app(String path) {
        return "http://localhost:" + port + "/app/" + path;
    }

    String site(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Opens the application, is sent to the sign-in view, and signs in. */
    void signIn(String email, String password) {
        browser.get(app(""));
        waiting().until(b -> b.getCurrentUrl().endsWith("/app/login")
                && !b.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(email);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
    }

    /**
     * The first heading with text, read in one script: an element found first and read after may
     * be gone by then while the view changes, which chromium reports as stale or, since 156, as an
     * inspector error.
     */
    String heading() {
        return waiting().until(b -> (String) ((JavascriptExecutor) b).executeScript(
                "return [...document.querySelectorAll('h1')].map(h => h.innerText.trim()).find(t => t) || null;"));
    }

    /** Waits until the page's heading is the expected one (the page may still be changing), then checks it. */
    void assertHeading(String expected, String message) {
        try {
            waiting().until(b -> expected.equals(heading()));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, heading(), message);
        }
    }
}
