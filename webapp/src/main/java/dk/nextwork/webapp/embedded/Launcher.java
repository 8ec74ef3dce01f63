package dk.nextwork.webapp.embedded;

import org.eclipse.jetty.server.Server;

import dk.nextwork.platform.config.ConfigurationException;
import dk.nextwork.platform.config.PlatformSettings;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.config.ProductName;

/**
 * {@code java -jar nextwork-portal.jar}: reads the configuration, starts the portal and prints
 * its address once it is ready. Exit codes: 2 for a configuration error, 1 when start-up failed.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        // Weld logs through JBoss Logging; send it to the same place as everything else.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PortalConfiguration configuration;
        try {
            configuration = PortalConfiguration.load();
        } catch (ConfigurationException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        PortalServer.exposeManifestClassPath();
        Server server = PortalServer.create(configuration);
        try {
            server.start();
        } catch (Exception e) {
            System.err.println(ProductName.current() + " could not start: " + StartFailure.explain(e));
            server.stop();
            System.exit(1);
            return;
        }
        int port = configuration.get(PlatformSettings.PORT);
        System.out.println(ProductName.current() + " portal is ready at http://localhost:" + port + "/  (applications: /app/, "
                + "health: /health/ready, mode: " + configuration.get(PlatformSettings.MODE).name().toLowerCase(java.util.Locale.ROOT)
                + ", data: " + configuration.home() + ")");
        server.join();
    }
}
