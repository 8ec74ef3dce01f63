package dk.nextwork.webapp.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

    String heading() {
        return waiting().ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElements(By.tagName("h1")).stream().map(WebElement::getText).filter(t -> !t.isBlank())
                        .findFirst().orElse(null));
    }

    /** Waits until the page's heading is the expected one (the page may still be changing), then checks it. */
    void assertHeading(String expected, String message) {
        try {
            waiting().ignoring(StaleElementReferenceException.class).until(b -> expected.equals(heading()));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, heading(), message);
        }
    }
}
