package dk.nextwork.systemstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.module.InstalledModule;
import dk.nextwork.platform.module.ModuleDescriptor;
import dk.nextwork.platform.module.ModuleRegistry;
import dk.nextwork.platform.module.Version;

class SystemStatusTest {

    @Test
    void reportsModeRepositoryKindAndTheRecordedVersionOfEachModule() {
        Instant installed = Instant.parse("2026-11-01T08:00:00Z");
        Instant updated = Instant.parse("2026-11-20T08:00:00Z");
        ModuleDescriptor reporting = new ModuleDescriptor("reporting", Version.parse("1.3.0"), "Weekly reports",
                List.of("platform"), Optional.empty(), "test");
        ModuleRegistry registry = () -> List.of(
                new InstalledModule(reporting, Version.parse("1.3.0"), installed, updated));
        PortalConfiguration configuration = PortalConfiguration.load(
                Map.of("NEXTWORK_MODE", "production", "NEXTWORK_HOME", "/srv/nextwork"), Path.of("/"));

        SystemStatus.Report report = new SystemStatus(registry, configuration).report();

        assertEquals("production", report.mode());
        assertEquals("segment", report.repository());
        assertEquals(List.of(new SystemStatus.ModuleStatus("reporting", "Weekly reports", "1.3.0", List.of("platform"),
                installed, updated)), report.modules());
    }
}
