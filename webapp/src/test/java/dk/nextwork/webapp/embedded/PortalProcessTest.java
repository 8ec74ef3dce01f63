package dk.nextwork.webapp.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.testing.DemoRepository;
import dk.nextwork.webapp.testing.PortalClient;

/**
 * The portal as an operator meets it: started, started twice, stopped with SIGTERM, misconfigured.
 * Where the first start's installing is not what a test is about, the data folder starts as a
 * copy of the demo repository.
 */
@ExtendWith(DemoRepository.Parameter.class)
class PortalProcessTest {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path workspace;

    @Test
    void aSecondPortalOnTheSameDataFolderRefusesClearlyAndTheFirstKeepsWorking(DemoRepository demo) throws Exception {
        Path home = workspace.resolve("var");
        demo.copyInto(home);
        try (PortalProcess first = PortalProcess.start(home, Map.of()).awaitReady(START);
             PortalProcess second = PortalProcess.start(home, Map.of())) {

            assertEquals(1, second.awaitExit(START));
            assertTrue(second.output().contains("NExTWORK could not start: The data folder " + home
                    + " is in use by another NExTWORK process (pid " + first.process.pid()), second.output());

            assertEquals(200, first.get("/health/ready").statusCode());
            assertEquals(200, first.admin().get("/api/system/status").statusCode());
        }
    }

    @Test
    void sigtermClosesTheRepositoryCleanlyAndItsContentIsThereOnTheNextStart(DemoRepository demo) throws Exception {
        Path home = workspace.resolve("var");
        demo.copyInto(home);
        String installedAt;
        try (PortalProcess portal = PortalProcess.start(home, Map.of()).awaitReady(START)) {
            installedAt = portal.admin().get("/api/system/status").body();
            portal.terminate();
            assertEquals(143, portal.awaitExit(Duration.ofSeconds(30)));
            assertTrue(portal.output().contains("Repository closed"), portal.output());
            assertTrue(portal.output().contains("Platform stopped"), portal.output());
        }
        try (PortalProcess again = PortalProcess.start(home, Map.of()).awaitReady(START)) {
            // Same recorded install times: the modules were not installed a second time.
            assertEquals(installedAt, again.admin().get("/api/system/status").body());
            assertTrue(!again.output().contains("Module platform: install"), again.output());
        }
    }

