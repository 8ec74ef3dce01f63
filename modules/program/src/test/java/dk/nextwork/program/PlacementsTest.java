package dk.nextwork.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.i18n.Texts;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.program.internal.ProgramRelationships;

/** The programme's rules: 15 hours a week to enrol, 6 weeks to 6 months, one placement at a time, room at the company. */
class PlacementsTest {

    private static final SignedInUser COORDINATOR = new SignedInUser("coordinator-1", "k@example.org", "Hanne",
            Set.of(Role.COORDINATOR), null, "da");
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private Enrolments enrolments;
    private Companies companies;
    private Placements placements;
    private Programme programme;
    private IdentityFixture identity;
    private String sofie;
    private String mikkel;

    @BeforeEach
    void wire() throws Exception {
        IdentityFixture identity = new IdentityFixture(running.platform(), running.clock());
        enrolments = new Enrolments(running.platform().repository(), identity.accounts, identity.audit, running.clock());
        companies = new Companies(running.platform().repository(), identity.audit, running.clock());
        programme = new Programme(running.platform().repository(), running.clock());
        PersonAccess access = new PersonAccess(identity.accounts, identity.audit,
                List.of(new ProgramRelationships(programme, running.clock())));
        placements = new Placements(running.platform().repository(), identity.audit, programme, access);
        this.identity = identity;
        sofie = identity.accounts.findByEmail("sofie.ahmadi@nextwork.example").orElseThrow().id();
        mikkel = identity.accounts.findByEmail("youth@nextwork.example").orElseThrow().id();
    }

    private static String reason(ProgrammeRefusedException refused) {
        return refused.reason();
    }

    @Test
    void enrolmentNeedsFifteenHoursAWeekAndSaysSo() throws Exception {
        ProgrammeRefusedException refused = assertThrows(ProgrammeRefusedException.class,
                () -> enrolments.enrol(COORDINATOR, sofie, 14, "Planter", "Uddannelse"));
        assertEquals("program.refused.hours", refused.reason());
        assertEquals(List.of(14, 15), List.of(refused.values()));
        assertEquals(15, enrolments.find(sofie).orElseThrow().hoursPerWeek(), "the demo enrolment is unchanged");
        assertEquals(20, enrolments.enrol(COORDINATOR, sofie, 20, "Planter", "Uddannelse").hoursPerWeek());
        assertEquals("program.refused.notYouth", reason(assertThrows(ProgrammeRefusedException.class,
                () -> enrolments.enrol(COORDINATOR, "no-such-account", 20, "", ""))));
        assertEquals("program.refused.hoursTooMany", reason(assertThrows(ProgrammeRefusedException.class,
                () -> enrolments.enrol(COORDINATOR, sofie, 80, "", ""))));
    }

    @Test
    void anEnrolmentAndAMembershipBeginOnTheClocksDayInDenmark() throws Exception {
        Clock newYearsEve = Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"), ZoneOffset.UTC); // 00:30 in Roskilde
        Enrolments dated = new Enrolments(running.platform().repository(), identity.accounts, identity.audit, newYearsEve);
        String newcomer = identity.accounts.create(COORDINATOR, "ny.ung@example.org", "Ida Nyholm", Set.of(Role.YOUTH),
                null, "da").id();
        assertEquals(LocalDate.of(2026, 1, 1), dated.enrol(COORDINATOR, newcomer, 20, "Dyr", "En læreplads").enrolled());
        assertEquals(LocalDate.of(2026, 1, 1), enrolments.find(newcomer).orElseThrow().enrolled());

        Companies registering = new Companies(running.platform().repository(), identity.audit, newYearsEve);
        assertEquals(LocalDate.of(2026, 1, 1), registering.register(COORDINATOR, "nyt-bageri", "Nyt Bageri", "Bageri", 4, 1)
                .memberSince());
    }

    @Test
    void enrollingAndSettingTheStatusIsOneSaveAndBothAreInTheTrail() throws Exception {
        YoungPerson paused = enrolments.enrol(COORDINATOR, sofie, 20, "Planter", "Uddannelse", YoungPerson.Status.PAUSED);
        assertEquals(YoungPerson.Status.PAUSED, paused.status());
        assertEquals(20, paused.hoursPerWeek());
        assertEquals(paused, enrolments.find(sofie).orElseThrow());
        assertTrue(identity.audit.about(sofie, 5).stream().anyMatch(entry -> entry.action().equals("program.status")));
        assertEquals(YoungPerson.Status.PAUSED, enrolments.enrol(COORDINATOR, sofie, 22, "", "", null).status(),
                "no status given: the status stays");
        assertEquals("program.refused.hours", reason(assertThrows(ProgrammeRefusedException.class,
                () -> enrolments.enrol(COORDINATOR, sofie, 10, "", "", YoungPerson.Status.ACTIVE))));
        assertEquals(YoungPerson.Status.PAUSED, enrolments.find(sofie).orElseThrow().status(), "a refusal changes neither");
    }

