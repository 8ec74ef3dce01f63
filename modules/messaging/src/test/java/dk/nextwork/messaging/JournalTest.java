package dk.nextwork.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.messaging.journal.Agenda;
import dk.nextwork.messaging.journal.EntryDraft;
import dk.nextwork.messaging.journal.EntryKind;
import dk.nextwork.messaging.journal.Feeling;
import dk.nextwork.messaging.journal.JournalEntry;
import dk.nextwork.messaging.journal.SharedEntry;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.NetworkGroups;
import dk.nextwork.program.Selection;
import dk.nextwork.reporting.ReportingFixture;

/** The experience journal: private to its author, shared to the next meeting's agenda and taken back until it begins. */
class JournalTest extends OverTheDemoGroup {

    private EntryDraft draft(String text) {
        return new EntryDraft(text, EntryKind.WORK, PortalTime.today(running.clock()).minusDays(1), Optional.empty(),
                Optional.of(Feeling.GOOD));
    }

    private List<SharedEntry> onAgendas(Caller viewer) {
        return fixture.journal.agendas(viewer).stream().flatMap(agenda -> agenda.entries().stream()).toList();
    }

    /** Everyone else who could look: the counsellor, a group member, a coordinator, a representative, a young person elsewhere, an administrator. */
    private List<Caller> others() throws Exception {
        return List.of(jonas, noah, new Caller(ReportingFixture.COORDINATOR, "test"), fixture.caller("company@nextwork.example"),
                fixture.caller("emma.friis@nextwork.example"), fixture.caller("admin@nextwork.example"));
    }

    @Test
    void theDemoKeepsTwoOfMikkelsExperiencesToHimAndPutsOneOnTheAgenda() {
        List<JournalEntry> his = fixture.journal.mine(mikkel);
        assertEquals(3, his.size());
        assertEquals(1, his.stream().filter(JournalEntry::shared).count());
        for (int i = 1; i < his.size(); i++) {
            assertFalse(his.get(i).day().isAfter(his.get(i - 1).day()), "the newest day first");
        }
        List<String> shared = onAgendas(jonas).stream().map(SharedEntry::authorName).toList();
        assertEquals(List.of("Noah Vestergaard (demo)", "Mikkel Holm (demo)"), shared, "the earliest shared first");
        assertEquals(shared, onAgendas(noah).stream().map(SharedEntry::authorName).toList(), "the group sees what the counsellor sees");
        for (JournalEntry own : his) {
            boolean onAgenda = onAgendas(jonas).stream().anyMatch(entry -> entry.text().equals(own.text()));
            assertEquals(own.shared(), onAgenda, own.text());
        }
        SharedEntry discussed = onAgendas(jonas).stream().filter(entry -> entry.authorName().startsWith("Mikkel")).findFirst()
                .orElseThrow();
        assertEquals(1, fixture.messages.before(noah, discussed.thread(), 0, 10).size(), "Jonas has answered already");
    }

    @Test
    void aPrivateEntryReachesNobodyElseByAnyRoute() throws Exception {
        JournalEntry secret = fixture.journal.write(mikkel, draft("Det her er kun til mig selv."));
        assertFalse(secret.shared());
        assertTrue(fixture.journal.mine(mikkel).stream().anyMatch(entry -> entry.id().equals(secret.id())));
        String thread = Channel.entryId(mikkel.user().id(), secret.id());
        for (Caller other : others()) {
            assertTrue(onAgendas(other).stream().noneMatch(entry -> entry.text().contains("kun til mig selv")), other.user().email());
            assertTrue(fixture.channels.find(other.user(), thread).isEmpty(), "no discussion of a private entry");
            assertThrows(AccessDeniedException.class, () -> fixture.messages.before(other, thread, 0, 10));
            assertThrows(AccessDeniedException.class, () -> fixture.messages.post(other, thread, "Hej"));
            if (other.user().has(dk.nextwork.identity.Role.YOUTH)) {
                assertTrue(fixture.journal.mine(other).stream().noneMatch(entry -> entry.id().equals(secret.id())));
                assertEquals("messaging.journal.refused.noEntry", assertThrows(MessagingRefusedException.class,
                        () -> fixture.journal.share(other, secret.id())).reason(), "a guessed id is not theirs to share");
                assertEquals("messaging.journal.refused.noEntry", assertThrows(MessagingRefusedException.class,
                        () -> fixture.journal.delete(other, secret.id())).reason());
            } else {
                assertThrows(AccessDeniedException.class, () -> fixture.journal.mine(other), "only young people keep experiences");
            }
        }
        assertEquals(secret, fixture.journal.mine(mikkel).stream().filter(entry -> entry.id().equals(secret.id())).findFirst()
                .orElseThrow(), "nothing anyone tried changed it");
        assertTrue(fixture.channels.find(mikkel.user(), Channel.entryId(mikkel.user().id(), "../" + secret.id())).isEmpty());
    }