    @Test
    void everyTokenAnsweredBeforeAKillWorksAfterTheRestart(DemoRepository demo) throws Exception {
        Path home = workspace.resolve("var");
        demo.copyInto(home);
        java.util.List<String> acknowledged = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (PortalProcess portal = PortalProcess.start(home, Map.of()).awaitReady(START)) {
            PortalClient admin = portal.admin();
            java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(4);
            for (int i = 0; i < 4; i++) {
                writers.submit(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        var answer = admin.send("POST", "/api/me/tokens", null);
                        if (answer.statusCode() == 200) {
                            acknowledged.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body())
                                    .get("token").asText());
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000, 2_500));
            portal.process.destroyForcibly(); // kill -9, at a moment when four writers are busy
            assertTrue(portal.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
            writers.shutdownNow();
            assertTrue(writers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        java.util.List<String> tokens = java.util.List.copyOf(acknowledged);
        assertTrue(tokens.size() >= 10, "tokens were issued before the kill: " + tokens.size());
        try (PortalProcess again = PortalProcess.start(home, Map.of()).awaitReady(START)) {
            PortalClient client = new PortalClient("http://localhost:" + again.port);
            long lost = tokens.stream().filter(token -> {
                try {
                    return client.sendWith("GET", "/api/me", "Authorization", "Bearer " + token).statusCode() != 200;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            assertEquals(0, lost, lost + " of " + tokens.size() + " tokens answered 200 were lost in the crash");
        }
    }

    @Test
    void anInvalidSettingStopsStartUpWithAMessageNamingIt() throws Exception {
        Path home = workspace.resolve("var");
        Files.createDirectories(home);
        Files.writeString(home.resolve("nextwork.properties"), "repository=mysql\n");
        try (PortalProcess portal = PortalProcess.start(home, Map.of("PORT", "99999"))) {
            assertEquals(2, portal.awaitExit(START));
            String output = portal.output();
            assertTrue(output.contains("Invalid NExTWORK configuration:"), output);
            assertTrue(output.contains("port (PORT) from environment: 99999 is outside 1-65535"), output);
            assertTrue(output.contains("repository (NEXTWORK_REPOSITORY) from " + home.resolve("nextwork.properties")
                    + ": 'mysql' is not one of: segment, postgres"), output);
        }
    }

    @Test
    void aSignedInSessionEndsAfterTheConfiguredTimeWithoutActivity(DemoRepository demo) throws Exception {
        demo.copyInto(workspace.resolve("var"));
        try (PortalProcess portal = PortalProcess.start(workspace.resolve("var"), Map.of("NEXTWORK_SESSION_TIMEOUT", "2s"))
                .awaitReady(START)) {
            PortalClient client = new PortalClient("http://localhost:" + portal.port);
            assertEquals(200, client.signIn("youth@nextwork.example", "demo-ung-2026").statusCode());
            assertEquals(200, client.get("/api/me").statusCode());
            Thread.sleep(1_200);
            assertEquals(200, client.get("/api/me").statusCode(), "activity keeps the session");
            Thread.sleep(3_500);
            assertEquals(401, client.get("/api/me").statusCode(), "idle too long");
        }
    }

    @Test
    void productionModeStartsOnlyWithAnAdministratorFromTheEnvironmentAndHasNoDemoAccounts() throws Exception {
        try (PortalProcess refused = PortalProcess.start(workspace.resolve("refused"), Map.of("NEXTWORK_MODE", "production"))) {
            assertTrue(refused.awaitExit(START) != 0);
            assertTrue(refused.output().contains("NEXTWORK_ADMIN_EMAIL and NEXTWORK_ADMIN_PASSWORD"), refused.output());
        }
        try (PortalProcess portal = PortalProcess.start(workspace.resolve("production"), Map.of("NEXTWORK_MODE", "production",
                "NEXTWORK_ADMIN_EMAIL", "drift@roskilde.example", "NEXTWORK_ADMIN_PASSWORD", "lang og hemmelig nøgle for 2027"))
                .awaitReady(START)) {
            PortalClient client = new PortalClient("http://localhost:" + portal.port);
            assertEquals(401, client.signIn("admin@nextwork.example", "demo-drift-2026").statusCode(), "no demo accounts");
            assertEquals(200, client.signIn("drift@roskilde.example", "lang og hemmelig nøgle for 2027").statusCode());
            assertTrue(!portal.output().contains("lang og hemmelig nøgle for 2027"), "the password is not logged");
        }
    }

    @Test
    void theClientsAddressComesFromTheProxyOnlyWhenThePortalIsToldItIsBehindOne(DemoRepository demo) throws Exception {
        for (boolean behindProxy : new boolean[] {false, true}) {
            Path home = workspace.resolve("proxy-" + behindProxy);
            demo.copyInto(home);
            try (PortalProcess portal = PortalProcess.start(home, Map.of("NEXTWORK_BEHIND_PROXY", String.valueOf(behindProxy)))
                    .awaitReady(START)) {
                String base = "http://localhost:" + portal.port;
                java.net.http.HttpResponse<String> signIn = java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/session"))
                                .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.5")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        "{\"email\":\"youth@nextwork.example\",\"password\":\"wrong password\"}")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(401, signIn.statusCode());
                String audit = portal.admin().get("/api/audit?limit=20").body();
                assertEquals(behindProxy, audit.contains("\"client\":\"203.0.113.5\""), audit);

                // HTTPS as the proxy saw it brings HSTS, but only from a proxy the portal is told about
                java.net.http.HttpResponse<String> overHttps = java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/")).header("X-Forwarded-Proto", "https")
                                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(behindProxy, overHttps.headers().firstValue("Strict-Transport-Security").isPresent(),
                        overHttps.headers().map().toString());
                assertTrue(overHttps.headers().firstValue("Server").isEmpty(), "no Server header naming what runs");
                if (behindProxy) {
                    continue;
                }
                // what the server refuses before the portal sees it gets the portal's answer, not the server's page
                for (String path : java.util.List.of("/app/%2e%2e/api/me", "/%2e%2e/etc/passwd", "/a%00b")) {
                    java.net.http.HttpResponse<String> refused = portal.get(path);
                    assertEquals(400, refused.statusCode(), path + ": " + refused.body());
                    assertTrue(refused.body().contains("Siden kan ikke vises"), refused.body());
                    String everything = refused.body() + refused.headers().map();
                    assertTrue(!everything.contains("Jetty") && !everything.contains("Powered by"), everything);
                    assertEquals("nosniff", refused.headers().firstValue("X-Content-Type-Options").orElse(""), path);
                }
                java.net.http.HttpResponse<String> api = portal.get("/api/%2e%2e/me");
                assertEquals(400, api.statusCode());
                assertEquals("{\"error\":\"bad request\"}", api.body(), "the API's own shape under /api/");
            }
        }
    }
}
