package dk.nextwork.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.runtime.Platform;

/**
 * A started platform for each test, in a fresh data folder, with the modules on the test class
 * path and the project's light modules ({@code light-modules/} at the repository root). Register
 * with {@code @RegisterExtension final RunningPlatform running = new RunningPlatform();}.
 */
public final class RunningPlatform implements BeforeEachCallback, AfterEachCallback {

    private final Path lightModules;
    private Path home;
    private Platform platform;

    /** With the project's own light modules. */
    public RunningPlatform() {
        this(Path.of("../../light-modules"));
    }

    /** With the light modules in another folder, such as a copy a test may change. */
    public RunningPlatform(Path lightModules) {
        this.lightModules = lightModules;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        home = Files.createTempDirectory("nextwork-test");
        platform = Platform.start(PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString(),
                "NEXTWORK_LIGHT_MODULES", lightModules.toAbsolutePath().normalize().toString()), home),
                getClass().getClassLoader());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (platform != null) {
            platform.close();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    public Platform platform() {
        return platform;
    }
}
