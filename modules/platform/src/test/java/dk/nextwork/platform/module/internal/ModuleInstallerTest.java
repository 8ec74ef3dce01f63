package dk.nextwork.platform.module.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.module.ModuleDescriptor;
import dk.nextwork.platform.module.ModuleStartException;
import dk.nextwork.platform.module.ModuleTree;
import dk.nextwork.platform.module.Version;
import dk.nextwork.platform.module.VersionHandler;
import dk.nextwork.platform.repository.SessionWork;
import dk.nextwork.platform.repository.internal.OakRepository;

class ModuleInstallerTest {

    @TempDir
    Path store;

    private static ModuleDescriptor reporting(String version, Class<? extends VersionHandler> handler) {
        return new ModuleDescriptor("reporting", Version.parse(version), "", List.of(),
                Optional.of(handler.getName()), "test");
    }

    private static ModuleDescriptor reporting(String version, Class<? extends VersionHandler> handler,
                                              ModuleTree... trees) {
        return new ModuleDescriptor("reporting", Version.parse(version), "", List.of(), Optional.of(handler.getName()),
                List.of(trees), List.of(), "test");
    }

    /** One start of the portal: open the store, install or update, close. */
    private void start(ModuleDescriptor module) throws Exception {
        start(module, "demo");
    }

    private void start(ModuleDescriptor module, String mode) throws Exception {
        try (OakRepository repository = OakRepository.openSegmentStore(store)) {
            new ModuleInstaller(repository, PortalConfiguration.load(Map.of("NEXTWORK_MODE", mode), store),
                    getClass().getClassLoader()).installOrUpdate(List.of(module));
        }
    }

    private void start(ModuleDescriptor module, Clock clock) throws Exception {
        try (OakRepository repository = OakRepository.openSegmentStore(store)) {
            new ModuleInstaller(repository, PortalConfiguration.load(Map.of(), store), getClass().getClassLoader(), clock)
                    .installOrUpdate(List.of(module));
        }
    }

    private <T> T read(SessionWork<T> work) throws Exception {
        try (OakRepository repository = OakRepository.openSegmentStore(store)) {
            return repository.withServiceSession(work);
        }
    }

    private List<String> traces() throws Exception {
        try (OakRepository repository = OakRepository.openSegmentStore(store)) {
            return repository.withServiceSession(session -> {
                List<String> labels = new ArrayList<>();
                if (session.nodeExists(TestVersionHandlers.TRACE)) {
                    for (NodeIterator runs = session.getNode(TestVersionHandlers.TRACE).getNodes(); runs.hasNext(); ) {
                        labels.add(runs.nextNode().getProperty("label").getString());
                    }
                }
                return labels;
            });
        }
    }

    private String recordedVersion() throws Exception {
        try (OakRepository repository = OakRepository.openSegmentStore(store)) {
            return repository.withServiceSession(session -> {
                Node record = session.getNode(ModuleInstaller.RECORDS + "/reporting");
                return record.getProperty("version").getString();
            });
        }
    }

    @Test
    void installTasksRunOnceAndOnlyOnceAcrossRestarts() throws Exception {
        start(reporting("1.2.0", TestVersionHandlers.Tracing.class));
        start(reporting("1.2.0", TestVersionHandlers.Tracing.class));
        start(reporting("1.2.0", TestVersionHandlers.Tracing.class));

        // A fresh install creates the current state directly: no update step runs.
        assertEquals(List.of("install"), traces());
        assertEquals("1.2.0", recordedVersion());
    }

    @Test
    void eachNewerUpdateStepRunsOnceInVersionOrder() throws Exception {
        start(reporting("1.0.0", TestVersionHandlers.Tracing.class));
        start(reporting("1.2.0", TestVersionHandlers.Tracing.class));
        assertEquals(List.of("install", "update 1.1.0a", "update 1.1.0b", "update 1.2.0"), traces());
        assertEquals("1.2.0", recordedVersion());

        start(reporting("1.2.0", TestVersionHandlers.Tracing.class));
        start(reporting("2.0.0", TestVersionHandlers.Tracing.class));
        start(reporting("2.0.0", TestVersionHandlers.Tracing.class));
        assertEquals(List.of("install", "update 1.1.0a", "update 1.1.0b", "update 1.2.0", "update 2.0.0"), traces());
        assertEquals("2.0.0", recordedVersion());
    }

    @Test
    void aVersionWithoutUpdateTasksIsStillRecorded() throws Exception {
        start(reporting("1.2.0", TestVersionHandlers.Tracing.class));
        start(reporting("1.3.0", TestVersionHandlers.Tracing.class));
        assertEquals("1.3.0", recordedVersion());
        assertEquals(List.of("install"), traces());
    }

