package dk.nextwork.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.testing.PostgresServer;

/**
 * Two app nodes of the portal, each with its own data folder, on one private PostgreSQL server (the
 * clustered store): a message posted through one node reaches a follower on the other within three
 * seconds, through the repository's observation of the other node's saves, and no one else.
 */
class MessagingClusterTest {

    @RegisterExtension
    static final PostgresServer postgres = new PostgresServer();

    @TempDir
    Path home1;
    @TempDir
    Path home2;

    private static PortalConfiguration node(Path home, int clusterId) {
        return PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString(),
                "NEXTWORK_LIGHT_MODULES", Path.of("../../light-modules").toAbsolutePath().normalize().toString(),
                "NEXTWORK_REPOSITORY", "postgres", "NEXTWORK_DB_URL", postgres.jdbcUrl(), "NEXTWORK_DB_USER", PostgresServer.USER,
                "NEXTWORK_CLUSTER_ID", String.valueOf(clusterId)), home);
    }

    @Test
    void aMessagePostedOnOneNodeReachesAFollowerOnTheOtherWithinThreeSeconds() throws Exception {
        ClassLoader modules = getClass().getClassLoader();
        // the first node installs the demo on the empty database alone, then the second joins
        try (Platform first = Platform.start(node(home1, 1), modules);
             Platform second = Platform.start(node(home2, 2), modules)) {
            MessagingFixture one = new MessagingFixture(first, Clock.systemUTC());
            MessagingFixture two = new MessagingFixture(second, Clock.systemUTC());
            Caller mikkel = one.caller("youth@nextwork.example");
            Caller noah = two.caller("noah.vestergaard@nextwork.example");
            String group = Channel.groupId(two.programme.programme.allGroups().stream()
                    .filter(each -> each.members().contains(noah.user().id())).findFirst().orElseThrow().id());
            List<Message> toNoah = new CopyOnWriteArrayList<>();
            try (AutoCloseable following = two.feed.follow(noah, group, two.messages.last(noah, group), toNoah::addAll)) {
                assertThrows(AccessDeniedException.class, () -> two.feed.follow(two.caller("company@nextwork.example"), group, 0,
                        messages -> { }), "no one outside the group, on any node");
                long posted = System.nanoTime();
                one.messages.post(mikkel, group, "Hej fra den anden server");
                await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(20))
                        .until(() -> toNoah.stream().anyMatch(message -> message.text().equals("Hej fra den anden server")));
                System.out.printf("A message reached the other app node in %d ms%n", (System.nanoTime() - posted) / 1_000_000);
                assertEquals(1, toNoah.size(), "once");
                assertTrue(two.messages.last(noah, group) >= toNoah.get(0).seq(), "and it is there to read on the other node");
            }
        }
    }
}
