package dk.nextwork.webapp.embedded;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.nextwork.webapp.testing.HeadlessChromium;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packaged portal is complete by itself: {@code java -jar nextwork-portal.jar} from a folder
 * holding only the jar and {@code lib/} (what the container image runs) serves the public site,
 * the delivery API, the light modules' files and the application; a light-modules folder put
 * beside it later adds to and overrides what the jars ship.
 */
class PackagedPortalIT {

    @TempDir
    Path workspace;

    @Test
    void theJarAndItsLibrariesAloneServeTheWholePortal() throws Exception {
        Path folder = Files.createDirectories(workspace.resolve("portal"));
        try (PortalProcess portal = PortalProcess.startPackaged(folder, Map.of()).awaitReady(Duration.ofSeconds(90))) {
            HttpResponse<String> front = portal.get("/");
            assertEquals(200, front.statusCode(), front.body());
            assertTrue(front.body().contains("<html lang=\"da\">") && front.body().contains("NExTWORK"), front.body());
            HttpResponse<String> english = portal.get("/en/samarbejdspartnere/surdejshjoernet");
            assertEquals(200, english.statusCode(), english.body());
            assertTrue(english.body().contains("Bakery and café"), english.body());

            HttpResponse<String> delivery = portal.get("/.rest/delivery/partners/surdejshjoernet?lang=en");
            assertEquals(200, delivery.statusCode(), delivery.body());
            assertTrue(delivery.body().contains("\"name\":\"Surdejshjørnet\""), delivery.body());
            HttpResponse<String> css = portal.get("/.resources/nextwork-site/webresources/css/site.css");
            assertEquals(200, css.statusCode());

            HttpResponse<String> application = portal.get("/app/");
            assertEquals(200, application.statusCode());
            assertTrue(application.body().contains("VAADIN/build/"), application.body());
            assertTrue(Files.isDirectory(folder.resolve("var/repository")), "the data folder is ./var where it runs");
            assertTheSignInViewShows(portal);

            // a folder on disk overrides a file the jar ships, and adds modules of its own
            Path site = Files.createDirectories(folder.resolve("light-modules/nextwork-site/webresources/css"));
            Files.writeString(site.getParent().getParent().resolve("module.yaml"), "description: local changes\n");
            Files.writeString(site.resolve("site.css"), "body { color: #123456 }\n");
            Path local = Files.createDirectories(folder.resolve("light-modules/roskilde/webresources"));
            Files.writeString(local.getParent().resolve("module.yaml"), "description: the municipality's own\n");
            Files.writeString(local.resolve("notice.txt"), "Lukket mellem jul og nytår\n");
            await("the folder's file replaces the jar's").pollInterval(Duration.ofMillis(200))
                    .until(() -> portal.get("/.resources/nextwork-site/webresources/css/site.css").body(),
                            "body { color: #123456 }\n"::equals);
            assertEquals("Lukket mellem jul og nytår\n", portal.get("/.resources/roskilde/webresources/notice.txt").body());
            assertEquals(200, portal.get("/kontakt").statusCode(), "the jar's templates still serve the site");
        }
    }

    /** The portal's own servlet and the shell's views are there: the sign-in form shows, in Danish. */
    private static void assertTheSignInViewShows(PortalProcess portal) throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.open("1280,900")) {
            WebDriver browser = chromium.browser();
            browser.get("http://localhost:" + portal.port + "/app/login");
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(b -> !b.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
            assertTrue(browser.findElement(By.tagName("body")).getText().contains("Log ind"), "the shell's texts, in Danish");
        }
    }
}
