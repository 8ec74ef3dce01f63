package dk.nextwork.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.program.internal.ProgramRelationships;

/** Who is placed where today, kept with every write and rolled on with the day, equals counting every placement. */
class OccupancyTest {

    private static final SignedInUser COORDINATOR = new SignedInUser("coordinator-1", "k@example.org", "Hanne",
            Set.of(Role.COORDINATOR), null, "da");

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private IdentityFixture identity;
    private Enrolments enrolments;
    private Programme programme;
    private Placements placements;
    private Occupancy occupancy;
    private LocalDate today;
    private String sofie;
    private String emma;

    @BeforeEach
    void wire() throws Exception {
        identity = new IdentityFixture(running.platform(), running.clock());
        enrolments = new Enrolments(running.platform().repository(), identity.accounts, identity.audit, running.clock());
        programme = new Programme(running.platform().repository(), running.clock());
        placements = placementsAt(running.clock());
        occupancy = new Occupancy(running.platform().repository(), running.clock());
        today = programme.today();
        sofie = identity.accounts.findByEmail("sofie.ahmadi@nextwork.example").orElseThrow().id();
        emma = identity.accounts.findByEmail("emma.friis@nextwork.example").orElseThrow().id();
    }

    private Placements placementsAt(Clock clock) {
        Programme dated = new Programme(running.platform().repository(), clock);
        PersonAccess access = new PersonAccess(identity.accounts, identity.audit, List.of(new ProgramRelationships(dated, clock)));
        return new Placements(running.platform().repository(), identity.audit, dated, access);
    }

    /** What the counts must be on a day, counted as the overview used to: from every placement and every enrolment. */
    private Occupancy.Counted counting(LocalDate day) {
        Map<String, Integer> placed = new TreeMap<>();
        Set<String> placedPeople = new HashSet<>();
        TreeMap<LocalDate, Integer> ending = new TreeMap<>();
        for (Placement placement : programme.allPlacements()) {
            if (placement.isActiveOn(day)) {
                placed.merge(placement.company(), 1, Integer::sum);
                placedPeople.add(placement.youngPerson());
                ending.merge(placement.lastDay(), 1, Integer::sum);
            }
        }
        List<String> awaiting = enrolments.active().stream().map(YoungPerson::id).filter(id -> !placedPeople.contains(id))
                .sorted().toList();
        return new Occupancy.Counted(day, placed, awaiting, ending);
    }

    private static Occupancy.Counted sorted(Occupancy.Counted counted) {
        return new Occupancy.Counted(counted.day(), counted.placed(), counted.awaitingPlacement().stream().sorted().toList(),
                counted.endingOn());
    }

    private void assertKept(Occupancy at, String after) {
        Occupancy.Counted kept = sorted(at.counted());
        assertEquals(counting(at.today()), kept, "kept after " + after);
    }

    @Test
    void theDemoIsCountedAtInstall() {
        Occupancy.Counted counted = sorted(occupancy.counted());
        assertEquals(counting(today), counted);
        assertEquals(List.of(sofie), counted.awaitingPlacement(), "Sofie is enrolled and not placed");
        assertEquals(1, counted.placed().get("surdejshjoernet"), "Emma at the bakery");
        assertEquals(2, counted.placed().get("hyldebaer-supermarked"), "Ali and Laura");
        Placement lauras = programme.placementOn(identity.accounts.findByEmail("laura.nielsen@nextwork.example").orElseThrow()
                .id(), today).orElseThrow();
        assertTrue(counted.endingOn().getOrDefault(lauras.lastDay(), 0) >= 1, "Laura's placement ends in two weeks");
        assertEquals(counted.endingOn().values().stream().mapToInt(Integer::intValue).sum(),
                counted.endingBetween(today, today.plusYears(1)), "everyone placed today ends on some day from today");
        assertEquals(0, counted.endingBetween(today.plusDays(1), today), "an empty span");
    }

    @Test
    void everyPlacementWriteAndEnrolmentChangeKeepsTheCountsInTheSameSave() throws Exception {
        Placement sofies = placements.place(COORDINATOR, sofie, "planteskolen-laerkereden", today.minusWeeks(1), today.plusWeeks(7));
        assertKept(occupancy, "placing Sofie from last week");
        assertTrue(occupancy.counted().awaitingPlacement().isEmpty(), "nobody awaits a placement");

        placements.endEarly(COORDINATOR, sofies.id(), today.minusDays(1), "Flyttede");
        assertKept(occupancy, "ending it yesterday");
        assertEquals(List.of(sofie), occupancy.counted().awaitingPlacement());

        Placement emmas = programme.placementOn(emma, today).orElseThrow();
        Placement next = placements.moveOn(COORDINATOR, emmas.id(), "hyldebaer-supermarked", today, today.plusWeeks(8));
        assertKept(occupancy, "Emma moving on today");
        assertEquals(3, occupancy.counted().placed().get("hyldebaer-supermarked"));
        assertTrue(!occupancy.counted().placed().containsKey("surdejshjoernet"), "the bakery has nobody today");

        assertThrows(ProgrammeRefusedException.class, () -> placements.moveOn(COORDINATOR, next.id(), "fjordbyens-vaerksted",
                today.plusDays(1), today.plusWeeks(8)), "the workshop is full");
        assertKept(occupancy, "a refused move, rolled back");
        assertEquals(Programme.LAST_DAY + "=" + next.plannedEnd(), lastDay(next.id()), "the rolled back placement's last day");

        placements.extend(COORDINATOR, next.id(), next.plannedEnd().plusWeeks(2));
        assertKept(occupancy, "extending it");
        assertEquals(Programme.LAST_DAY + "=" + next.plannedEnd().plusWeeks(2), lastDay(next.id()));

        enrolments.setStatus(COORDINATOR, sofie, YoungPerson.Status.PAUSED);
        assertKept(occupancy, "pausing Sofie");
        assertTrue(occupancy.counted().awaitingPlacement().isEmpty(), "paused: not awaiting");
        enrolments.enrol(COORDINATOR, sofie, 20, "", "", YoungPerson.Status.ACTIVE);
        assertKept(occupancy, "taking her up again");
        String newcomer = identity.accounts.create(COORDINATOR, "ny@example.org", "Ny Ung", Set.of(Role.YOUTH), null, "da").id();
        enrolments.enrol(COORDINATOR, newcomer, 20, "", "");
        assertKept(occupancy, "enrolling someone new");
        assertEquals(Set.of(sofie, newcomer), Set.copyOf(occupancy.counted().awaitingPlacement()));

        assertEquals(sorted(occupancy.counted()), recountedAll(occupancy), "a full recount finds what was kept");
    }

