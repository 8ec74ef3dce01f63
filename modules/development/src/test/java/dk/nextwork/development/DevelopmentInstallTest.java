package dk.nextwork.development;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.Caller;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.reporting.ReportingFixture;

/** The demo young person's last conversation is dated from the install's day, by the platform's clock. */
class DevelopmentInstallTest {

    /** A Wednesday in winter time. */
    private static final Instant INSTALLED = Instant.parse("2025-03-12T08:30:00Z");

    @RegisterExtension
    final RunningPlatform running = RunningPlatform.freshInstallAt(INSTALLED);

    @Test
    void mikkelsLastConversationWasTwoWeeksBeforeTheInstallAtTwoInTheAfternoon() throws Exception {
        DevelopmentFixture fixture = new DevelopmentFixture(running.platform(), running.clock());
        String mikkel = fixture.reporting.user("youth@nextwork.example").id();
        List<Conversation> held = fixture.conversations.of(new Caller(ReportingFixture.COORDINATOR, "test"), mikkel);
        assertEquals(List.of(Instant.parse("2025-02-26T13:00:00Z")), held.stream().map(Conversation::held).toList());
    }
}
