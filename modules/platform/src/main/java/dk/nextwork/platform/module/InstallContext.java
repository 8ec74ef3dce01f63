package dk.nextwork.platform.module;

import java.time.Clock;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.platform.config.PortalConfiguration;

/** What an install or update task works with. */
public interface InstallContext {

    ModuleDescriptor module();

    /** The session of the current version step; the module system saves it once all tasks succeeded. */
    Session session();

    /** The portal's settings, such as the mode (demo or production). */
    PortalConfiguration configuration();

    /**
     * The platform's clock: what a task stamps or dates (the demo's "three weeks ago", an entry's
     * creation) is measured from it, so an install at a fixed moment installs the same content.
     */
    Clock clock();

    /**
     * Imports a bootstrap YAML file from the module's classpath (e.g.
     * {@code nextwork/content/partners.yaml}) under {@code parentPath}. Nodes that already exist
     * are left as they are. {@link Tasks#bootstrap} is the task that does it.
     */
    void importBootstrap(String resource, String parentPath) throws RepositoryException;
}
