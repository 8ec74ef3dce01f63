package dk.nextwork.webapp.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.nextwork.webapp.testing.PortalClient;

/** Editing a content type on disk while the portal runs: picked up without restart, breakage reported. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LightModuleHotReloadTest {

    private static final long RELOAD_WITHIN_MILLIS = 3_000;

    @Deployment(testable = false)
    static WebArchive portal() {
        return HealthEndpointsTest.portal();
    }

    @ArquillianResource
    URL base;

    private PortalClient admin;

    private HttpResponse<String> get(String path) throws Exception {
        if (admin == null) {
            admin = PortalClient.signedInAsAdmin(base.toString());
        }
        return admin.get(path);
    }

    /** Polls until the condition holds; returns how long it took, failing after three seconds. */
    private long within3Seconds(String what, Predicate<Void> condition) throws Exception {
        long started = System.nanoTime();
        while (!condition.test(null)) {
            long waited = (System.nanoTime() - started) / 1_000_000;
            assertTrue(waited < RELOAD_WITHIN_MILLIS, what + " did not happen within 3 s");
            Thread.sleep(50);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private boolean status(String path, int expected) {
        try {
            return get(path).statusCode() == expected;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode definitions() {
        try {
            return new ObjectMapper().readTree(get("/.rest/definitions").body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anEditedContentTypeServesWithoutRestartAndABrokenOneIsReportedWhileTheOldOneServes() throws Exception {
        Path partner = Path.of(System.getProperty(PortalContextProcessor.LIGHT_MODULES_PROPERTY),
                "nextwork-site", "contentTypes", "partner.yaml");
        String original = Files.readString(partner);
        String filterOnNewProperty = "/.rest/delivery/partners/?founded[null]=true";
        assertEquals(400, get(filterOnNewProperty).statusCode(), "founded is not a property yet");

        Files.writeString(partner, original + "  - name: founded\n    type: long\n    range: {min: 1800, max: 2100}\n");
        within3Seconds("the new property", v -> status(filterOnNewProperty, 200));

        String broken = original + "  - name: founded\n    type: year\n";
        Files.writeString(partner, broken);
        int brokenLine = (int) broken.lines().count();
        within3Seconds("the problem report", v -> definitions().get("problems").size() == 1);
        JsonNode problem = definitions().get("problems").get(0);
        assertEquals("light-modules/nextwork-site/contentTypes/partner.yaml", problem.get("file").asText());
        assertEquals(brokenLine, problem.get("line").asInt());
        assertTrue(problem.get("reason").asText().startsWith("unknown type 'year'"), problem.toString());
        assertEquals(200, get(filterOnNewProperty).statusCode(), "the last valid definition keeps serving");
        assertEquals(200, get("/.rest/delivery/partners/surdejshjoernet").statusCode());

        Files.writeString(partner, original);
        within3Seconds("the repair", v -> definitions().get("problems").isEmpty());
        assertEquals(400, get(filterOnNewProperty).statusCode());
    }

    @Test
    void theDefinitionsListingNamesTheSitesAndTheMatchingsTypesAndEndpoints() throws Exception {
        JsonNode listing = definitions();
        java.util.Set<String> modules = new java.util.TreeSet<>();
        listing.get("modules").forEach(module -> modules.add(module.asText()));
        assertEquals(java.util.Set.of("nextwork-matching", "nextwork-site"), modules);
        java.util.Set<String> types = new java.util.TreeSet<>();
        listing.get("contentTypes").forEach(type -> types.add(type.get("name").asText()));
        assertEquals(java.util.Set.of("page", "partner", "profile", "text", "image", "call-to-action", "trait", "offer"), types);
        assertEquals(4, listing.get("endpoints").size(), "pages, partners, profiles, offers");
    }

    @Test
    void theExportOfAPartnerIsTheBootstrapFormat() throws Exception {
        HttpResponse<String> export = get("/.rest/export/partners/surdejshjoernet");
        assertEquals(200, export.statusCode());
        assertTrue(export.body().startsWith("surdejshjoernet:\n  jcr:primaryType: nt:unstructured\n"), export.body());
        assertTrue(export.body().contains("memberSince: !date '"), export.body());
        assertEquals(400, get("/.rest/export/system/modules").statusCode(), "never system or security data");
        assertEquals(404, get("/.rest/export/partners/nobody").statusCode());
    }
}
