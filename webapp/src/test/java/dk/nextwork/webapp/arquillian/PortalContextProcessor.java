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
import dk.nextwork.webapp.embedded.PortalServer;

/**
 * Gives the web application that Arquillian's embedded Jetty deploys the portal's own set-up,
 * with a fresh data folder for the test run.
 */
public class PortalContextProcessor implements WebAppContextProcessor {

    @Override
    public void process(WebAppContext context, Archive<?> archive) {
        try {
            Path home = Files.createTempDirectory("nextwork-arquillian");
            PortalServer.configure(context, PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString()), home));
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
