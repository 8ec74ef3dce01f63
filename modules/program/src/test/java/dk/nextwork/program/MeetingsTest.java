package dk.nextwork.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.platform.time.PortalTime;

/** Attendance at the network groups' weekly meetings and the company network's monthly meetings. */
class MeetingsTest {

    private static final SignedInUser COORDINATOR = new SignedInUser("coordinator-1", "k@example.org", "Hanne",
            Set.of(Role.COORDINATOR), null, "da");

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private IdentityFixture identity;
    private Meetings meetings;
    private SignedInUser jonas;
    private String mikkel;
    private String emma;
    /** Today by the test's clock, the services' clock. */
    private LocalDate today;

    @BeforeEach
    void wire() throws Exception {
        identity = new IdentityFixture(running.platform(), running.clock());
        meetings = new Meetings(running.platform().repository(), identity.audit, running.clock());
        today = PortalTime.today(running.clock());
        String jonasId = identity.accounts.findByEmail("counsellor@nextwork.example").orElseThrow().id();
        jonas = new SignedInUser(jonasId, "counsellor@nextwork.example", "Jonas", Set.of(Role.COUNSELLOR), null, "da");
        mikkel = identity.accounts.findByEmail("youth@nextwork.example").orElseThrow().id();
        emma = identity.accounts.findByEmail("emma.friis@nextwork.example").orElseThrow().id();
    }

    @Test
    void aCounsellorRecordsWhoCameToTheirGroupsMeeting() throws Exception {
        assertEquals(4, meetings.groupMeetings(jonas, "tirsdagsgruppen").size(), "the demo's last four Tuesdays");
        Meeting meeting = meetings.recordGroupMeeting(jonas, "tirsdagsgruppen", today, ticked(mikkel));
        assertEquals(Set.of(mikkel), meeting.attended());
        assertEquals(meeting, meetings.groupMeetings(jonas, "tirsdagsgruppen").get(0));
        assertEquals("program.refused.notMember", assertThrows(ProgrammeRefusedException.class,
                () -> meetings.recordGroupMeeting(jonas, "tirsdagsgruppen", today, ticked(emma))).reason(),
                "Emma is not in the group");
        assertEquals("program.refused.meetingDate", assertThrows(ProgrammeRefusedException.class,
                () -> meetings.recordGroupMeeting(jonas, "tirsdagsgruppen", today.plusDays(1), ticked(mikkel))).reason());
        SignedInUser otherCounsellor = new SignedInUser("c2", "c2@example.org", "Anden", Set.of(Role.COUNSELLOR), null, "da");
        assertThrows(AccessDeniedException.class,
                () -> meetings.recordGroupMeeting(otherCounsellor, "tirsdagsgruppen", today, ticked(mikkel)));
        assertThrows(AccessDeniedException.class, () -> meetings.groupMeetings(otherCounsellor, "tirsdagsgruppen"));
    }

    @Test
    void aMeetingCanBeRecordedUpToTheDayTheServicesClockSays() throws Exception {
        Meetings aDayLater = new Meetings(running.platform().repository(), identity.audit,
                Clock.offset(running.clock(), java.time.Duration.ofDays(1)));
        LocalDate tomorrow = meetings.today().plusDays(1);
        assertEquals(tomorrow, aDayLater.today());
        assertEquals(tomorrow, aDayLater.recordGroupMeeting(jonas, "tirsdagsgruppen", tomorrow, ticked(mikkel)).date());
        assertEquals("program.refused.meetingDate", assertThrows(ProgrammeRefusedException.class,
                () -> aDayLater.recordGroupMeeting(jonas, "tirsdagsgruppen", tomorrow.plusDays(1), ticked(mikkel))).reason());
    }

    /** Everyone named was shown, and ticked. */
    private static Selection ticked(String... people) {
        return new Selection(Set.of(people), Set.of(people));
    }

    @Test
    void aMemberTheRecorderDidNotSeeKeepsWhatTheDaysRecordSaid() throws Exception {
        String noah = identityNoah();
        meetings.recordGroupMeeting(jonas, "tirsdagsgruppen", today, ticked(mikkel, noah));
        // recorded again by someone who saw only Mikkel (Noah's account turned off, say) and unticked him
        Meeting again = meetings.recordGroupMeeting(jonas, "tirsdagsgruppen", today, new Selection(Set.of(mikkel), Set.of()));
        assertEquals(Set.of(noah), again.attended(), "only what was shown changed");
    }

    @Test
    void administratorsRecordNoMeetings() {
        SignedInUser admin = new SignedInUser("admin-1", "a@example.org", "Drift", Set.of(Role.ADMIN), null, "da");
        assertThrows(AccessDeniedException.class,
                () -> meetings.recordGroupMeeting(admin, "tirsdagsgruppen", today, ticked(mikkel)));
        assertThrows(AccessDeniedException.class, () -> meetings.recordNetworkMeeting(admin, today, Set.of()));
        assertThrows(AccessDeniedException.class, () -> meetings.groupMeetings(admin, "tirsdagsgruppen"));
    }

    @Test
    void aCoordinatorRecordsWhichCompaniesCameToTheNetworkMeeting() throws Exception {
        assertEquals(2, meetings.networkMeetings(COORDINATOR).size(), "the demo's last two months");
        meetings.recordNetworkMeeting(COORDINATOR, today, Set.of("surdejshjoernet", "midtvejs-lager"));
        assertEquals(Set.of("surdejshjoernet", "midtvejs-lager"), meetings.networkMeetings(COORDINATOR).get(0).attended());
        assertEquals("program.refused.noCompany", assertThrows(ProgrammeRefusedException.class,
                () -> meetings.recordNetworkMeeting(COORDINATOR, today, Set.of("no-such-company"))).reason());
        assertThrows(AccessDeniedException.class, () -> meetings.recordNetworkMeeting(jonas, today, Set.of()));
    }

    private String identityNoah() throws Exception {
        return identity.accounts.findByEmail("noah.vestergaard@nextwork.example").orElseThrow().id();
    }
}