    @Test
    void aSharedEntryIsOnTheNextMeetingsAgendaWithItsDiscussionAndCanBeTakenBackUntilItBegins() throws Exception {
        JournalEntry entry = fixture.journal.write(mikkel, draft("Jeg fik ros for min oprydning."));
        LocalDateTime meeting = fixture.journal.nextMeeting(mikkel).orElseThrow();
        JournalEntry shared = fixture.journal.share(mikkel, entry.id());
        assertEquals(Optional.of(meeting), shared.sharedFor());
        assertTrue(shared.canTakeBack());
        Agenda agenda = fixture.journal.agendas(jonas).stream().filter(each -> each.meeting().equals(meeting)).findFirst()
                .orElseThrow();
        SharedEntry onIt = agenda.entries().stream().filter(each -> each.text().equals(entry.text())).findFirst().orElseThrow();
        assertEquals("Tirsdagsgruppen", agenda.groupName());

        fixture.messages.post(noah, onIt.thread(), "Hvad ryddede du op?");
        fixture.messages.post(jonas, onIt.thread(), "Det tager vi op på tirsdag.");
        assertEquals(2, fixture.messages.before(mikkel, onIt.thread(), 0, 10).size(), "the group discusses it in its own thread");
        Caller coordinator = new Caller(ReportingFixture.COORDINATOR, "test");
        assertEquals(2, fixture.messages.before(coordinator, onIt.thread(), 0, 10).size(), "coordinators read along");
        assertThrows(AccessDeniedException.class, () -> fixture.messages.post(coordinator, onIt.thread(), "Hej"));
        Caller emma = fixture.caller("emma.friis@nextwork.example");
        assertThrows(AccessDeniedException.class, () -> fixture.messages.before(emma, onIt.thread(), 0, 10), "not her group");

        JournalEntry back = fixture.journal.takeBack(mikkel, entry.id());
        assertFalse(back.shared());
        assertTrue(onAgendas(jonas).stream().noneMatch(each -> each.text().equals(entry.text())));
        assertThrows(AccessDeniedException.class, () -> fixture.messages.before(noah, onIt.thread(), 0, 10),
                "taken back, its discussion is closed too");

        fixture.journal.share(mikkel, entry.id());
        var begun = fixture.at(Clock.fixed(meeting.plusMinutes(1).atZone(PortalTime.ZONE).toInstant(), PortalTime.ZONE));
        assertFalse(begun.journal.mine(mikkel).stream().filter(each -> each.id().equals(entry.id())).findFirst().orElseThrow()
                .canTakeBack());
        assertEquals("messaging.journal.refused.held", assertThrows(MessagingRefusedException.class,
                () -> begun.journal.takeBack(mikkel, entry.id())).reason());
        assertTrue(begun.journal.agendas(jonas).stream().filter(each -> each.meeting().equals(meeting))
                .flatMap(each -> each.entries().stream()).anyMatch(each -> each.text().equals(entry.text())),
                "it stays on the agenda during the meeting");
        assertEquals(meeting.plusWeeks(1), begun.journal.nextMeeting(mikkel).orElseThrow(), "a new share goes to next week's");
        assertTrue(fixture.programme.identity.audit.about(mikkel.user().id(), 50).stream()
                .anyMatch(each -> each.action().equals("journal.agenda.read") && each.actor().equals(jonas.user().id())),
                "his trail shows that Jonas read the agenda with his entry");
    }

    @Test
    void aReportInADiscussionReachesTheGroupsCounsellor() throws Exception {
        String thread = onAgendas(jonas).stream().filter(entry -> entry.authorName().startsWith("Mikkel")).findFirst().orElseThrow()
                .thread();
        Message rude = fixture.messages.post(noah, thread, "Det er da din egen skyld.");
        fixture.moderation.report(mikkel, thread, rude.seq(), "Det er ikke rart at få at vide.");
        assertTrue(fixture.moderation.openReports(jonas).stream().anyMatch(report -> report.channel().equals(thread)
                && report.seq() == rude.seq()), "Jonas looks after the discussions in his group");
        fixture.moderation.hide(jonas, thread, rude.seq(), "Vi taler pænt til hinanden.");
        assertTrue(fixture.messages.find(mikkel, thread, rude.seq()).orElseThrow().hidden().isPresent());
    }

