package dk.nextwork.messaging.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.AuditEntry;
import dk.nextwork.identity.Caller;
import dk.nextwork.messaging.Channel;
import dk.nextwork.messaging.MessagingFixture;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.NetworkGroup;
import dk.nextwork.program.NetworkGroups;
import dk.nextwork.program.ProgrammeRefusedException;
import dk.nextwork.reporting.ReportingFixture;

/** A group's conversation is read only once the group ended, and deleted a set time after, with what hangs on it. */
class MessageRetentionTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private MessagingFixture fixture;
    private NetworkGroups groups;
    private LocalDate today;
    private Caller mikkel;
    private Caller jonas;
    private NetworkGroup tuesday;
    private String group;

    @BeforeEach
    void wire() throws Exception {
        fixture = new MessagingFixture(running.platform(), running.clock());
        groups = new NetworkGroups(running.platform().repository(), fixture.programme.identity.accounts,
                fixture.programme.identity.audit, running.clock());
        today = PortalTime.today(running.clock());
        mikkel = fixture.caller("youth@nextwork.example");
        jonas = fixture.caller("counsellor@nextwork.example");
        tuesday = fixture.programme.programme.groupsLedBy(jonas.user().id()).get(0);
        group = Channel.groupId(tuesday.id());
    }

    private MessageRetention keeping(int months) {
        return new MessageRetention(running.platform().repository(), fixture.programme.programme, fixture.programme.identity.audit,
                months, running.clock());
    }

    private boolean stored(String channel) {
        return running.platform().repository().withServiceSession(session -> session.nodeExists("/messages/" + channel));
    }

    private List<String> discussions() {
        return running.platform().repository().withServiceSession(session -> {
            List<String> found = new java.util.ArrayList<>();
            for (javax.jcr.NodeIterator nodes = session.getNode("/messages").getNodes(); nodes.hasNext(); ) {
                String name = nodes.nextNode().getName();
                if (name.startsWith("entry-" + mikkel.user().id())) {
                    found.add(name);
                }
            }
            return found;
        });
    }

    @Test
    void anEndedGroupsConversationIsReadOnlyUntilItIsDeletedWithItsDiscussionsAndThreads() throws Exception {
        String thread = Channel.counselId(mikkel.user().id());
        assertFalse(discussions().isEmpty(), "the demo's discussion of Mikkel's shared experience");
        assertEquals(List.of(), keeping(12).deleteExpired(), "nothing ended, nothing deleted");

        groups.end(ReportingFixture.COORDINATOR, tuesday.id(), today.minusMonths(11));
        assertThrows(AccessDeniedException.class, () -> fixture.messages.post(mikkel, group, "Er der nogen?"),
                "an ended group is not written in");
        assertFalse(fixture.messages.before(mikkel, group, 0, 10).isEmpty(), "but read until it is deleted");
        assertTrue(fixture.journal.agendas(mikkel).isEmpty(), "and it meets no more");

        assertEquals(List.of(), keeping(12).deleteExpired(), "eleven months on: kept");
        assertTrue(stored(group));
        List<String> shared = discussions();
        List<String> deleted = keeping(6).deleteExpired();
        assertTrue(deleted.containsAll(List.of(group, thread)), deleted.toString());
        assertTrue(deleted.containsAll(shared), deleted.toString());
        assertFalse(stored(group));
        assertFalse(stored(thread), "Mikkel is in no other group");
        assertEquals(List.of(), discussions(), "nor the discussion of his experience");
        assertTrue(stored(Channel.COMPANIES_ID), "the company network is no group's");
        assertEquals(0, fixture.messages.before(jonas, group, 0, 10).size(), "nothing left to read");
        boolean marked = running.platform().repository().withServiceSession(session ->
                session.getNode("/messages/readers/" + jonas.user().id()).hasProperty(group));
        assertFalse(marked, "no marks left of it");
        assertTrue(fixture.journal.mine(mikkel).size() >= 3, "his journal stays his");
        assertTrue(fixture.programme.identity.audit.recent(50, 1).stream().map(AuditEntry::action)
                .filter("messaging.retention.delete"::equals).count() >= 3);
        assertEquals(List.of(), keeping(6).deleteExpired(), "once");
    }

    @Test
    void aCoordinatorEndsAGroupOnADayNotToComeAndOpensItAgain() throws Exception {
        assertThrows(AccessDeniedException.class, () -> groups.end(jonas.user(), tuesday.id(), today));
        assertEquals("program.refused.groupLastDay", assertThrows(ProgrammeRefusedException.class,
                () -> groups.end(ReportingFixture.COORDINATOR, tuesday.id(), today.plusDays(1))).reason());
        assertEquals("program.refused.noGroup", assertThrows(ProgrammeRefusedException.class,
                () -> groups.end(ReportingFixture.COORDINATOR, "ingen-gruppe", today)).reason());
        NetworkGroup ended = groups.end(ReportingFixture.COORDINATOR, tuesday.id(), today);
        assertEquals(today, ended.ended().orElseThrow());
        assertTrue(ended.meets().isEmpty(), "it meets no more");
        assertEquals(tuesday.members(), ended.members(), "its members stay, for the record");
        assertEquals("program.refused.groupEnded", assertThrows(ProgrammeRefusedException.class,
                () -> groups.save(ReportingFixture.COORDINATOR, tuesday.id(), "Ny", tuesday.counsellor(), tuesday.meets())).reason());

        NetworkGroup open = groups.reopen(ReportingFixture.COORDINATOR, tuesday.id());
        assertEquals(tuesday.meets(), open.meets(), "meeting as before");
        fixture.messages.post(mikkel, group, "Vi er tilbage!");
        assertEquals(List.of(), keeping(1).deleteExpired(), "an open group is kept");
    }
}
