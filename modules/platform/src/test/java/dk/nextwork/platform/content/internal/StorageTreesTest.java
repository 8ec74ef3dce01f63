package dk.nextwork.platform.content.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.config.PlatformSettings;
import dk.nextwork.platform.content.ContentService;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.testing.LightModulesCopy;
import dk.nextwork.platform.testing.RunningPlatform;

/** A new kind of content, defined in a light module, stores its items without any Java to make its tree. */
class StorageTreesTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform(copyOfTheProjectsLightModules());

    private static Path copyOfTheProjectsLightModules() {
        try {
            return LightModulesCopy.of(Path.of("../../light-modules").toAbsolutePath().normalize(),
                    Files.createTempDirectory("nextwork-light-modules"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aContentTypeWithANewTreeGetsItAndItsItemsAreSaved() throws Exception {
        Platform platform = running.platform();
        assertFalse(exists(platform, "/events"));
        Path folder = platform.configuration().folder(PlatformSettings.LIGHT_MODULES);
        Files.writeString(folder.resolve("nextwork-site/contentTypes/event.yaml"),
                "name: event\nstorage: /events/roskilde\nproperties:\n  - name: title\n    type: string\n    required: true\n");

        await().atMost(Duration.ofSeconds(15)).until(() -> exists(platform, "/events/roskilde"));
        new ContentService(platform.definitions(), platform.repository()).save("event", "netvaerksmoede",
                Map.of("title", "Netværksmøde i december"), false);
        assertTrue(exists(platform, "/events/roskilde/netvaerksmoede"));
    }

    private static boolean exists(Platform platform, String path) throws Exception {
        return platform.repository().withServiceSession(session -> session.nodeExists(path));
    }
}
