package dk.nextwork.webapp.war;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged WAR, deployed into a bare Servlet 6 container, serves the portal and its public site. */
class WarDeploymentIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** What a standalone Jetty 12 ee10 with its annotations module has on its class path. */
    private static final String CONTAINER_JARS = ".*/(jetty-(?!deploy)[^/]*|jakarta\\.servlet-api-[^/]*"
            + "|jakarta\\.websocket-[^/]*|jakarta\\.annotation-api-[^/]*|jakarta\\.transaction-api-[^/]*|asm[^/]*|slf4j-(api|simple)-[^/]*)\\.jar";

    @TempDir
    Path workspace;

    @Test
    void theWarStartsThePortalInAPlainServletContainer() throws Exception {
        Path war = Path.of("target", "nextwork-portal.war").toAbsolutePath();
        assertTrue(Files.isRegularFile(war), "build the WAR first (mvn verify)");
        String containerClassPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.matches(CONTAINER_JARS) || entry.matches(".*/test-classes/?"))
                .collect(Collectors.joining(File.pathSeparator));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = workspace.resolve("container.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", containerClassPath, WarServer.class.getName(), war.toString(), Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).directory(workspace.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("NEXTWORK_"));
        builder.environment().put("NEXTWORK_HOME", workspace.resolve("var").toString());
        Process container = builder.start();
        try {
            await("the container's deployed line").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .failFast(() -> assertTrue(container.isAlive(), Files.readString(log)))
                    .until(() -> Files.readString(log), output -> output.contains("WAR deployed on port " + port));
            assertEquals(200, get(port, "/health/ready").statusCode());
            assertEquals(401, get(port, "/api/system/status").statusCode());
            String status = dk.nextwork.webapp.testing.PortalClient.signedInAsAdmin("http://localhost:" + port)
                    .get("/api/system/status").body();
            assertTrue(status.contains("\"name\":\"system-status\""), status);
            assertEquals(200, get(port, "/app/system").statusCode(), "the application's page (it asks to sign in)");
            assertTrue(dk.nextwork.webapp.testing.PushSocket.upgrades("http://localhost:" + port + "/"),
                    "Push over WebSocket in the container's own WebSocket support");
            HttpResponse<String> page = get(port, "/samarbejdspartnere/surdejshjoernet");
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("<html lang=\"da\">") && page.body().contains("Bageri og café"), page.body());
            assertEquals(200, get(port, "/.rest/delivery/partners/surdejshjoernet").statusCode(),
                    "the site's light module travels inside the WAR");
            assertTrue(Files.isDirectory(workspace.resolve("var/repository")), "the repository is in NEXTWORK_HOME");
        } finally {
            container.destroy();
            container.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
