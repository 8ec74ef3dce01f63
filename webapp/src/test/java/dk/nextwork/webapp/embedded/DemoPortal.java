package dk.nextwork.webapp.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The portal as the README starts it (demo mode, fresh data folder), once for a test class:
 * {@code @RegisterExtension static final DemoPortal portal = new DemoPortal();}.
 */
final class DemoPortal implements BeforeAllCallback, AfterAllCallback {

    private Path workspace;
    private PortalProcess portal;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        workspace = Files.createTempDirectory("nextwork-portal");
        portal = PortalProcess.start(workspace.resolve("var"), Map.of()).awaitReady(Duration.ofSeconds(90));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (portal != null) {
            portal.close();
        }
        try (Stream<Path> files = Files.walk(workspace)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    int port() {
        return portal.port;
    }
}
