package dk.nextwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.program.Company;
import dk.nextwork.program.Placement;
import dk.nextwork.reporting.internal.ReportStore;

/** The overdue reports kept per company are what the reminders' rule counts, after every change and on another day. */
class OverdueReportsTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private ReportingFixture fixture;
    private SignedInUser bakery;
    private String emma;
    private LocalDate today;

    @BeforeEach
    void wire() throws Exception {
        fixture = new ReportingFixture(running.platform(), running.clock());
        bakery = fixture.user("company@nextwork.example");
        emma = fixture.user("emma.friis@nextwork.example").id();
        today = fixture.reports.today();
    }

    /** Every company's overdue reports as {@link ReportsDue#overdueAt} lists them on the day; those with none left out. */
    private Map<String, Integer> counting(LocalDate day, Instant now) {
        Map<String, Integer> overdue = new TreeMap<>();
        for (Company company : fixture.companies.all()) {
            int count = fixture.due.overdueAt(company.id(), day, now).size();
            if (count > 0) {
                overdue.put(company.id(), count);
            }
        }
        return overdue;
    }

    private void assertKept(String after) {
        assertEquals(counting(today, running.clock().instant()), fixture.overdue.byCompany(), "kept after " + after);
    }

    @Test
    void theDemoIsCountedAtInstallAndAFullRecountFindsTheSame() {
        Map<String, Integer> kept = fixture.overdue.byCompany();
        assertEquals(counting(today, running.clock().instant()), kept);
        assertTrue(kept.getOrDefault("surdejshjoernet", 0) >= 1, "Emma's unfiled weeks: " + kept);
        assertEquals(kept, fixture.overdue.recountAll());
        assertEquals(kept, fixture.overdue.byCompany());
    }

    @Test
    void savingAReportOfTheCompanyRecountsItInTheSameSave() throws Exception {
        Caller rep = new Caller(bakery, "test");
        Period overdueWeek = fixture.due.overdueAt("surdejshjoernet", today, running.clock().instant()).stream()
                .filter(item -> item.instrument() == Instrument.WEEKLY_REPORT).findFirst().orElseThrow().period();
        int before = fixture.overdue.byCompany().get("surdejshjoernet");
        fixture.reports.saveDraft(rep, new ReportInput(emma, Instrument.WEEKLY_REPORT, overdueWeek, Map.of("punktlighed", 3), "", 0));
        assertKept("a draft of the overdue week (still overdue)");
        assertEquals(before, fixture.overdue.byCompany().get("surdejshjoernet"));
        fixture.reports.submit(rep, new ReportInput(emma, Instrument.WEEKLY_REPORT, overdueWeek, Map.of("punktlighed", 4), "", 0));
        assertKept("submitting it");
        assertEquals(before - 1, fixture.overdue.byCompany().getOrDefault("surdejshjoernet", 0).intValue());
        fixture.reports.submit(rep, new ReportInput(emma, Instrument.WEEKLY_REPORT, overdueWeek, Map.of("punktlighed", 5), "", 0));
        assertKept("correcting it");
    }

    @Test
    void aPlacementChangeRecountsTheCompaniesConcerned() throws Exception {
        Placement sofies = fixture.placeSofie(today);
        assertKept("placing Sofie from three weeks ago, with no reports");
        assertTrue(fixture.overdue.byCompany().getOrDefault("planteskolen-laerkereden", 0) >= 2, "her weeks are overdue");
        Placement emmas = fixture.programme.placementOn(emma, today).orElseThrow();
        fixture.placements.moveOn(ReportingFixture.COORDINATOR, emmas.id(), "hyldebaer-supermarked", today, today.plusWeeks(8));
        assertKept("Emma moving on today");
        assertTrue(!fixture.overdue.byCompany().containsKey("surdejshjoernet"), "the bakery has nobody placed now");
        fixture.placements.endEarly(ReportingFixture.COORDINATOR, sofies.id(), today.minusDays(1), "Stoppede");
        assertKept("Sofie's placement ending yesterday");
        fixture.placements.extend(ReportingFixture.COORDINATOR, fixture.programme.placementOn(emma, today).orElseThrow().id(),
                today.plusWeeks(10));
        assertKept("extending Emma's new one");
    }

    @Test
    void aReaderOnAnotherDayRecountsAndTheReminderRunRefreshesTheCounts() throws Exception {
        for (int days : new int[] {1, 7, 8, 3}) {
            Clock later = Clock.offset(running.clock(), Duration.ofDays(days));
            OverdueReports then = new OverdueReports(running.platform().repository(), fixture.programme, later);
            assertEquals(counting(then.today(), later.instant()), then.byCompany(), days + " days on");
        }
        fixture.overdue.byCompany(); // of today again
        // a report removed behind the services' back: the reminder run counts it afresh
        Period lastWeek = Period.of(Cadence.WEEKLY, today).previous().previous().previous();
        String name = ReportStore.name(Instrument.WEEKLY_REPORT, lastWeek, Rater.COMPANY, "hyldebaer-supermarked");
        String ali = fixture.user("ali.demir@nextwork.example").id();
        boolean removed = running.platform().repository().withServiceSession(session -> {
            String path = ReportStore.ROOT + "/" + ali + "/" + name;
            if (!session.nodeExists(path)) {
                return false;
            }
            session.getNode(path).remove();
            session.save();
            return true;
        });
        assertTrue(removed, "Ali's report of three weeks ago");
        assertTrue(!counting(today, running.clock().instant()).equals(fixture.overdue.byCompany()), "not seen yet");
        new Reminders(running.platform().repository(), fixture.overdue, fixture.companies, fixture.identity.accounts,
                fixture.identity.mail, fixture.identity.audit, running.clock()).send();
        assertKept("the reminder run");
    }
}
