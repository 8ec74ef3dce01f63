package dk.nextwork.webapp.arquillian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.jboss.arquillian.container.jetty.embedded_12_ee10.WebAppContextProcessor;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.testing.LightModulesCopy;
import dk.nextwork.webapp.embedded.PortalServer;

/**
 * Gives the web application that Arquillian's embedded Jetty deploys the portal's own set-up,
 * with a fresh data folder for the test run.
 */
public class PortalContextProcessor implements WebAppContextProcessor {

    /** The portal's configured address in the tests (not where the test container listens). */
    public static final String PUBLIC_URL = "https://nextwork.roskilde.example";

    /** Where the deployment's own copy of the light modules is, for tests that edit them. */
    public static final String LIGHT_MODULES_PROPERTY = "nextwork.test.light-modules";

    /** A copy, so that tests may edit definitions without touching the project's files. */
    private static Path copyOfLightModules(Path target) throws IOException {
        return LightModulesCopy.of(Path.of("..", "light-modules").toAbsolutePath().normalize(), target);
    }

    @Override
    public void process(WebAppContext context, Archive<?> archive) {
        try {
            Path home = Files.createTempDirectory("nextwork-arquillian");
            Path lightModules = copyOfLightModules(home.resolve("light-modules"));
            System.setProperty(LIGHT_MODULES_PROPERTY, lightModules.toString());
            PortalServer.configure(context, PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString(),
                    "NEXTWORK_LIGHT_MODULES", lightModules.toString(), "NEXTWORK_PUBLIC_URL", PUBLIC_URL), home));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers the processor with Arquillian. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.service(WebAppContextProcessor.class, PortalContextProcessor.class);
        }
    }
}
