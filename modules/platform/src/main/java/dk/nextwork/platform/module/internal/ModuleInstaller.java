package dk.nextwork.platform.module.internal;

import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.platform.bootstrap.BootstrapImporter;
import dk.nextwork.platform.config.PlatformSettings.Mode;
import dk.nextwork.platform.config.PlatformSettings;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.module.InstallContext;
import dk.nextwork.platform.module.InstalledModule;
import dk.nextwork.platform.module.ModuleDescriptor;
import dk.nextwork.platform.module.ModuleStartException;
import dk.nextwork.platform.module.ModuleTree;
import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.Version;
import dk.nextwork.platform.module.VersionHandler;
import dk.nextwork.platform.repository.ClusterConflicts;
import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.PortalRepository;

/**
 * Brings each module's content up to its deployed version: install tasks on first start, then
 * each newer update step. Every step first creates the trees the module declares that are not
 * there yet, and skips the tasks of the other mode ({@link Task#onlyIn()}: demo data never runs
 * in production). A version step's tasks and the new recorded version are saved together, so a
 * failing task leaves the repository and the recorded version as they were; and when two app
 * nodes run the same step at once, only one of them saves it.
 */
public final class ModuleInstaller {

    /** Where installed module versions are recorded, one node per module. */
    public static final String RECORDS = "/system/modules";
    private static final Logger LOG = LoggerFactory.getLogger(ModuleInstaller.class);

    private final PortalRepository repository;
    private final PortalConfiguration configuration;
    private final ClassLoader classLoader;
    private final Clock clock;

    public ModuleInstaller(PortalRepository repository, PortalConfiguration configuration, ClassLoader classLoader) {
        this(repository, configuration, classLoader, Clock.systemUTC());
    }

    /** With the clock the tasks and the recorded install and update times go by. */
    public ModuleInstaller(PortalRepository repository, PortalConfiguration configuration, ClassLoader classLoader,
                           Clock clock) {
        this.repository = repository;
        this.configuration = configuration;
        this.classLoader = classLoader;
        this.clock = clock;
    }

    /** Installs or updates the modules in the given (dependency) order. */
    public List<InstalledModule> installOrUpdate(List<ModuleDescriptor> orderedModules) {
        List<InstalledModule> installed = new ArrayList<>();
        for (ModuleDescriptor module : orderedModules) {
            installed.add(ClusterConflicts.retry("Module " + module.name(),
                    () -> repository.withServiceSession(session -> installOrUpdate(session, module))));
        }
        return List.copyOf(installed);
    }

    private InstalledModule installOrUpdate(Session session, ModuleDescriptor module) throws RepositoryException {
        VersionHandler handler = versionHandlerOf(module);
        Node records = ensureRecords(session);
        if (!records.hasNode(module.name())) {
            runStep(session, module, "install", handler.installTasks(), module.version());
        } else {
            Version recorded = recordedVersion(records.getNode(module.name()), module);
            if (recorded.isAfter(module.version())) {
                throw new ModuleStartException("Module '" + module.name() + "' is at version " + recorded
                        + " in the repository but version " + module.version()
                        + " is deployed; downgrades are not supported");
            }
            List<UpdateStep> steps = handler.updateSteps().stream()
                    .filter(step -> step.version().isAfter(recorded) && !step.version().isAfter(module.version()))
                    .sorted(Comparator.comparing(UpdateStep::version))
                    .toList();
            for (UpdateStep step : steps) {
                runStep(session, module, "update to " + step.version(), step.tasks(), step.version());
            }
            if (module.version().isAfter(recordedVersion(records.getNode(module.name()), module))) {
                runStep(session, module, "update to " + module.version(), List.of(), module.version());
            }
        }
        Node record = session.getNode(RECORDS).getNode(module.name());
        return new InstalledModule(module, recordedVersion(record, module),
                record.getProperty("installed").getDate().toInstant(),
                record.getProperty("updated").getDate().toInstant());
    }

