package dk.nextwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;

/** What is due and overdue for whom, and the reminders of overdue reports. */
class ReportsDueTest {

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

    @Test
    void theBakerySeesEmmasUnfiledWeeksAsOverdueAndThisWeekAsToDo() throws Exception {
        Period lastWeek = Period.of(Cadence.WEEKLY, today).previous();
        List<DueReport> due = fixture.due.forUser(bakery, today, running.clock().instant());
        DueReport overdue = find(due, Instrument.WEEKLY_REPORT, lastWeek.previous());
        assertTrue(overdue.overdue(), "due the Monday after the week");
        assertTrue(overdue.saved().isEmpty());
        assertEquals(overdue, due.get(0), "overdue reports come first");
        assertEquals(today.isAfter(lastWeek.end().plusDays(1)), find(due, Instrument.WEEKLY_REPORT, lastWeek).overdue());
        assertFalse(find(due, Instrument.WEEKLY_REPORT, lastWeek.next()).overdue());
        assertTrue(due.stream().allMatch(item -> item.youngPerson().equals(emma)), "Emma is the bakery's only young person now");

        fixture.reports.submit(new Caller(bakery, "test"), new ReportInput(emma, Instrument.WEEKLY_REPORT, lastWeek, Map.of("punktlighed", 4), "", 0));
        DueReport filed = find(fixture.due.forUser(bakery, today, running.clock().instant()), Instrument.WEEKLY_REPORT, lastWeek);
        assertFalse(filed.overdue());
        assertTrue(filed.isSubmitted());
        assertTrue(filed.correctableUntil().orElseThrow().isAfter(running.clock().instant()));
        assertTrue(fixture.due.forUser(bakery, today, running.clock().instant().plus(Duration.ofDays(30))).stream()
                .noneMatch(item -> item.isSubmitted()), "once it can no longer be corrected it leaves the list");
    }

    @Test
    void theProgrammeWideOverdueCountIsEachCompanysOverdueReportsCountedOnceAndGoesDownWhenOneIsFiled() throws Exception {
        List<dk.nextwork.program.Placement> placements = fixture.programme.allPlacements();
        java.time.Instant now = running.clock().instant();
        Map<String, Integer> byCompany = fixture.overdue.byCompany();
        java.util.Set<String> companies = new java.util.TreeSet<>();
        placements.forEach(placement -> companies.add(placement.company()));
        for (String company : companies) {
            assertEquals(fixture.due.overdueAt(company, today, now).size(), byCompany.getOrDefault(company, 0).intValue(),
                    "as the reminders count them: " + company);
        }
        assertFalse(byCompany.containsValue(0), "companies with none overdue are left out");
        int before = byCompany.get("surdejshjoernet");
        assertTrue(before >= 1, "Emma's unfiled weeks");

        Period overdueWeek = fixture.due.overdueAt("surdejshjoernet", today, now).stream()
                .filter(item -> item.instrument() == Instrument.WEEKLY_REPORT).findFirst().orElseThrow().period();
        fixture.reports.submit(new Caller(bakery, "test"), new ReportInput(emma, Instrument.WEEKLY_REPORT, overdueWeek,
                Map.of("punktlighed", 4), "", 0));
        assertEquals(before - 1, fixture.overdue.byCompany().getOrDefault("surdejshjoernet", 0).intValue(),
                "a report filed late is no longer overdue");
    }

    @Test
    void theYoungPersonHasTheHalfYearsQuestionnaireAndTheCounsellorTheMonthlyAssessments() throws Exception {
        SignedInUser mikkel = fixture.user("youth@nextwork.example");
        List<DueReport> his = fixture.due.forUser(mikkel, today, running.clock().instant());
        assertEquals(List.of(Instrument.QUESTIONNAIRE), his.stream().filter(item -> !item.optional()).map(DueReport::instrument).toList(),
                "his own view of the month is offered beside it, never required");
        SignedInUser jonas = fixture.user("counsellor@nextwork.example");
        List<DueReport> counsellors = fixture.due.forUser(jonas, today, running.clock().instant());
        assertTrue(counsellors.stream().anyMatch(item -> item.instrument() == Instrument.MONTHLY_ASSESSMENT
                && item.youngPerson().equals(mikkel.id()) && item.period().equals(Period.of(Cadence.MONTHLY, today))));
    }

    @Test
    void representativesAreRemindedByMailOnceAWeekWhileSomethingIsOverdue() throws Exception {
        Reminders reminders = new Reminders(running.platform().repository(), fixture.overdue, fixture.companies,
                fixture.identity.accounts, fixture.identity.mail, fixture.identity.audit, running.clock());
        int before = fixture.identity.mail.outboxMessages().size();
        assertEquals(2, reminders.send(), "the bakery's representative (Emma's week) and the workshop's (Mikkel's draft)");
        var message = fixture.identity.mail.outboxMessages().stream()
                .filter(mail -> mail.to().equals("company@nextwork.example")).findFirst().orElseThrow();
        assertTrue(message.subject().contains("rapport"), message.subject());
        assertFalse(message.text().contains("Emma"), "the mail names no young person");
        assertEquals(0, reminders.send(), "not again the same week");
        assertEquals(before + 2, fixture.identity.mail.outboxMessages().size());
        Reminders nextWeek = new Reminders(running.platform().repository(), fixture.overdue, fixture.companies,
                fixture.identity.accounts, fixture.identity.mail, fixture.identity.audit,
                Clock.offset(running.clock(), Duration.ofDays(Reminders.EVERY_DAYS)));
        assertEquals(2, nextWeek.send(), "still overdue a week later");
    }

    private static DueReport find(List<DueReport> due, Instrument instrument, Period period) {
        return due.stream().filter(item -> item.instrument() == instrument && item.period().equals(period)).findFirst()
                .orElseThrow(() -> new AssertionError(instrument + " " + period + " not in " + due));
    }
}
