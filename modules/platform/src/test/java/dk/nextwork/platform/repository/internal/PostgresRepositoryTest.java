package dk.nextwork.platform.repository.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.testing.PostgresServer;

/** The clustered store: Oak DocumentNodeStore on a real PostgreSQL server, two app nodes on one database. */
class PostgresRepositoryTest {

    @RegisterExtension
    static final PostgresServer postgres = new PostgresServer();

    @Test
    void aWriteOnOneAppNodeIsSeenByTheOther() throws Exception {
        // The first node initialises the empty database alone (see STACK.md), then the second joins.
        try (OakRepository node1 = OakRepository.openPostgresStore(postgres.jdbcUrl(), PostgresServer.USER, "", 1);
             OakRepository node2 = OakRepository.openPostgresStore(postgres.jdbcUrl(), PostgresServer.USER, "", 2)) {

            node1.withServiceSession(session -> {
                session.getRootNode().addNode("placement-1").setProperty("company", "Fjordbyens Værksted ApS");
                session.save();
                return null;
            });

            String seen = await("the other node sees the write").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                    .until(() -> node2.withServiceSession(session -> session.nodeExists("/placement-1")
                            ? session.getNode("/placement-1").getProperty("company").getString() : null), Objects::nonNull);
            assertEquals("Fjordbyens Værksted ApS", seen);
            assertTrue(node2.storeDescription().contains("cluster node 2"), node2.storeDescription());
        }
    }

    @Test
    void theConfigurationSelectsThePostgresStore() throws Exception {
        PortalConfiguration configuration = PortalConfiguration.load(Map.of(
                "NEXTWORK_REPOSITORY", "postgres",
                "NEXTWORK_DB_URL", postgres.jdbcUrl(),
                "NEXTWORK_DB_USER", PostgresServer.USER,
                "NEXTWORK_CLUSTER_ID", "3"), java.nio.file.Path.of("target"));
        try (OakRepository repository = OakRepository.open(configuration)) {
            assertTrue(repository.storeDescription().startsWith("postgres (" + postgres.jdbcUrl() + ", cluster node 3"),
                    repository.storeDescription());
            assertEquals(ServiceIdentity.SERVICE_USER, repository.withServiceSession(session -> session.getUserID()));
        }
    }
}
