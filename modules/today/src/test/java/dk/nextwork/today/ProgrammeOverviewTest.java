package dk.nextwork.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.program.Company;
import dk.nextwork.program.Placement;
import dk.nextwork.program.YoungPerson;
import dk.nextwork.reporting.ReportingFixture;
import dk.nextwork.signals.SignalPage;

/**
 * The overview from kept counts and indexes shows what it showed when it read every placement,
 * enrolment and report: the same lists in the same order with the same counts, right after
 * writes and on a later day.
 */
class ProgrammeOverviewTest {

    private static final SignedInUser ADMIN = new SignedInUser("admin-test", "a@example.org", "Admin", Set.of(Role.ADMIN),
            null, "da");

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private TodayFixture fixture;
    private LocalDate today;
    private final Caller coordinator = new Caller(ReportingFixture.COORDINATOR, "test");

    @BeforeEach
    void wire() {
        fixture = new TodayFixture(running.platform(), running.clock());
        today = fixture.development.reporting.programme.today();
        fixture.signals.detect(today);
    }

    /** The overview as it was counted before: from every placement, every enrolment, and the reminders' rule per company. */
    private static ProgrammeGlance before(TodayFixture at, Caller caller) {
        var reporting = at.development.reporting;
        LocalDate today = reporting.programme.today();
        List<Placement> placements = reporting.programme.allPlacements();
        List<Placement> on = placements.stream().filter(placement -> placement.isActiveOn(today)).toList();
        Set<String> placedToday = new HashSet<>();
        Map<String, Integer> taken = new HashMap<>();
        for (Placement placement : on) {
            placedToday.add(placement.youngPerson());
            taken.merge(placement.company(), 1, Integer::sum);
        }
        Map<String, LocalDate> nextStart = new HashMap<>();
        for (Placement placement : placements) {
            if (placement.start().isAfter(today)) {
                nextStart.merge(placement.youngPerson(), placement.start(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        // active participation, and an account not closed: a closed account is on no list
        List<String> active = at.enrolments.active().stream().map(YoungPerson::id)
                .filter(id -> reporting.identity.accounts.find(id).map(UserAccount::active).orElse(false)).toList();
        List<ProgrammeGlance.Unplaced> unplaced = new ArrayList<>();
        for (String person : active) {
            String name = reporting.identity.accounts.find(person).map(UserAccount::name).orElse("");
            if (!placedToday.contains(person) && !name.isEmpty()) {
                unplaced.add(new ProgrammeGlance.Unplaced(person, name, Optional.ofNullable(nextStart.get(person))));
            }
        }
        unplaced.sort(Comparator.comparing(ProgrammeGlance.Unplaced::name));
        List<Placement> endingPlacements = on.stream()
                .filter(placement -> !placement.lastDay().isAfter(today.plusDays(ProgrammeOverview.ENDING_WITHIN_DAYS)))
                .sorted(Comparator.comparing(Placement::lastDay)).toList();
        List<ProgrammeGlance.Ending> ending = new ArrayList<>();
        for (Placement placement : first(endingPlacements)) {
            ending.add(new ProgrammeGlance.Ending(placement.youngPerson(),
                    reporting.identity.accounts.find(placement.youngPerson()).map(UserAccount::name).orElse(""),
                    reporting.companies.find(placement.company()).map(Company::name).orElse(placement.company()),
                    placement.lastDay()));
        }
        List<ProgrammeGlance.CompanyPlaces> places = new ArrayList<>();
        List<ProgrammeGlance.CompanyOverdue> overdue = new ArrayList<>();
        for (Company company : reporting.companies.all()) {
            places.add(new ProgrammeGlance.CompanyPlaces(company.id(), company.name(), company.placementCapacity(),
                    taken.getOrDefault(company.id(), 0)));
            int count = reporting.due.overdueAt(company.id(), today, reporting.reports.now()).size();
            if (count > 0) {
                overdue.add(new ProgrammeGlance.CompanyOverdue(company.id(), company.name(), count));
            }
        }
        places.sort(Comparator.comparing(ProgrammeGlance.CompanyPlaces::free).reversed()
                .thenComparing(ProgrammeGlance.CompanyPlaces::name));
        overdue.sort(Comparator.comparing(ProgrammeGlance.CompanyOverdue::overdue).reversed()
                .thenComparing(ProgrammeGlance.CompanyOverdue::name));
        SignalPage open = at.signals.openPage(caller, active, ProgrammeOverview.SHOWN);
        return new ProgrammeGlance(today, first(unplaced), unplaced.size(), ending, endingPlacements.size(), first(places),
                places.size(), places.stream().mapToInt(ProgrammeGlance.CompanyPlaces::free).sum(), first(overdue),
                overdue.size(), overdue.stream().mapToInt(ProgrammeGlance.CompanyOverdue::overdue).sum(), open.shown(),
                open.total());
    }

    private static <T> List<T> first(List<T> all) {
        return all.subList(0, Math.min(ProgrammeOverview.SHOWN, all.size()));
    }

    private void assertSameAsBefore(TodayFixture at, String when) {
        assertEquals(before(at, coordinator), at.overview.glance(coordinator), when);
    }

    @Test
    void theDemoShowsWhatItShowedBefore() {
        ProgrammeGlance glance = fixture.overview.glance(coordinator);
        assertEquals(before(fixture, coordinator), glance);
        assertTrue(glance.overdueReports() > 0 && glance.signalsCount() > 0 && glance.endingSoonCount() > 0, glance.toString());
    }

    @Test
    void aClosedAccountIsOnNoListOfTheOverview() {
        ProgrammeGlance open = fixture.overview.glance(coordinator);
        String awaiting = open.withoutPlacement().get(0).youngPerson();
        String signalled = open.signals().stream().map(dk.nextwork.signals.Signal::youngPerson)
                .filter(person -> !person.equals(awaiting)).findFirst().orElseThrow();
        assertTrue(open.signalsCount() <= ProgrammeOverview.SHOWN, "every open signal is shown, so they can be counted here");
        long signalsOfThem = open.signals().stream()
                .filter(signal -> signal.youngPerson().equals(signalled) || signal.youngPerson().equals(awaiting)).count();
        fixture.development.reporting.identity.accounts.setActive(ADMIN, awaiting, false);
        fixture.development.reporting.identity.accounts.setActive(ADMIN, signalled, false);
        ProgrammeGlance closed = fixture.overview.glance(coordinator);
        assertEquals(before(fixture, coordinator), closed);
        assertEquals(open.withoutPlacementCount() - 1, closed.withoutPlacementCount());
        assertTrue(closed.withoutPlacement().stream().noneMatch(one -> one.youngPerson().equals(awaiting)));
        assertEquals(open.signalsCount() - signalsOfThem, closed.signalsCount(), "their signals are not counted");
    }

    @Test
    void longListsAfterWritesAndOnLaterDaysShowWhatTheyShowedBefore() throws Exception {
        var reporting = fixture.development.reporting;
        var placements = reporting.placements;
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = reporting.identity.accounts.create(ADMIN, "ung" + i + "@example.org", String.format("Ung %02d", i),
                    Set.of(Role.YOUTH), null, "da").id();
            fixture.enrolments.enrol(ReportingFixture.COORDINATOR, id, 20, "", "");
            people.add(id);
        }
        for (int c = 0; c < 24; c++) {
            reporting.companies.register(ReportingFixture.COORDINATOR, "firma-" + c, String.format("Firma %02d", c), "Handel",
                    10, 1 + c % 3);
        }
        assertSameAsBefore(fixture, "30 enrolled, 24 companies registered");
        for (int i = 0; i < 24; i++) {
            // placed since some weeks, ending over the coming days (a few beyond the three weeks)
            LocalDate start = today.minusWeeks(6).minusDays(i);
            placements.place(ReportingFixture.COORDINATOR, people.get(i), "firma-" + i, start, today.plusDays(i));
        }
        for (int i = 24; i < 28; i++) {
            // placed from next week: awaiting now, with their next start
            placements.place(ReportingFixture.COORDINATOR, people.get(i), "firma-" + (i - 20), today.plusWeeks(1).plusDays(i),
                    today.plusWeeks(9).plusDays(i));
        }
        assertSameAsBefore(fixture, "placements written");
        List<Placement> now = reporting.programme.placementsOf(people.get(3));
        placements.endEarly(ReportingFixture.COORDINATOR, now.get(0).id(), today.minusDays(1), "Stoppede");
        placements.extend(ReportingFixture.COORDINATOR, reporting.programme.placementsOf(people.get(5)).get(0).id(),
                today.plusWeeks(4));
        placements.moveOn(ReportingFixture.COORDINATOR, reporting.programme.placementsOf(people.get(7)).get(0).id(),
                "surdejshjoernet", today.plusDays(2), today.plusWeeks(9));
        fixture.enrolments.setStatus(ReportingFixture.COORDINATOR, people.get(29), YoungPerson.Status.PAUSED);
        fixture.enrolments.setStatus(ReportingFixture.COORDINATOR, people.get(10), YoungPerson.Status.COMPLETED);
        assertSameAsBefore(fixture, "ended, extended, moved on, paused, completed");

        for (int days : new int[] {1, 3, 9, 30}) {
            TodayFixture later = new TodayFixture(running.platform(), Clock.offset(running.clock(), Duration.ofDays(days)));
            assertSameAsBefore(later, days + " days on");
        }
        TodayFixture back = new TodayFixture(running.platform(), running.clock());
        assertSameAsBefore(back, "back on the day");
        ProgrammeGlance glance = back.overview.glance(coordinator);
        assertEquals(ProgrammeOverview.SHOWN, glance.capacity().size());
        assertTrue(glance.withoutPlacementCount() >= 6 && glance.endingSoonCount() > ProgrammeOverview.SHOWN, glance.toString());
        assertTrue(glance.withoutPlacement().stream().anyMatch(one -> one.nextStart().isPresent()), "next starts shown");
    }
}