    @Test
    void aFailingUpdateTaskStopsStartUpAndLeavesVersionAndContentUnchanged() throws Exception {
        start(reporting("1.0.0", TestVersionHandlers.FailingUpdate.class));

        ModuleStartException error = assertThrows(ModuleStartException.class,
                () -> start(reporting("1.1.0", TestVersionHandlers.FailingUpdate.class)));

        assertEquals("Module 'reporting' update to 1.1.0 failed in task 'add the reporting index': "
                + "index definition is invalid (nothing of this step was saved)", error.getMessage());
        assertEquals("1.0.0", recordedVersion());
        // The step's first task succeeded, yet its change is gone with the failed step.
        assertEquals(List.of("install"), traces());

        // The step is tried again on the next start, not skipped.
        assertThrows(ModuleStartException.class, () -> start(reporting("1.1.0", TestVersionHandlers.FailingUpdate.class)));
        assertEquals("1.0.0", recordedVersion());
    }

    @Test
    void demoModeRunsTheDemoTasksAndNotTheProductionOnesInTheirPlace() throws Exception {
        start(reporting("1.1.0", TestVersionHandlers.Modes.class), "demo");
        assertEquals(List.of("install", "demo data", "install end"), traces());
    }

    @Test
    void productionModeNeverRunsADemoTaskNotEvenAfterASwitchToDemoMode() throws Exception {
        start(reporting("1.0.0", TestVersionHandlers.Modes.class), "production");
        assertEquals(List.of("install", "administrator", "install end"), traces());

        start(reporting("1.1.0", TestVersionHandlers.Modes.class), "production");
        assertEquals(List.of("install", "administrator", "install end", "update 1.1.0"), traces());
        assertEquals("1.1.0", recordedVersion(), "the step is done without its demo task");

        // each step runs once: the skipped demo data does not appear later
        start(reporting("1.1.0", TestVersionHandlers.Modes.class), "demo");
        assertEquals(List.of("install", "administrator", "install end", "update 1.1.0"), traces());
    }

    @Test
    void theTreesAModuleDeclaresAreThereBeforeItsFirstTask() throws Exception {
        start(reporting("1.0.0", TestVersionHandlers.WritesIntoItsTree.class,
                new ModuleTree("/reports", "Weekly reports, assessments and questionnaires", false),
                new ModuleTree("/messages", "", false)));

        assertEquals(List.of("install"), traces());
        assertEquals("Weekly reports, assessments and questionnaires",
                read(session -> session.getNode("/reports").getProperty("description").getString()));
        assertTrue(this.<Boolean>read(session -> session.nodeExists("/reports/first")));
        assertFalse(this.<Boolean>read(session -> session.getNode("/messages").hasProperty("description")),
                "a tree without a description gets none");
        assertEquals("nt:unstructured", read(session -> session.getNode("/messages").getPrimaryNodeType().getName()));
    }

    @Test
    void aTreeDeclaredInANewerVersionIsCreatedWithItsUpdateAndAnExistingTreeIsLeftAsItIs() throws Exception {
        start(reporting("1.0.0", TestVersionHandlers.Tracing.class));
        read(session -> {
            session.getRootNode().addNode("reports", "nt:unstructured").setProperty("description", "kept");
            session.save();
            return null;
        });

        start(reporting("1.3.0", TestVersionHandlers.Tracing.class, new ModuleTree("/reports", "Reports", false),
                new ModuleTree("/messages", "Group messaging", false)));

        assertEquals("Group messaging", read(session -> session.getNode("/messages").getProperty("description").getString()));
        assertEquals("kept", read(session -> session.getNode("/reports").getProperty("description").getString()));
        assertEquals("1.3.0", recordedVersion());
    }

    @Test
    void tasksAndTheRecordedTimesGoByTheInstallersClock() throws Exception {
        Instant installed = Instant.parse("2025-03-12T08:30:00Z");
        Instant updated = Instant.parse("2025-09-01T06:00:00Z");
        start(reporting("1.0.0", TestVersionHandlers.Dated.class), Clock.fixed(installed, ZoneOffset.UTC));
        start(reporting("1.1.0", TestVersionHandlers.Dated.class), Clock.fixed(updated, ZoneOffset.UTC));

        assertEquals(List.of(installed.toString(), updated.toString()), traces());
        assertEquals(installed, read(session -> session.getNode(ModuleInstaller.RECORDS + "/reporting")
                .getProperty("installed").getDate().toInstant()));
        assertEquals(updated, read(session -> session.getNode(ModuleInstaller.RECORDS + "/reporting")
                .getProperty("updated").getDate().toInstant()));
    }

    @Test
    void aDowngradeIsRefused() throws Exception {
        start(reporting("1.2.0", TestVersionHandlers.Tracing.class));
        ModuleStartException error = assertThrows(ModuleStartException.class,
                () -> start(reporting("1.1.0", TestVersionHandlers.Tracing.class)));
        assertEquals("Module 'reporting' is at version 1.2.0 in the repository but version 1.1.0 is deployed; "
                + "downgrades are not supported", error.getMessage());
    }
}
