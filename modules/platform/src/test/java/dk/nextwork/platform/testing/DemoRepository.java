package dk.nextwork.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.time.PortalTime;

/**
 * The demo repository as the first start installs it, made once per test JVM and given to each
 * test as a copy of its store (a megabyte or two), so that a test does not install the demo again
 * (Argon2 hashes of the demo accounts, images, weeks of reports, the full-text index). Kept in
 * JUnit's root store, which deletes it when the test run ends. {@link RunningPlatform} starts
 * each test on a copy; a test that starts the portal in a process of its own takes it as a
 * parameter ({@code @ExtendWith(DemoRepository.Parameter.class)}) and copies it into the data
 * folder first.
 */
public final class DemoRepository implements ExtensionContext.Store.CloseableResource {

    private static final Namespace NAMESPACE = Namespace.create(DemoRepository.class);
    /** Where the segment store lives in a data folder, and its lock file, which a copy leaves out. */
    private static final String STORE = "repository";
    private static final String STORE_LOCK = "repo.lock";

    /**
     * What the installed result depends on: the modules on the class path and the day (the demo's
     * dates are relative to the day it is installed on, in Denmark). Not the light modules:
     * installs read none (they come from each module's class path), so the demo is installed
     * without any.
     */
    private record Installed(ClassLoader modules, LocalDate day) {
    }

    private final Path home;

    private DemoRepository(Path home) {
        this.home = home;
    }

    /** The demo for these modules and today, installed by the first test that asks for it. */
    public static DemoRepository of(ExtensionContext context, ClassLoader modules) {
        Installed key = new Installed(modules, PortalTime.today(Clock.systemUTC()));
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(key, k -> install(key), DemoRepository.class);
    }

    private static DemoRepository install(Installed installed) {
        Path home = null;
        try {
            home = Files.createTempDirectory("nextwork-demo");
            Path noLightModules = Files.createDirectory(home.resolve("light-modules"));
            try (Platform platform = Platform.start(RunningPlatform.configuration(home, noLightModules),
                    installed.modules())) {
                IndexLane.caughtUpWithInstalling(platform); // so that each copy starts indexed
            }
            return new DemoRepository(home);
        } catch (Exception | Error e) {
            try {
                Folders.delete(home);
            } catch (IOException notDeleted) {
                e.addSuppressed(notDeleted);
            }
            throw new IllegalStateException("The demo repository could not be installed", e);
        }
    }

    /** Puts a copy of the installed store into the data folder {@code home}. */
    public void copyInto(Path home) throws IOException {
        Folders.copy(this.home.resolve(STORE), home.resolve(STORE),
                file -> file.getFileName().toString().equals(STORE_LOCK));
    }

    @Override
    public void close() throws IOException {
        Folders.delete(home);
    }

    /** Resolves test and lifecycle methods' {@code DemoRepository} parameters. */
    public static final class Parameter implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == DemoRepository.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return of(context, DemoRepository.class.getClassLoader());
        }
    }
}