    @Test
    void theListOfPlacementsIsNarrowedByStateAndCompanyToThePeopleTheCoordinatorMaySee() throws Exception {
        LocalDate today = programme.today();
        Placement planned = placements.place(COORDINATOR, sofie, "planteskolen-laerkereden", today.plusWeeks(1),
                today.plusWeeks(9));
        assertTrue(placements.list(COORDINATOR, null, PlacementState.PLANNED).contains(planned));
        assertTrue(!placements.list(COORDINATOR, null, PlacementState.ACTIVE).contains(planned));
        assertTrue(placements.list(COORDINATOR, null, PlacementState.ACTIVE).stream()
                .allMatch(placement -> placement.isActiveOn(today)));
        assertTrue(placements.list(COORDINATOR, null, PlacementState.ENDED).stream()
                .allMatch(placement -> placement.lastDay().isBefore(today)));
        assertTrue(!placements.list(COORDINATOR, null, PlacementState.ENDED).isEmpty(), "Noah's time at the bakery is over");
        assertEquals(List.of(planned.id(), "freja-planteskolen-laerkereden"), placements.list(COORDINATOR,
                "planteskolen-laerkereden", PlacementState.ALL).stream().map(Placement::id).toList(), "Sofie's and the demo's Freja's");
        assertEquals(programme.allPlacements(), placements.list(COORDINATOR, null, null), "newest first, like the records");

        SignedInUser admin = new SignedInUser("admin-1", "a@example.org", "Drift", Set.of(Role.ADMIN), null, "da");
        identity.accounts.setActive(admin, sofie, false);
        assertTrue(placements.list(COORDINATOR, null, PlacementState.ALL).stream()
                .noneMatch(placement -> placement.youngPerson().equals(sofie)), "a closed account's placements are not listed");
        SignedInUser rep = new SignedInUser("rep", "r@example.org", "Rep", Set.of(Role.COMPANY_REP), "surdejshjoernet", "da");
        assertThrows(AccessDeniedException.class, () -> placements.list(rep, null, PlacementState.ALL));
    }

    @Test
    void aPlacementLastsSixWeeksToSixMonths() throws Exception {
        assertEquals("program.refused.length", reason(assertThrows(ProgrammeRefusedException.class,
                () -> placements.place(COORDINATOR, sofie, "planteskolen-laerkereden", MONDAY, MONDAY.plusWeeks(6).minusDays(1)))));
        assertEquals("program.refused.length", reason(assertThrows(ProgrammeRefusedException.class,
                () -> placements.place(COORDINATOR, sofie, "planteskolen-laerkereden", MONDAY, MONDAY.plusMonths(6).plusDays(1)))));
        assertEquals("program.refused.length", reason(assertThrows(ProgrammeRefusedException.class,
                () -> placements.place(COORDINATOR, sofie, "planteskolen-laerkereden", MONDAY, MONDAY.minusWeeks(8)))));
        Placement shortest = placements.place(COORDINATOR, sofie, "planteskolen-laerkereden", MONDAY, MONDAY.plusWeeks(6));
        assertEquals(MONDAY.plusWeeks(6), shortest.plannedEnd());
        assertEquals("program.refused.length", reason(assertThrows(ProgrammeRefusedException.class,
                () -> placements.extend(COORDINATOR, shortest.id(), MONDAY.plusMonths(7)))));
        assertEquals(MONDAY.plusMonths(6), placements.extend(COORDINATOR, shortest.id(), MONDAY.plusMonths(6)).plannedEnd());
    }

    @Test
    void aYoungPersonIsNeverInTwoPlacementsAtOnce() throws Exception {
        Placement first = placements.place(COORDINATOR, sofie, "planteskolen-laerkereden", MONDAY, MONDAY.plusWeeks(8));
        ProgrammeRefusedException overlap = assertThrows(ProgrammeRefusedException.class,
                () -> placements.place(COORDINATOR, sofie, "hyldebaer-supermarked", MONDAY.plusWeeks(8), MONDAY.plusWeeks(16)));
        assertEquals("program.refused.overlap", overlap.reason());
        assertEquals("Planteskolen Lærkereden", overlap.values()[0], "the company by its name, never its id");
        assertEquals(MONDAY, overlap.values()[1], "a date, which the text shows as the reader's language writes it");
        Placement second = placements.place(COORDINATOR, sofie, "hyldebaer-supermarked", MONDAY.plusWeeks(8).plusDays(1),
                MONDAY.plusWeeks(16));
        assertEquals("program.refused.overlap", reason(assertThrows(ProgrammeRefusedException.class,
                () -> placements.extend(COORDINATOR, first.id(), MONDAY.plusWeeks(10)))), "an extension may not reach the next");
        assertEquals(List.of(first.id(), second.id()), programme.placementsOf(sofie).stream().map(Placement::id).toList());
    }

