package dk.nextwork.platform.module.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.jcr.NodeIterator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.module.InstalledModule;
import dk.nextwork.platform.module.ModuleDescriptor;
import dk.nextwork.platform.module.Version;
import dk.nextwork.platform.repository.internal.OakRepository;
import dk.nextwork.platform.testing.PostgresServer;

/** Two app nodes on one PostgreSQL-backed repository starting the same module at the same moment. */
class ClusteredModuleInstallTest {

    @RegisterExtension
    static final PostgresServer postgres = new PostgresServer();

    @Test
    void anInstallTaskRunsOnceEvenWhenTwoAppNodesStartTogether() throws Exception {
        ModuleDescriptor module = new ModuleDescriptor("reporting", Version.parse("1.0.0"), "", List.of(),
                Optional.of(TestVersionHandlers.SlowInstall.class.getName()), "test");
        try (OakRepository node1 = OakRepository.openPostgresStore(postgres.jdbcUrl(), PostgresServer.USER, "", 1);
             OakRepository node2 = OakRepository.openPostgresStore(postgres.jdbcUrl(), PostgresServer.USER, "", 2)) {
            ExecutorService starts = Executors.newFixedThreadPool(2);
            try {
                Callable<List<InstalledModule>> start1 = () -> new ModuleInstaller(node1, PortalConfiguration.load(java.util.Map.of(), java.nio.file.Path.of(".")), getClass().getClassLoader())
                        .installOrUpdate(List.of(module));
                Callable<List<InstalledModule>> start2 = () -> new ModuleInstaller(node2, PortalConfiguration.load(java.util.Map.of(), java.nio.file.Path.of(".")), getClass().getClassLoader())
                        .installOrUpdate(List.of(module));
                Future<List<InstalledModule>> first = starts.submit(start1);
                Future<List<InstalledModule>> second = starts.submit(start2);

                InstalledModule onNode1 = first.get().get(0);
                InstalledModule onNode2 = second.get().get(0);
                assertEquals(onNode1.installed(), onNode2.installed());
                assertEquals(Version.parse("1.0.0"), onNode2.recordedVersion());
            } finally {
                starts.shutdown();
            }
            long runs = node1.withServiceSession(session -> {
                long count = 0;
                for (NodeIterator it = session.getNode(TestVersionHandlers.TRACE).getNodes(); it.hasNext(); it.next()) {
                    count++;
                }
                return count;
            });
            assertEquals(1, runs);
        }
    }
}