    @Test
    void theCountsRollOnWithTheDayAndEqualAFullRecount() throws Exception {
        // placements that begin and end over the coming days
        Placement sofies = placements.place(COORDINATOR, sofie, "planteskolen-laerkereden", today.plusDays(2), today.plusWeeks(8));
        Placement emmas = programme.placementOn(emma, today).orElseThrow();
        placements.endEarly(COORDINATOR, emmas.id(), today.plusDays(1), "Stopper");
        for (int days : new int[] {1, 2, 3, 10, 40, 3, 0}) {
            Clock later = Clock.offset(running.clock(), Duration.ofDays(days));
            Occupancy then = new Occupancy(running.platform().repository(), later);
            assertKept(then, days + " days on (rolled on from the day counted before)");
            assertEquals(sorted(then.counted()), recountedAll(then), "a full recount " + days + " days on");
        }
        Occupancy inThreeDays = new Occupancy(running.platform().repository(), Clock.offset(running.clock(), Duration.ofDays(3)));
        assertTrue(inThreeDays.counted().awaitingPlacement().contains(emma), "Emma's placement ended");
        assertTrue(!inThreeDays.counted().awaitingPlacement().contains(sofie), "Sofie's began");

        // a write on a later day rolls the counts on first, then counts its own change
        Clock later = Clock.offset(running.clock(), Duration.ofDays(5));
        placementsAt(later).extend(COORDINATOR, sofies.id(), sofies.plannedEnd().plusWeeks(1));
        assertKept(new Occupancy(running.platform().repository(), later), "a write five days on");
    }

    @Test
    void theEndingPlacementsAreFoundByTheIndexOnTheLastDay() throws Exception {
        LocalDate from = today;
        LocalDate to = today.plusDays(21);
        List<Placement> expected = programme.allPlacements().stream()
                .filter(placement -> !placement.lastDay().isBefore(from) && !placement.lastDay().isAfter(to))
                .sorted(java.util.Comparator.comparing(Placement::lastDay)).toList();
        assertEquals(expected, programme.placementsEndingBetween(from, to));
        assertTrue(expected.stream().anyMatch(placement -> placement.id().equals("laura-hyldebaer-supermarked")));
        // one query per day: a list of days in one IN was costed as a whole, and Oak traversed every placement instead
        String plan = plan("SELECT * FROM [nt:unstructured] AS p WHERE ISCHILDNODE(p, '" + Programme.PLACEMENTS
                + "') AND p.[lastDay] = '2026-01-01'");
        assertTrue(plan.contains("/oak:index/placementLastDay"), plan);
    }

    @Test
    void thoseAwaitingAPlacementAndTheDaysRolledOnAreFoundByIndexes() {
        String awaiting = plan("SELECT * FROM [nt:unstructured] AS y WHERE ISCHILDNODE(y, '" + Enrolments.YOUTH
                + "') AND y.[" + Occupancy.AWAITING + "] = CAST('true' AS BOOLEAN)");
        assertTrue(awaiting.contains("/oak:index/awaitingPlacement"), awaiting);
        String starts = plan("SELECT * FROM [nt:unstructured] AS p WHERE ISCHILDNODE(p, '" + Programme.PLACEMENTS
                + "') AND p.[start] = '2026-01-01'");
        assertTrue(starts.contains("/oak:index/placementStart"), starts);
    }

    private String plan(String query) {
        return running.platform().repository().withServiceSession(session -> session.getWorkspace().getQueryManager()
                .createQuery("EXPLAIN " + query, javax.jcr.query.Query.JCR_SQL2).execute().getRows().nextRow()
                .getValue("plan").getString());
    }

    private Occupancy.Counted recountedAll(Occupancy at) {
        at.recountAll();
        return sorted(at.counted());
    }

    private String lastDay(String id) {
        return running.platform().repository().withServiceSession(session -> Programme.LAST_DAY + "="
                + session.getNode(Programme.PLACEMENTS + "/" + id).getProperty(Programme.LAST_DAY).getString());
    }
}
