package dk.nextwork.platform.runtime;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.servlet.ServletContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.content.PublicChanges;
import dk.nextwork.platform.lightmodule.Definitions;
import dk.nextwork.platform.module.ModuleRegistry;
import dk.nextwork.platform.repository.PortalRepository;

/**
 * Starts the platform when the web application starts and stops it when it stops. A failure to
 * start propagates, so the servlet container refuses to serve a half-started portal.
 */
@ApplicationScoped
public class PlatformLifecycle {

    /** A servlet context attribute through which a launcher hands over the configuration it read. */
    public static final String CONFIGURATION_ATTRIBUTE = PortalConfiguration.class.getName();
    private static final Logger LOG = LoggerFactory.getLogger(PlatformLifecycle.class);

    private volatile Platform platform;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) throws Exception {
        Object handedOver = context.getAttribute(CONFIGURATION_ATTRIBUTE);
        PortalConfiguration configuration = handedOver instanceof PortalConfiguration given
                ? given : PortalConfiguration.load();
        ClassLoader modules = Thread.currentThread().getContextClassLoader();
        platform = Platform.start(configuration, modules != null ? modules : getClass().getClassLoader());
    }

    @PreDestroy
    void stop() {
        Platform running = platform;
        if (running != null) {
            LOG.info("Stopping the platform");
            running.close();
        }
    }

    /** Started, and still able to serve. */
    public boolean isReady() {
        Platform running = platform;
        return running != null && running.isReady();
    }

    private Platform running() {
        Platform running = platform;
        if (running == null) {
            throw new IllegalStateException("The platform has not started");
        }
        return running;
    }

    @Produces
    PortalRepository repository() {
        return running().repository();
    }

    @Produces
    ModuleRegistry modules() {
        return running();
    }

    @Produces
    Definitions definitions() {
        return running().definitions();
    }

    @Produces
    PublicChanges publicChanges() {
        return running().publicChanges();
    }

    @Produces
    PortalConfiguration configuration() {
        return running().configuration();
    }
}
