package dk.nextwork.webapp.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal as an operator meets it: started, started twice, stopped with SIGTERM, misconfigured. */
class PortalProcessTest {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path workspace;

    @Test
    void aSecondPortalOnTheSameDataFolderRefusesClearlyAndTheFirstKeepsWorking() throws Exception {
        Path home = workspace.resolve("var");
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
    void sigtermClosesTheRepositoryCleanlyAndItsContentIsThereOnTheNextStart() throws Exception {
        Path home = workspace.resolve("var");
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
}
