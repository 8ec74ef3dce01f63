package dk.nextwork.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.runtime.Platform;

/**
 * A started platform for each test, in a data folder of its own, with the modules on the test
 * class path and the project's light modules ({@code light-modules/} at the repository root).
 * Register with {@code @RegisterExtension final RunningPlatform running = new RunningPlatform();}.
 *
 * <p>The data folder holds a copy of the {@link DemoRepository}, installed once per test JVM, so
 * each test starts on the demo as a first start installs it, and what one test saves no other
 * test sees. {@link #freshInstall()} installs anew, for tests of installing itself.
 *
 * <p>{@link #clock()} is the test's clock for the services it wires and for the platform's install
 * tasks: the moment the test began, standing still, or the moment {@link #freshInstallAt} names.
 */
public final class RunningPlatform implements BeforeEachCallback, AfterEachCallback {

    private final Path lightModules;
    private final boolean freshInstall;
    private final Instant installedAt;
    private Path home;
    private Platform platform;
    private Clock clock;

    /** With the project's own light modules. */
    public RunningPlatform() {
        this(Path.of("../../light-modules"));
    }

    /** With the light modules in another folder, such as a copy a test may change. */
    public RunningPlatform(Path lightModules) {
        this(lightModules, false);
    }

    private RunningPlatform(Path lightModules, boolean freshInstall, Instant installedAt) {
        this.lightModules = lightModules;
        this.freshInstall = freshInstall;
        this.installedAt = installedAt;
    }

    private RunningPlatform(Path lightModules, boolean freshInstall) {
        this(lightModules, freshInstall, null);
    }

    /** With the project's own light modules, on an empty data folder that the start installs into. */
    public static RunningPlatform freshInstall() {
        return new RunningPlatform(Path.of("../../light-modules"), true);
    }

    /**
     * As {@link #freshInstall()}, with the clock standing still at {@code moment}: what the install
     * tasks stamp and date (the demo's weeks of reports, "two weeks ago") is relative to it, not to
     * the real date.
     */
    public static RunningPlatform freshInstallAt(Instant moment) {
        return new RunningPlatform(Path.of("../../light-modules"), true, moment);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        clock = Clock.fixed(installedAt != null ? installedAt : Instant.now().truncatedTo(ChronoUnit.MILLIS),
                ZoneOffset.UTC);
        ClassLoader modules = RunningPlatform.class.getClassLoader();
        home = Files.createTempDirectory("nextwork-test");
        if (!freshInstall) {
            DemoRepository.of(context, modules).copyInto(home);
        }
        platform = Platform.start(configuration(home, lightModules), modules, clock);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (platform != null) {
                platform.close();
            }
        } finally {
            Folders.delete(home);
        }
    }

    public Platform platform() {
        return platform;
    }

    /**
     * The moment the test began, standing still (to the millisecond, as the repository keeps
     * times): every "now" and "today" of the services a test wires with it is one moment, however
     * long the test takes. The demo was installed earlier the same day (a fresh install: at this
     * moment).
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The portal started on the data folder {@code home} as it is (a copy of the demo that a test
     * has made look like an earlier version's, say), with the project's light modules; the caller closes it.
     */
    public static Platform startOn(Path home, ClassLoader modules) throws Exception {
        return Platform.start(configuration(home, Path.of("../../light-modules")), modules);
    }

    /** The settings tests run with: demo mode, the embedded store in {@code home}. */
    static PortalConfiguration configuration(Path home, Path lightModules) {
        return PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString(),
                "NEXTWORK_LIGHT_MODULES", lightModules.toAbsolutePath().normalize().toString()), home);
    }
}
