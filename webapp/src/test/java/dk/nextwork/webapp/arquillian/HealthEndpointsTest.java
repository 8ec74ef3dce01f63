package dk.nextwork.webapp.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.nextwork.webapp.testing.PortalClient;

/**
 * The portal deployed into Arquillian's embedded Jetty 12 (ee10): the health endpoints and a
 * module's contributed REST resource answer as load balancers and operators expect, and Push
 * upgrades to a WebSocket.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthEndpointsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The portal's classes come from the class path, as in the embedded launcher; the archive is the web root. */
    @Deployment(testable = false)
    public static WebArchive portal() {
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").setWebXML(new StringAsset(
                "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\" metadata-complete=\"false\">"
                        + "<display-name>NExTWORK portal</display-name></web-app>"));
    }

    @ArquillianResource
    URL base;

    /** A path as the portal publishes it, under the context the test deployment got. */
    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pushUpgradesToAWebSocket() {
        assertTrue(dk.nextwork.webapp.testing.PushSocket.upgrades(base.toString()), "the Jakarta WebSocket container is set up");
    }

    @Test
    void liveAnswersUpAsJson() throws Exception {
        HttpResponse<String> live = get("/health/live");
        assertEquals(200, live.statusCode());
        assertEquals("application/json", live.headers().firstValue("Content-Type").orElse(""));
        assertEquals("{\"status\":\"UP\"}", live.body());
    }

    @Test
    void readyAnswersUpOnceRepositoryAndModulesHaveStarted() throws Exception {
        HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertEquals("{\"status\":\"UP\"}", ready.body());
    }

    @Test
    void aModulesContributedResourceIsServedToThoseItIsFor() throws Exception {
        assertEquals(401, get("/api/system/status").statusCode(), "not without signing in");
        HttpResponse<String> status = PortalClient.signedInAsAdmin(base.toString()).get("/api/system/status");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"name\":\"platform\""), status.body());
        assertTrue(status.body().contains("\"name\":\"system-status\",\"description\""), status.body());
    }

    @Test
    void anUnknownPathIsNotFound() throws Exception {
        assertEquals(404, get("/api/no-such-thing").statusCode());
    }
}