    private void runStep(Session session, ModuleDescriptor module, String step, List<Task> handlerTasks,
                         Version version) {
        InstallContext context = new StepContext(module, session, configuration, clock, classLoader);
        Mode mode = configuration.get(PlatformSettings.MODE);
        List<Task> tasks = new ArrayList<>();
        if (!module.trees().isEmpty()) {
            tasks.add(ownTrees(module));
        }
        tasks.addAll(handlerTasks);
        String currentTask = "recording the version";
        try {
            for (Task task : tasks) {
                if (task.onlyIn().filter(only -> only != mode).isPresent()) {
                    LOG.info("Module {}: {}: skipped ({} mode only): {}", module.name(), step,
                            task.onlyIn().get().name().toLowerCase(), task.description());
                    continue;
                }
                currentTask = task.description();
                LOG.info("Module {}: {}: {}", module.name(), step, currentTask);
                task.execute(context);
            }
            currentTask = "recording the version";
            record(session, module, version, clock.instant());
            session.save();
            LOG.info("Module {} is now at version {}", module.name(), version);
        } catch (Exception e) {
            discard(session);
            throw new ModuleStartException("Module '" + module.name() + "' " + step + " failed in task '"
                    + currentTask + "': " + e.getMessage() + " (nothing of this step was saved)", e);
        }
    }

    /** The trees the module declares, each with its description, unless it is there. */
    private static Task ownTrees(ModuleDescriptor module) {
        return Task.of("create the module's trees " + module.trees().stream().map(ModuleTree::path).toList(), context -> {
            Node root = context.session().getRootNode();
            for (ModuleTree tree : module.trees()) {
                if (!root.hasNode(tree.name())) {
                    Node node = root.addNode(tree.name(), "nt:unstructured");
                    if (!tree.description().isEmpty()) {
                        node.setProperty("description", tree.description());
                    }
                }
            }
        });
    }

    private static void discard(Session session) {
        try {
            session.refresh(false);
        } catch (RepositoryException e) {
            LOG.warn("Could not discard the failed step's changes", e);
        }
    }

    private static Node ensureRecords(Session session) throws RepositoryException {
        Node node = session.getRootNode();
        for (String name : RECORDS.substring(1).split("/")) {
            node = node.hasNode(name) ? node.getNode(name) : node.addNode(name, "nt:unstructured");
        }
        return node;
    }

    private static void record(Session session, ModuleDescriptor module, Version version, Instant at)
            throws RepositoryException {
        Node records = ensureRecords(session);
        java.util.Calendar now = JcrValues.utc(at);
        Node record;
        if (records.hasNode(module.name())) {
            record = records.getNode(module.name());
        } else {
            record = records.addNode(module.name(), "nt:unstructured");
            record.setProperty("installed", now);
        }
        record.setProperty("version", version.toString());
        record.setProperty("updated", now);
    }

    private static Version recordedVersion(Node record, ModuleDescriptor module) throws RepositoryException {
        String text = record.getProperty("version").getString();
        try {
            return Version.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ModuleStartException("Module '" + module.name() + "' has an unreadable recorded version at "
                    + record.getPath() + ": " + e.getMessage());
        }
    }

    private VersionHandler versionHandlerOf(ModuleDescriptor module) {
        if (module.versionHandler().isEmpty()) {
            return new VersionHandler() { };
        }
        String className = module.versionHandler().get();
        try {
            Object handler = Class.forName(className, true, classLoader).getConstructor().newInstance();
            if (!(handler instanceof VersionHandler versionHandler)) {
                throw new ModuleStartException("Module '" + module.name() + "': " + className
                        + " does not implement " + VersionHandler.class.getName());
            }
            return versionHandler;
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            throw new ModuleStartException("Module '" + module.name() + "': version handler " + className
                    + " cannot be created: " + cause, cause);
        }
    }

    private record StepContext(ModuleDescriptor module, Session session, PortalConfiguration configuration, Clock clock,
                               ClassLoader classLoader)
            implements InstallContext {

        @Override
        public void importBootstrap(String resource, String parentPath) throws RepositoryException {
            BootstrapImporter.importResource(session, classLoader, resource, parentPath);
        }
    }
}
