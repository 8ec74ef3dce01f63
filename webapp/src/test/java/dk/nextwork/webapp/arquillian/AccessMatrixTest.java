package dk.nextwork.webapp.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * The REST side of access control, over HTTP: for every role (and nobody) and every protected
 * resource, allowed and refused; sessions with CSRF protection, bearer tokens, sign-out everywhere,
 * and the pause after repeated failed sign-ins.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixTest {

    /** Demo accounts (README). */
    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("youth@nextwork.example", "demo-ung-2026");
        ROLES.put("company@nextwork.example", "demo-virksomhed-2026");
        ROLES.put("counsellor@nextwork.example", "demo-vejleder-2026");
        ROLES.put("coordinator@nextwork.example", "demo-koordinator-2026");
        ROLES.put("editor@nextwork.example", "demo-redaktoer-2026");
        ROLES.put("admin@nextwork.example", "demo-drift-2026");
    }

    /** Resource, then the status for nobody, youth, company, counsellor, coordinator, editor, admin. */
    private static final Map<String, List<Integer>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("/api/me", List.of(401, 200, 200, 200, 200, 200, 200));
        MATRIX.put("/api/system/status", List.of(401, 403, 403, 403, 403, 403, 200));
        MATRIX.put("/.rest/definitions", List.of(401, 403, 403, 403, 403, 403, 200));
        MATRIX.put("/.rest/export/partners/surdejshjoernet", List.of(401, 403, 403, 403, 403, 403, 200));
        MATRIX.put("/api/audit", List.of(401, 403, 403, 403, 200, 403, 200));
        MATRIX.put("/api/audit?person=abc123", List.of(401, 403, 403, 403, 200, 403, 200));
        MATRIX.put("/.rest/delivery/partners/", List.of(200, 200, 200, 200, 200, 200, 200));
        MATRIX.put("/indsatsen", List.of(200, 200, 200, 200, 200, 200, 200));
        MATRIX.put("/health/ready", List.of(200, 200, 200, 200, 200, 200, 200));
        // a file in the company network's demo conversation: its members only, and 404 (not 403) for anyone else
        MATRIX.put("/api/messages/companies/1/files/1/Makkerordning.pdf", List.of(401, 404, 200, 404, 200, 404, 404));
        MATRIX.put("/api/messages/companies/1/files/2/Makkerordning.pdf", List.of(401, 404, 404, 404, 404, 404, 404));
    }

    @Deployment(testable = false)
    static WebArchive portal() {
        return HealthEndpointsTest.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyRoleGetsExactlyWhatItMayHaveOverHttp() throws Exception {
        List<PortalClient> clients = new java.util.ArrayList<>();
        clients.add(new PortalClient(base.toString()));
        for (Map.Entry<String, String> role : ROLES.entrySet()) {
            PortalClient client = new PortalClient(base.toString());
            assertEquals(200, client.signIn(role.getKey(), role.getValue()).statusCode(), role.getKey());
            clients.add(client);
        }
        List<String> wrong = new java.util.ArrayList<>();
        for (Map.Entry<String, List<Integer>> resource : MATRIX.entrySet()) {
            for (int i = 0; i < clients.size(); i++) {
                HttpResponse<String> response = clients.get(i).get(resource.getKey());
                if (response.statusCode() != resource.getValue().get(i)) {
                    wrong.add(resource.getKey() + " as " + (i == 0 ? "nobody" : List.copyOf(ROLES.keySet()).get(i - 1))
                            + ": " + response.statusCode() + " instead of " + resource.getValue().get(i));
                }
                if (response.statusCode() == 401 || response.statusCode() == 403) {
                    assertTrue(response.body().startsWith("{\"error\":"), "a JSON error: " + response.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void meAnswersTheSignedInUserAndNothingWithoutASession() throws Exception {
        PortalClient anonymous = new PortalClient(base.toString());
        HttpResponse<String> refused = anonymous.get("/api/me");
        assertEquals(401, refused.statusCode());
        assertEquals("application/json", refused.headers().firstValue("Content-Type").orElse(""));

        PortalClient rep = new PortalClient(base.toString());
        rep.signIn("company@nextwork.example", "demo-virksomhed-2026");
        JsonNode me = new ObjectMapper().readTree(rep.get("/api/me").body());
        assertEquals("Sara Bech (demo)", me.get("name").asText());
        assertEquals("company_rep", me.get("roles").get(0).asText());
        assertEquals("surdejshjoernet", me.get("company").asText());
        assertTrue(!me.get("id").asText().isBlank());

        assertEquals(204, rep.send("DELETE", "/api/session", null).statusCode());
        assertEquals(401, rep.get("/api/me").statusCode(), "signed out");
    }

    @Test
    void changesOnASessionNeedItsCsrfTokenWhileABearerTokenNeedsNone() throws Exception {
        PortalClient coordinator = new PortalClient(base.toString());
        coordinator.signIn("coordinator@nextwork.example", "demo-koordinator-2026");
        HttpResponse<String> forged = coordinator.sendWith("POST", "/api/me/tokens", "X-Requested-With", "x");
        assertEquals(401, forged.statusCode(), "another client without the session cookie");

        HttpResponse<String> issued = coordinator.send("POST", "/api/me/tokens", null);
        assertEquals(200, issued.statusCode(), issued.body());
        String token = new ObjectMapper().readTree(issued.body()).get("token").asText();

        HttpResponse<String> withoutCsrf = coordinator.sendWithSession("POST", "/api/me/tokens");
        assertEquals(403, withoutCsrf.statusCode(), "the session cookie alone may not change anything");

        HttpResponse<String> byToken = coordinator.sendWith("GET", "/api/me", "Authorization", "Bearer " + token);
        assertEquals(200, byToken.statusCode());
        assertEquals(200, coordinator.sendWith("GET", "/api/audit", "Authorization", "Bearer " + token).statusCode());
        assertEquals(401, coordinator.sendWith("GET", "/api/me", "Authorization", "Bearer " + token.substring(1) + "x")
                .statusCode(), "a guessed token");

        assertEquals(204, coordinator.send("POST", "/api/me/sign-out-everywhere", null).statusCode());
        assertEquals(401, coordinator.get("/api/me").statusCode(), "this session ended");
        assertEquals(401, coordinator.sendWith("GET", "/api/me", "Authorization", "Bearer " + token).statusCode(),
                "and the token");
    }

    @Test
    void repeatedFailedSignInsWaitAlikeForEveryAddressAndNeverLockTheOwnerOut() throws Exception {
        PortalClient client = new PortalClient(base.toString());
        List<Integer> known = new java.util.ArrayList<>();
        List<Integer> unknown = new java.util.ArrayList<>();
        // Emma (demo) has been invited but has no password: her address can be tried without harm to other tests
        for (int i = 0; i < 6; i++) {
            known.add(client.signIn("emma.friis@nextwork.example", "not the password " + i).statusCode());
            unknown.add(client.signIn("nobody.enrolled@nextwork.example", "not the password " + i).statusCode());
        }
        assertEquals(List.of(401, 401, 401, 401, 401, 429), known);
        assertEquals(known, unknown, "nobody can learn from the answers who is enrolled");
        HttpResponse<String> paused = client.signIn("emma.friis@nextwork.example", "another guess");
        assertTrue(Integer.parseInt(paused.headers().firstValue("Retry-After").orElse("0")) > 0);
        assertEquals("application/json", paused.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aBearerTokenCannotMakeAnotherToken() throws Exception {
        PortalClient editor = new PortalClient(base.toString());
        editor.signIn("editor@nextwork.example", "demo-redaktoer-2026");
        String token = new ObjectMapper().readTree(editor.send("POST", "/api/me/tokens", null).body()).get("token").asText();
        HttpResponse<String> minted = editor.sendWith("POST", "/api/me/tokens", "Authorization", "Bearer " + token);
        assertEquals(403, minted.statusCode(), minted.body());
        assertTrue(minted.body().contains("\"error\""), minted.body());
        assertEquals(200, editor.sendWith("GET", "/api/me", "Authorization", "Bearer " + token).statusCode());
    }

    @Test
    void theSessionIdIsTakenFromTheCookieOnlyNeverFromTheAddress() throws Exception {
        PortalClient counsellor = new PortalClient(base.toString());
        HttpResponse<String> signedIn = counsellor.signIn("counsellor@nextwork.example", "demo-vejleder-2026");
        String sessionId = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow()
                .replaceFirst("JSESSIONID=([^;]+).*", "$1");
        assertEquals(200, counsellor.get("/api/me").statusCode());
        PortalClient stranger = new PortalClient(base.toString());
        HttpResponse<String> byAddress = stranger.get("/api/me;jsessionid=" + sessionId);
        assertTrue(byAddress.statusCode() == 401 || byAddress.statusCode() == 404, byAddress.statusCode() + " " + byAddress.body());
        assertTrue(!byAddress.body().contains("Jonas"), byAddress.body());
    }

    @Test
    void theCsrfCheckFollowsTheNormalisedPathNotTheRawAddress() throws Exception {
        PortalClient coordinator = new PortalClient(base.toString());
        coordinator.signIn("coordinator@nextwork.example", "demo-koordinator-2026");
        for (String disguised : List.of("/app/../api/me/tokens", "/VAADIN/../api/me/tokens", "/app/./../api/me/tokens")) {
            HttpResponse<String> forged = coordinator.sendWithSession("POST", disguised);
            assertTrue(forged.statusCode() == 403 || forged.statusCode() == 400, disguised + ": " + forged.statusCode()
                    + " " + forged.body());
            assertTrue(!forged.body().contains("\"token\""), disguised + " made a token: " + forged.body());
        }
    }
}
