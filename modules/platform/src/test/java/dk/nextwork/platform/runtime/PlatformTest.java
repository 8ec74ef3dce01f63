package dk.nextwork.platform.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.config.PortalConfiguration;

class PlatformTest {

    @TempDir
    Path home;

    private PortalConfiguration configuration() {
        return PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString()), home);
    }

    /** The content trees come from the test module that stands in for their owners (src/test/content-trees). */
    @Test
    void theTreesTheModulesDeclareAreCreatedOnFirstStart() throws Exception {
        try (Platform platform = Platform.start(configuration(), getClass().getClassLoader())) {
            assertTrue(platform.isReady());
            assertEquals("platform", platform.modules().get(0).descriptor().name());
            for (String tree : new String[] {"/website", "/partners", "/profiles", "/dam", "/config", "/program",
                    "/reports", "/messages", "/system/modules/platform"}) {
                Boolean exists = platform.repository().withServiceSession(session -> session.nodeExists(tree));
                assertTrue(exists, tree);
            }
            String description = platform.repository().withServiceSession(
                    session -> session.getNode("/config").getProperty("description").getString());
            assertEquals("Configuration, such as the trait configuration and module settings", description);
        }
    }

    @Test
    void aSecondPlatformOnTheSameDataFolderIsRefusedAndTheFirstKeepsWorking() throws Exception {
        try (Platform first = Platform.start(configuration(), getClass().getClassLoader())) {
            DataFolderLock.DataFolderInUseException error = assertThrows(DataFolderLock.DataFolderInUseException.class,
                    () -> Platform.start(configuration(), getClass().getClassLoader()));
            // the platform's tests declare no product name: the platform calls itself "portal"
            assertTrue(error.getMessage().startsWith("The data folder " + home + " is in use by another portal "
                    + "process (pid " + ProcessHandle.current().pid()), error.getMessage());
            assertTrue(first.isReady());
            first.repository().withServiceSession(session -> {
                session.getNode("/program").addNode("still-writable");
                session.save();
                return null;
            });
        }
        try (Platform again = Platform.start(configuration(), getClass().getClassLoader())) {
            Boolean kept = again.repository().withServiceSession(session -> session.nodeExists("/program/still-writable"));
            assertTrue(kept);
        }
    }

    @Test
    void aClosedPlatformIsNotReady() throws Exception {
        Platform platform = Platform.start(configuration(), getClass().getClassLoader());
        platform.close();
        assertEquals(false, platform.isReady());
    }
}
