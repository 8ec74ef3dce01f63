package dk.nextwork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.testing.RunningPlatform;

/** The audit trail goes by its clock: an entry's time, the day it is filed under, and what "recent" means. */
class AuditTrailTest {

    private static final Instant THEN = Instant.parse("2025-06-01T10:15:30.250Z");

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    @Test
    void anEntryIsStampedAndFiledByTheClockAndRecentDaysAreCountedFromIt() throws Exception {
        AuditTrail audit = new AuditTrail(running.platform().repository(), Clock.fixed(THEN, ZoneOffset.UTC));
        audit.record("coordinator", "person.read", "emma", null, "192.0.2.1");

        AuditEntry entry = audit.about("emma", 10).get(0);
        assertEquals(THEN, entry.at());
        assertEquals("person.read", entry.action());
        boolean filed = running.platform().repository().withServiceSession(
                session -> session.getNode(AuditTrail.ROOT + "/2025/06/01").getNodes().hasNext());
        assertTrue(filed, "under the clock's day");
        List<AuditEntry> recent = audit.recent(10, 1);
        assertEquals(List.of(entry), recent, "the clock's day is today");
    }
}