    @Test
    void changingKeepsItsPlaceAndDeletingTakesItOffTheAgenda() throws Exception {
        JournalEntry entry = fixture.journal.write(mikkel, draft("Første udgave"));
        fixture.journal.share(mikkel, entry.id());
        JournalEntry changed = fixture.journal.change(mikkel, entry.id(), new EntryDraft("Anden udgave", EntryKind.SOCIAL,
                PortalTime.today(running.clock()).minusDays(2), Optional.empty(), Optional.empty()));
        assertEquals("Anden udgave", changed.text());
        assertEquals(EntryKind.SOCIAL, changed.kind());
        assertEquals(Optional.empty(), changed.feeling());
        assertTrue(changed.shared(), "still on the agenda");
        assertTrue(onAgendas(jonas).stream().anyMatch(each -> each.text().equals("Anden udgave")));
        fixture.journal.delete(mikkel, entry.id());
        assertTrue(fixture.journal.mine(mikkel).stream().noneMatch(each -> each.id().equals(entry.id())));
        assertTrue(onAgendas(jonas).stream().noneMatch(each -> each.text().equals("Anden udgave")));
    }

    @Test
    void badInputIsRefusedWithItsReasonAndSavesNothing() throws Exception {
        int before = fixture.journal.mine(mikkel).size();
        LocalDate today = PortalTime.today(running.clock());
        String noahsCompany = fixture.programme.programme.placementsOf(noah.user().id()).get(0).company();
        String mine = fixture.programme.programme.placementsOf(mikkel.user().id()).get(0).company();
        List<Object[]> refused = List.of(
                new Object[] {"messaging.journal.refused.empty", draft("   ")},
                new Object[] {"messaging.journal.refused.tooLong", draft("x".repeat(dk.nextwork.messaging.journal.Journal.MAX_LENGTH + 1))},
                new Object[] {"messaging.journal.refused.cpr", draft("Mit nummer er 010203-1234")},
                new Object[] {"messaging.journal.refused.kind", new EntryDraft("Noget", null, today, Optional.empty(), Optional.empty())},
                new Object[] {"messaging.journal.refused.day", new EntryDraft("Noget", EntryKind.WORK, null, Optional.empty(), Optional.empty())},
                new Object[] {"messaging.journal.refused.future", new EntryDraft("Noget", EntryKind.WORK, today.plusDays(1),
                        Optional.empty(), Optional.empty())},
                new Object[] {"messaging.journal.refused.placement", new EntryDraft("Noget", EntryKind.WORK, today,
                        Optional.of(mine.equals(noahsCompany) ? "gaettet-firma" : noahsCompany), Optional.empty())});
        for (Object[] each : refused) {
            assertEquals(each[0], assertThrows(MessagingRefusedException.class,
                    () -> fixture.journal.write(mikkel, (EntryDraft) each[1])).reason());
        }
        assertEquals(before, fixture.journal.mine(mikkel).size(), "nothing was saved");
        JournalEntry ok = fixture.journal.write(mikkel, new EntryDraft("  Om praktikken  ", EntryKind.WORK, today, Optional.of(mine),
                Optional.empty()));
        assertEquals("Om praktikken", ok.text());
        assertTrue(ok.companyName().isPresent(), "the placement is named");
    }

    @Test
    void aYoungPersonWhoLeavesTheGroupTakesTheirSharedEntriesAlong() throws Exception {
        assertTrue(onAgendas(jonas).stream().anyMatch(entry -> entry.authorName().startsWith("Mikkel")));
        String thread = onAgendas(jonas).stream().filter(entry -> entry.authorName().startsWith("Mikkel")).findFirst().orElseThrow()
                .thread();
        NetworkGroups groups = new NetworkGroups(running.platform().repository(), fixture.programme.identity.accounts,
                fixture.programme.identity.audit);
        String tuesday = fixture.programme.programme.groupsLedBy(jonas.user().id()).get(0).id();
        groups.setMembers(ReportingFixture.COORDINATOR, tuesday, new Selection(Set.of(mikkel.user().id()), Set.of()));
        assertTrue(onAgendas(jonas).stream().noneMatch(entry -> entry.authorName().startsWith("Mikkel")));
        assertThrows(AccessDeniedException.class, () -> fixture.messages.before(noah, thread, 0, 10));
        assertEquals(Optional.empty(), fixture.journal.nextMeeting(mikkel), "no group, no meeting to share to");
        JournalEntry any = fixture.journal.mine(mikkel).get(0);
        assertEquals("messaging.journal.refused.noMeeting", assertThrows(MessagingRefusedException.class,
                () -> fixture.journal.share(mikkel, any.id())).reason());
        assertEquals(3, fixture.journal.mine(mikkel).size(), "his own entries are still his");
    }
}
