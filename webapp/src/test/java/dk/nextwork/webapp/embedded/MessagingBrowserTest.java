package dk.nextwork.webapp.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dk.nextwork.webapp.testing.HeadlessChromium;

/**
 * Two people at the same time in two browsers, a young person and their counsellor, in their
 * group's conversation: what one sends appears for the other within two seconds without
 * reloading (Push); what is sent while one is offline appears once each when the connection is
 * back; a photo one sends through the upload opens in the other's browser. axe-core finds nothing on the views: the messages, the experiences, the agenda and the
 * network meetings (on a phone).
 */
class MessagingBrowserTest {

    @RegisterExtension
    static final DemoPortalBrowser browsers = DemoPortalBrowser.window("1280,900");

    private static String pageText(WebDriver browser) {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText;");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static void send(WebDriver browser, String text) {
        ((JavascriptExecutor) browser).executeScript(
                "const area = document.getElementById('message-text'); area.value = arguments[0];"
                        + "area.dispatchEvent(new Event('change', {bubbles: true}));"
                        + "document.getElementById('message-send').scrollIntoView({block: 'center'});", text);
        browser.findElement(By.id("message-send")).click();
        // sent: the server emptied the field (the list grows, and the button moves, only after that)
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> "".equals(((JavascriptExecutor) b)
                .executeScript("return document.getElementById('message-text').value;")));
    }

    private static void shownWithin(WebDriver browser, String text, Duration time) {
        new WebDriverWait(browser, time, Duration.ofMillis(100)).until(b -> pageText(b).contains(text));
    }

    @Test
    void aMessageReachesTheOtherPersonLiveAndNothingIsMissedOffline(AppBrowser mikkel) throws Exception {
        try (HeadlessChromium other = HeadlessChromium.open("1280,900")) {
            AppBrowser jonas = mikkel.in(other.browser());
            jonas.signIn("counsellor@nextwork.example", "demo-vejleder-2026");
            jonas.waiting().until(b -> !b.getCurrentUrl().endsWith("/login"));
            jonas.browser().get(jonas.app("messages"));
            jonas.assertHeading("Beskeder", "Jonas's messages");
            mikkel.signIn("youth@nextwork.example", "demo-ung-2026");
            mikkel.waiting().until(b -> !b.getCurrentUrl().endsWith("/login"));
            mikkel.browser().get(mikkel.app("messages"));
            mikkel.assertHeading("Beskeder", "Mikkel's messages");
            shownWithin(mikkel.browser(), "Tirsdagsgruppen", Duration.ofSeconds(10));
            shownWithin(jonas.browser(), "Godt gået at spørge først.", Duration.ofSeconds(10));

            String hello = "Hej fra Mikkel " + System.nanoTime();
            send(mikkel.browser(), hello);
            shownWithin(jonas.browser(), hello, Duration.ofSeconds(2));
            String answer = "Hej Mikkel, godt at høre " + System.nanoTime();
            send(jonas.browser(), answer);
            shownWithin(mikkel.browser(), answer, Duration.ofSeconds(2));
            HeadlessChromium.assertAccessible(mikkel.browser());
            HeadlessChromium.assertAccessible(jonas.browser());

            // a photo through the composer's upload: it opens in the other's browser, from the members-only address
            java.nio.file.Path photo = java.nio.file.Files.createTempFile("min-tur", ".jpg");
            java.awt.image.BufferedImage drawn = new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB);
            javax.imageio.ImageIO.write(drawn, "jpeg", photo.toFile());
            mikkel.browser().findElement(By.id("message-files")).getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]")).sendKeys(photo.toString());
            shownWithin(mikkel.browser(), photo.getFileName() + " (", Duration.ofSeconds(10));
            send(mikkel.browser(), "Fra turen i dag");
            String loaded = "return [...document.querySelectorAll('.message img')].some(i => i.alt.endsWith(arguments[0])"
                    + " && i.complete && i.naturalWidth === 640);";
            new WebDriverWait(jonas.browser(), Duration.ofSeconds(5), Duration.ofMillis(100)).until(b -> Boolean.TRUE.equals(
                    ((JavascriptExecutor) b).executeScript(loaded, photo.getFileName().toString())));
            java.nio.file.Files.delete(photo);

            ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            ((ChromiumDriver) mikkel.browser()).setNetworkConditions(offline);
            String first = "Mens du var offline 1 " + System.nanoTime();
            String second = "Mens du var offline 2 " + System.nanoTime();
            send(jonas.browser(), first);
            send(jonas.browser(), second);
            shownWithin(jonas.browser(), second, Duration.ofSeconds(5));
            Thread.sleep(2_000);
            assertFalse(pageText(mikkel.browser()).contains(first), "offline: nothing reaches Mikkel");
            ((ChromiumDriver) mikkel.browser()).deleteNetworkConditions();
            shownWithin(mikkel.browser(), second, Duration.ofSeconds(30));
            String text = pageText(mikkel.browser());
            assertEquals(1, count(text, first), "once each");
            assertEquals(1, count(text, second), "once each");
            assertEquals(1, count(text, answer), "and the earlier ones not again");
        }
    }

    @Test
    void theExperiencesTheAgendaAndTheNetworkMeetingsPassAxe(AppBrowser mikkel) throws Exception {
        mikkel.signIn("youth@nextwork.example", "demo-ung-2026");
        mikkel.waiting().until(b -> !b.getCurrentUrl().endsWith("/login"));
        mikkel.browser().get(mikkel.app("journal"));
        mikkel.assertHeading("Mine erfaringer", "Mikkel's experiences");
        shownWithin(mikkel.browser(), "Kun for dig", Duration.ofSeconds(10));
        HeadlessChromium.assertAccessible(mikkel.browser());
        mikkel.browser().get(mikkel.app("agenda"));
        mikkel.assertHeading("Dagsorden", "his group's agenda");
        HeadlessChromium.assertAccessible(mikkel.browser());
        try (HeadlessChromium other = HeadlessChromium.open("360,800")) {
            AppBrowser sara = mikkel.in(other.browser());
            sara.signIn("company@nextwork.example", "demo-virksomhed-2026");
            sara.waiting().until(b -> !b.getCurrentUrl().endsWith("/login"));
            sara.browser().get(sara.app("network"));
            sara.assertHeading("Netværksmøder", "the company network's meetings, on a phone");
            shownWithin(sara.browser(), "Seks virksomheder var med.", Duration.ofSeconds(10));
            HeadlessChromium.assertAccessible(sara.browser());
        }
    }
}
