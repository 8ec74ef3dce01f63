package dk.nextwork.platform.runtime;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.platform.config.PlatformSettings;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.content.PublicChanges;
import dk.nextwork.platform.content.internal.PublicChangeWatch;
import dk.nextwork.platform.content.internal.StorageTrees;
import dk.nextwork.platform.lightmodule.Definitions;
import dk.nextwork.platform.lightmodule.internal.LightModuleRegistry;
import dk.nextwork.platform.module.InstalledModule;
import dk.nextwork.platform.module.ModuleDescriptor;
import dk.nextwork.platform.module.ModuleRegistry;
import dk.nextwork.platform.module.internal.ModuleDescriptorReader;
import dk.nextwork.platform.module.internal.ModuleInstaller;
import dk.nextwork.platform.module.internal.ModuleOrder;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.internal.OakRepository;

/**
 * The running kernel: the data folder lock, the repository and the started modules, brought up
 * in that order and taken down in reverse. Free of servlet and CDI types so that tests and tools
 * can start it directly.
 */
public final class Platform implements ModuleRegistry, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);

    private final PortalConfiguration configuration;
    private final DataFolderLock lock;
    private final OakRepository repository;
    private final List<InstalledModule> modules;
    private final LightModuleRegistry definitions;
    private final PublicChangeWatch publicChanges;
    private volatile boolean stopping;

    private Platform(PortalConfiguration configuration, DataFolderLock lock, OakRepository repository,
                     List<InstalledModule> modules, LightModuleRegistry definitions, PublicChangeWatch publicChanges) {
        this.configuration = configuration;
        this.lock = lock;
        this.repository = repository;
        this.modules = modules;
        this.definitions = definitions;
        this.publicChanges = publicChanges;
    }

    /** Starts everything or, on the first failure, closes what was opened and throws. */
    public static Platform start(PortalConfiguration configuration, ClassLoader modulesClassLoader) throws Exception {
        return start(configuration, modulesClassLoader, Clock.systemUTC());
    }

    /**
     * Starts everything with the clock the modules' install and update tasks go by (a test's fixed
     * moment installs the demo relative to that moment) or, on the first failure, closes what was
     * opened and throws.
     */
    public static Platform start(PortalConfiguration configuration, ClassLoader modulesClassLoader, Clock clock)
            throws Exception {
        long started = System.nanoTime();
        DataFolderLock lock = DataFolderLock.acquire(configuration.home());
        OakRepository repository = null;
        try {
            repository = OakRepository.open(configuration);
            List<ModuleDescriptor> order = ModuleOrder.sort(ModuleDescriptorReader.readAll(modulesClassLoader));
            List<InstalledModule> modules = new ModuleInstaller(repository, configuration, modulesClassLoader, clock)
                    .installOrUpdate(order);
            LightModuleRegistry definitions = LightModuleRegistry.watching(
                    configuration.folder(PlatformSettings.LIGHT_MODULES), modulesClassLoader);
            PublicChangeWatch publicChanges = new PublicChangeWatch(repository, definitions,
                    order.stream().flatMap(module -> module.publicTrees().stream()).toList());
            publicChanges.refresh();
            definitions.onChange(publicChanges::definitionsChanged);
            StorageTrees storageTrees = new StorageTrees(repository, definitions);
            storageTrees.ensure();
            definitions.onChange(storageTrees::ensure);
            LOG.info("Platform started in {} ms: modules {}", (System.nanoTime() - started) / 1_000_000,
                    modules.stream().map(m -> m.descriptor().name() + " " + m.recordedVersion()).toList());
            return new Platform(configuration, lock, repository, modules, definitions, publicChanges);
        } catch (Exception | Error e) {
            if (repository != null) {
                repository.close();
            }
            lock.close();
            throw e;
        }
    }

    public PortalConfiguration configuration() {
        return configuration;
    }

    public PortalRepository repository() {
        return repository;
    }

    public Definitions definitions() {
        return definitions;
    }

    public PublicChanges publicChanges() {
        return publicChanges;
    }

    @Override
    public List<InstalledModule> modules() {
        return modules;
    }

    /** Ready to serve: started, not shutting down, and the repository answers. */
    public boolean isReady() {
        if (stopping) {
            return false;
        }
        try {
            return repository.withServiceSession(session -> session.getRootNode() != null);
        } catch (Exception e) {
            LOG.warn("Readiness check: repository does not answer", e);
            return false;
        }
    }

    @Override
    public void close() {
        stopping = true;
        definitions.close();
        publicChanges.close();
        try {
            repository.close();
        } finally {
            lock.close();
        }
        LOG.info("Platform stopped");
    }
}
