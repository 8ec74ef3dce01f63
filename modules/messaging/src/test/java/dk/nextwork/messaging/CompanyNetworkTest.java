package dk.nextwork.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.messaging.network.NetworkAgendaItem;
import dk.nextwork.messaging.network.NetworkMeeting;
import dk.nextwork.platform.time.PortalTime;

/** The company network's monthly meetings: planned by a coordinator, experiences on the agenda until it begins, notes for all. */
class CompanyNetworkTest extends OverTheDemoGroup {

    private Caller sara;
    private Caller kim;
    private Caller hanne;

    @BeforeEach
    void representatives() throws Exception {
        sara = fixture.caller("company@nextwork.example");
        kim = fixture.caller("kim.thorsen@nextwork.example");
        hanne = fixture.caller("coordinator@nextwork.example");
    }

    private NetworkMeeting next() {
        return fixture.network.next(sara).orElseThrow();
    }

    /** The same services once the next meeting has begun. */
    private MessagingFixture afterTheNextMeetingBegan() {
        NetworkMeeting next = next();
        return fixture.at(Clock.fixed(next.day().atTime(next.time().orElseThrow()).plusMinutes(5).atZone(PortalTime.ZONE).toInstant(),
                PortalTime.ZONE));
    }

    private List<String> agendaTexts(Caller viewer) {
        return fixture.network.next(viewer).orElseThrow().agenda().stream().map(NetworkAgendaItem::text).toList();
    }

    @Test
    void theDemoPlansTheNextMeetingWithSarasExperienceAndKeepsNotesOfTheLast() {
        NetworkMeeting next = next();
        LocalDate today = PortalTime.today(running.clock());
        assertTrue(next.day().isAfter(today));
        assertEquals(DayOfWeek.THURSDAY, next.day().getDayOfWeek());
        assertEquals(LocalTime.of(8, 30), next.time().orElseThrow());
        assertFalse(next.begun());
        assertEquals(1, next.agenda().size());
        assertEquals("Sara Bech (demo)", next.agenda().get(0).authorName());
        assertTrue(next.agenda().get(0).text().startsWith("Sådan gjorde vi"));
        for (Caller reader : List.of(sara, kim, hanne)) {
            List<NetworkMeeting> earlier = fixture.network.earlier(reader);
            assertEquals(1, earlier.size(), reader.user().email());
            assertTrue(earlier.get(0).day().isBefore(today));
            assertTrue(earlier.get(0).notes().orElseThrow().text().contains("fast makker"));
            assertEquals("Hanne Lund (demo)", earlier.get(0).notes().get().byName());
        }
        assertTrue(next.agenda().get(0).canWithdraw(), "Sara put it there");
        assertFalse(fixture.network.next(kim).orElseThrow().agenda().get(0).canWithdraw(), "not Kim's");
        assertTrue(fixture.network.next(hanne).orElseThrow().agenda().get(0).canWithdraw(), "the coordinator runs the meeting");
    }

    @Test
    void onlyTheCompanyNetworkReadsOrChangesItsMeetings() throws Exception {
        for (Caller outside : List.of(mikkel, jonas, fixture.caller("admin@nextwork.example"), fixture.caller("editor@nextwork.example"))) {
            assertThrows(AccessDeniedException.class, () -> fixture.network.next(outside), outside.user().email());
            assertThrows(AccessDeniedException.class, () -> fixture.network.earlier(outside));
            assertThrows(AccessDeniedException.class, () -> fixture.network.propose(outside, 1));
            assertThrows(AccessDeniedException.class, () -> fixture.network.share(outside, "Hej", false));
            assertThrows(AccessDeniedException.class, () -> fixture.network.withdraw(outside, 1));
        }
        LocalDate later = next().day().plusMonths(1);
        for (Caller representative : List.of(sara, kim)) {
            assertThrows(AccessDeniedException.class, () -> fixture.network.plan(representative, later, LocalTime.NOON));
            assertThrows(AccessDeniedException.class, () -> fixture.network.cancel(representative, next().day()));
            LocalDate held = fixture.network.earlier(sara).get(0).day();
            assertThrows(AccessDeniedException.class, () -> fixture.network.writeNotes(representative, held, "Vores referat"));
        }
        assertEquals(1, fixture.network.earlier(sara).size());
        assertTrue(fixture.network.earlier(sara).get(0).notes().get().text().contains("fast makker"), "the notes as they were");
    }

