package dk.nextwork.systemstatus;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.platform.config.PlatformSettings;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.module.InstalledModule;
import dk.nextwork.platform.module.ModuleRegistry;

/** What operators need to know about a running portal. */
@ApplicationScoped
public class SystemStatus {

    /** One started module. */
    public record ModuleStatus(String name, String description, String version, List<String> dependsOn,
                               Instant installed, Instant updated) {
    }

    /** The portal as a whole; deliberately without paths, URLs or credentials. */
    public record Report(String mode, String repository, List<ModuleStatus> modules) {
    }

    private final ModuleRegistry modules;
    private final PortalConfiguration configuration;

    /** For CDI's client proxy only. */
    protected SystemStatus() {
        this(null, null);
    }

    @Inject
    public SystemStatus(ModuleRegistry modules, PortalConfiguration configuration) {
        this.modules = modules;
        this.configuration = configuration;
    }

    public Report report() {
        return new Report(
                configuration.get(PlatformSettings.MODE).name().toLowerCase(java.util.Locale.ROOT),
                configuration.get(PlatformSettings.REPOSITORY).name().toLowerCase(java.util.Locale.ROOT),
                modules.modules().stream().map(SystemStatus::statusOf).toList());
    }

    private static ModuleStatus statusOf(InstalledModule module) {
        return new ModuleStatus(module.descriptor().name(), module.descriptor().description(),
                module.recordedVersion().toString(), module.descriptor().dependsOn(), module.installed(),
                module.updated());
    }
}