    @Test
    void aPlacementNeedsAnActiveYoungPersonAndACompanyWithRoom() throws Exception {
        assertEquals("program.refused.noCompany", reason(assertThrows(ProgrammeRefusedException.class,
                () -> placements.place(COORDINATOR, sofie, "no-such-company", MONDAY, MONDAY.plusWeeks(8)))));
        assertEquals("program.refused.notEnrolled", reason(assertThrows(ProgrammeRefusedException.class,
                () -> placements.place(COORDINATOR, "no-such-person", "surdejshjoernet", MONDAY, MONDAY.plusWeeks(8)))));
        enrolments.setStatus(COORDINATOR, sofie, YoungPerson.Status.PAUSED);
        assertEquals("program.refused.notEnrolled", reason(assertThrows(ProgrammeRefusedException.class,
                () -> placements.place(COORDINATOR, sofie, "planteskolen-laerkereden", MONDAY, MONDAY.plusWeeks(8)))),
                "a young person on pause is not placed");
        enrolments.setStatus(COORDINATOR, sofie, YoungPerson.Status.ACTIVE);
        LocalDate today = programme.today();
        ProgrammeRefusedException full = assertThrows(ProgrammeRefusedException.class,
                () -> placements.place(COORDINATOR, sofie, "fjordbyens-vaerksted", today, today.plusWeeks(8)));
        assertEquals("program.refused.full", full.reason(), "Mikkel has the workshop's only place");
        companies.register(COORDINATOR, "fjordbyens-vaerksted", "Fjordbyens Værksted", "Snedker", 6, 2);
        assertEquals("fjordbyens-vaerksted", placements.place(COORDINATOR, sofie, "fjordbyens-vaerksted", today,
                today.plusWeeks(8)).company());
    }

    @Test
    void endingEarlyNeedsAReasonAndMovingOnEndsOnePlacementAndStartsTheNext() throws Exception {
        Placement first = placements.place(COORDINATOR, sofie, "planteskolen-laerkereden", MONDAY, MONDAY.plusWeeks(12));
        assertEquals("program.refused.reason", reason(assertThrows(ProgrammeRefusedException.class,
                () -> placements.endEarly(COORDINATOR, first.id(), MONDAY.plusWeeks(7), " "))));
        assertEquals("program.refused.endDay", reason(assertThrows(ProgrammeRefusedException.class,
                () -> placements.endEarly(COORDINATOR, first.id(), MONDAY.minusDays(1), "Syg"))));

        ProgrammeRefusedException sameCompany = assertThrows(ProgrammeRefusedException.class,
                () -> placements.moveOn(COORDINATOR, first.id(), "planteskolen-laerkereden", MONDAY.plusWeeks(7), MONDAY.plusWeeks(15)));
        assertEquals("Vælg en anden virksomhed end den, den unge er i forløb hos nu.",
                Texts.of(getClass().getClassLoader()).get(Texts.DANISH, sameCompany.reason(), sameCompany.values()));
        companies.register(COORDINATOR, "stempel-og-skrue", "Stempel & Skrue Autoværksted", "Autoværksted", 7, 0);
        assertEquals("program.refused.full", reason(assertThrows(ProgrammeRefusedException.class,
                () -> placements.moveOn(COORDINATOR, first.id(), "stempel-og-skrue", MONDAY.plusWeeks(7), MONDAY.plusWeeks(15)))));
        assertEquals("program.refused.chooseCompany", reason(assertThrows(ProgrammeRefusedException.class,
                () -> placements.moveOn(COORDINATOR, first.id(), null, MONDAY.plusWeeks(7), MONDAY.plusWeeks(15)))));
        assertEquals(Optional.empty(), programme.placementsOf(sofie).get(0).ended(), "a refused move changes nothing");
        Placement next = placements.moveOn(COORDINATOR, first.id(), "hyldebaer-supermarked", MONDAY.plusWeeks(7),
                MONDAY.plusWeeks(15));
        List<Placement> course = programme.placementsOf(sofie);
        assertEquals(2, course.size(), "the course keeps both");
        assertEquals(Optional.of(MONDAY.plusWeeks(7).minusDays(1)), course.get(0).ended());
        assertEquals(Optional.of("hyldebaer-supermarked"), course.get(0).movedOnTo(), "where the young person went on to");
        assertEquals(Optional.empty(), course.get(0).endReason(), "no reason in words was given");
        assertEquals(next, course.get(1));
        assertEquals("program.refused.ended", reason(assertThrows(ProgrammeRefusedException.class,
                () -> placements.extend(COORDINATOR, first.id(), MONDAY.plusWeeks(14)))));
        assertTrue(programme.isPlacedAt(sofie, "planteskolen-laerkereden", MONDAY.plusWeeks(6)));
        assertTrue(!programme.isPlacedAt(sofie, "planteskolen-laerkereden", MONDAY.plusWeeks(7)));
    }

    @Test
    void onlyCoordinatorsRunTheProgramme() {
        SignedInUser rep = new SignedInUser("rep", "r@example.org", "Rep", Set.of(Role.COMPANY_REP), "surdejshjoernet", "da");
        assertThrows(AccessDeniedException.class, () -> placements.place(rep, mikkel, "surdejshjoernet", MONDAY, MONDAY.plusWeeks(8)));
        assertThrows(AccessDeniedException.class, () -> enrolments.enrol(rep, mikkel, 20, "", ""));
        assertThrows(AccessDeniedException.class, () -> companies.register(rep, "x", "X", "", 1, 1));
    }
}