    @Test
    void aRepresentativePutsTheirOwnExperienceOnTheAgendaAndTakesItBackUntilTheMeetingBegins() throws Exception {
        Message kims = fixture.network.share(kim, "Sådan håndterede vi en svær mandag: vi startede dagen med kaffe og en plan.", false);
        assertEquals(1, agendaTexts(sara).size(), "shared in the channel, not on the agenda");
        assertEquals(List.of(kims.seq()), fixture.network.proposable(kim).stream().map(Message::seq).toList());
        MessagingRefusedException notOwn = assertThrows(MessagingRefusedException.class, () -> fixture.network.propose(sara, kims.seq()));
        assertEquals("messaging.network.refused.notOwn", notOwn.reason());
        fixture.network.propose(kim, kims.seq());
        fixture.network.propose(kim, kims.seq());
        assertEquals(2, agendaTexts(sara).size(), "once, after Sara's");
        assertTrue(agendaTexts(sara).get(1).startsWith("Sådan håndterede vi"));
        assertTrue(fixture.network.proposable(kim).isEmpty());
        MessagingRefusedException notHers = assertThrows(MessagingRefusedException.class, () -> fixture.network.withdraw(sara, kims.seq()));
        assertEquals("messaging.network.refused.notOnAgenda", notHers.reason());
        fixture.network.withdraw(kim, kims.seq());
        assertEquals(1, agendaTexts(sara).size());

        fixture.network.propose(kim, kims.seq());
        MessagingFixture during = afterTheNextMeetingBegan();
        MessagingRefusedException held = assertThrows(MessagingRefusedException.class, () -> during.network.withdraw(kim, kims.seq()));
        assertEquals("messaging.network.refused.notOnAgenda", held.reason(), "the meeting is no longer the next one");
        NetworkMeeting begun = during.network.earlier(sara).get(0);
        assertTrue(begun.begun());
        assertEquals(2, begun.agenda().size(), "the agenda stays with the meeting");
        assertTrue(begun.agenda().stream().noneMatch(NetworkAgendaItem::canWithdraw));
        long before = during.messages.last(kim, Channel.COMPANIES_ID);
        MessagingRefusedException noMeeting = assertThrows(MessagingRefusedException.class,
                () -> during.network.share(kim, "Endnu en erfaring", true));
        assertEquals("messaging.network.refused.noMeeting", noMeeting.reason());
        assertEquals(before, during.messages.last(kim, Channel.COMPANIES_ID), "a refused share posts nothing");
    }

    @Test
    void aHiddenOrDeletedExperienceLeavesTheAgenda() throws Exception {
        Message kims = fixture.network.share(kim, "Vi lod den unge vælge sin egen makker.", true);
        assertEquals(2, agendaTexts(hanne).size());
        fixture.moderation.hide(hanne, Channel.COMPANIES_ID, kims.seq(), "Navnet på den unge står i teksten");
        assertEquals(1, agendaTexts(sara).size());
        assertEquals(1, agendaTexts(kim).size());
        MessagingRefusedException hidden = assertThrows(MessagingRefusedException.class, () -> fixture.network.propose(kim, kims.seq()));
        assertEquals("messaging.network.refused.noMessage", hidden.reason());
        Message saras = fixture.messages.find(sara, Channel.COMPANIES_ID, next().agenda().get(0).seq()).orElseThrow();
        fixture.messages.delete(sara, Channel.COMPANIES_ID, saras.seq());
        assertTrue(next().agenda().isEmpty());
        assertThrows(MessagingRefusedException.class, () -> fixture.network.propose(sara, saras.seq()));
        assertThrows(MessagingRefusedException.class, () -> fixture.network.propose(kim, 9999));
    }

    @Test
    void theCoordinatorPlansCancelsAndWritesNotesOnceTheMeetingHasBegun() throws Exception {
        LocalDate today = PortalTime.today(running.clock());
        MessagingRefusedException past = assertThrows(MessagingRefusedException.class,
                () -> fixture.network.plan(hanne, today.minusDays(1), LocalTime.of(8, 30)));
        assertEquals("messaging.network.refused.past", past.reason());
        assertEquals("messaging.network.refused.when",
                assertThrows(MessagingRefusedException.class, () -> fixture.network.plan(hanne, today.plusDays(3), null)).reason());
        NetworkMeeting next = next();
        fixture.network.plan(hanne, next.day(), LocalTime.of(9, 0));
        assertEquals(LocalTime.of(9, 0), next().time().orElseThrow());
        assertEquals(1, next().agenda().size(), "a new time keeps the agenda");

        LocalDate sooner = today.plusDays(2);
        fixture.network.plan(hanne, sooner, LocalTime.of(15, 0));
        assertEquals(sooner, next().day(), "the first one not begun is the next");
        fixture.network.cancel(hanne, sooner);
        assertEquals(next.day(), next().day());

        for (String refused : List.of("", "   ", "x".repeat(4001), "Referat om 010203-1234")) {
            assertThrows(MessagingRefusedException.class, () -> fixture.network.writeNotes(hanne, next.day(), refused));
        }
        MessagingRefusedException notYet = assertThrows(MessagingRefusedException.class,
                () -> fixture.network.writeNotes(hanne, next.day(), "Godt møde"));
        assertEquals("messaging.network.refused.notYet", notYet.reason());
        MessagingFixture during = afterTheNextMeetingBegan();
        assertEquals("messaging.network.refused.held",
                assertThrows(MessagingRefusedException.class, () -> during.network.cancel(hanne, next.day())).reason());
        during.network.writeNotes(during.caller("coordinator@nextwork.example"), next.day(),
                "  Fire virksomheder var med. <script>alert(1)</script>  ");
        NetworkMeeting held = during.network.earlier(kim).get(0);
        assertEquals(next.day(), held.day());
        assertEquals("Fire virksomheder var med. <script>alert(1)</script>", held.notes().orElseThrow().text(), "kept as written, trimmed");
        assertEquals(2, during.network.earlier(sara).size());
        assertTrue(fixture.programme.identity.audit.recent(50, 1).stream().map(dk.nextwork.identity.AuditEntry::action)
                .toList().containsAll(List.of("network.meeting.plan", "network.meeting.cancel")));
        assertTrue(during.programme.identity.audit.recent(50, 1).stream().map(dk.nextwork.identity.AuditEntry::action)
                .toList().contains("network.notes.write"));
    }
}
