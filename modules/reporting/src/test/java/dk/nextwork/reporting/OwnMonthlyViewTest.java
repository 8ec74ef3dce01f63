package dk.nextwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;

/** The young person's own view in the monthly assessment: theirs to give if they like, beside the scores, never due. */
class OwnMonthlyViewTest {

    private static final Map<String, Integer> LOW = Map.of("vedholdenhed", 1, "uafhaengighed", 1, "realistisk-maal", 1);

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private ReportingFixture fixture;
    private SignedInUser mikkel;
    private Caller his;
    private Period thisMonth;

    @BeforeEach
    void wire() throws Exception {
        fixture = new ReportingFixture(running.platform(), running.clock());
        mikkel = fixture.user("youth@nextwork.example");
        his = new Caller(mikkel, "test");
        thisMonth = Period.of(Cadence.MONTHLY, fixture.reports.today());
    }

    @Test
    void theYoungPersonGivesTheirOwnViewOfTheMonthlyIndicators() throws Exception {
        Definition definition = fixture.configuration.current().definition();
        assertEquals(List.of("vedholdenhed", "uafhaengighed", "realistisk-maal"),
                definition.indicatorsFor(Instrument.MONTHLY_ASSESSMENT, Rater.YOUNG_PERSON).stream().map(Indicator::id).toList(),
                "the same indicators as the company's and the counsellor's, as data in the configuration");
        assertTrue(Instrument.MONTHLY_ASSESSMENT.isOptionalFor(Rater.YOUNG_PERSON));
        Indicator asked = definition.indicator("vedholdenhed").orElseThrow().askedOf(Rater.YOUNG_PERSON);
        assertTrue(asked.name().da().startsWith("Jeg "), "asked about themselves: " + asked.name().da());
        assertEquals("Meget svært for mig", asked.scale().anchor(1).da());

        Report own = fixture.reports.submit(his, new ReportInput(mikkel.id(), Instrument.MONTHLY_ASSESSMENT, thisMonth,
                Map.of("vedholdenhed", 4, "realistisk-maal", 3), "Jeg synes, det går bedre.", null));
        assertEquals(Rater.YOUNG_PERSON, own.rater());
        assertEquals(mikkel.id(), own.raterId());
        assertTrue(fixture.reports.reportsAbout(his, mikkel.id()).stream().anyMatch(report -> report.id().equals(own.id())));
        assertTrue(fixture.reports.reportsAbout(new Caller(fixture.user("counsellor@nextwork.example"), "test"), mikkel.id())
                .stream().anyMatch(report -> report.id().equals(own.id())), "his counsellor reads it");
        SignedInUser workshop = ReportingFixture.representative("fjordbyens-vaerksted");
        List<Report> companys = fixture.reports.reportsAbout(new Caller(workshop, "test"), mikkel.id());
        assertFalse(companys.isEmpty());
        assertTrue(companys.stream().allMatch(report -> report.rater() == Rater.COMPANY),
                "his company reads its own reports only, as before");

        assertEquals("reporting.refused.unknownIndicator", assertThrows(ReportingRefusedException.class,
                () -> fixture.reports.submit(his, new ReportInput(mikkel.id(), Instrument.MONTHLY_ASSESSMENT, thisMonth,
                        Map.of("punktlighed", 4), "", null))).reason(), "only the monthly indicators");
        String noah = fixture.user("noah.vestergaard@nextwork.example").id();
        assertThrows(AccessDeniedException.class, () -> fixture.reports.submit(his, new ReportInput(noah,
                Instrument.MONTHLY_ASSESSMENT, thisMonth, LOW, "", null)), "only their own");
        SignedInUser sofie = fixture.user("sofie.ahmadi@nextwork.example");
        assertThrows(AccessDeniedException.class, () -> fixture.reports.submit(new Caller(sofie, "test"), new ReportInput(sofie.id(),
                Instrument.MONTHLY_ASSESSMENT, thisMonth, LOW, "", null)), "only for a month they were placed in");
    }

    @Test
    void theOwnViewIsOfferedAsOptionalAndIsNeverOverdue() throws Exception {
        List<DueReport> offered = fixture.due.forUser(mikkel, fixture.reports.today(), running.clock().instant()).stream()
                .filter(DueReport::optional).toList();
        assertTrue(offered.stream().allMatch(item -> item.instrument() == Instrument.MONTHLY_ASSESSMENT && !item.overdue()));
        assertTrue(offered.stream().anyMatch(item -> item.period().equals(thisMonth)), offered.toString());

        // the 20th of next month: the others' assessments of this month were due on the 7th, his own view of it
        // (which the demo leaves to him on any day; last month's he gave, once the month was over) is still only offered
        LocalDate later = thisMonth.next().start().plusDays(19);
        List<DueReport> then = fixture.due.forUser(mikkel, later, later.atTime(12, 0).toInstant(ZoneOffset.UTC));
        DueReport lastMonth = then.stream().filter(item -> item.optional() && item.period().equals(thisMonth))
                .findFirst().orElseThrow(() -> new AssertionError(then.toString()));
        assertTrue(later.isAfter(thisMonth.next().start().plusDays(ReportsDue.MONTHLY_DUE_DAY - 1)));
        assertFalse(lastMonth.overdue(), "optional: never overdue");
        assertEquals(thisMonth.next().end(), lastMonth.dueBy(), "the last day it can still be given");
        assertTrue(then.stream().filter(DueReport::overdue).allMatch(item -> !item.optional()));

        fixture.reports.submit(his, new ReportInput(mikkel.id(), Instrument.MONTHLY_ASSESSMENT, thisMonth, LOW, "", null));
        DueReport given = fixture.due.forUser(mikkel, fixture.reports.today(), running.clock().instant()).stream()
                .filter(item -> item.optional() && item.period().equals(thisMonth)).findFirst().orElseThrow();
        assertTrue(given.isSubmitted(), "listed while it can be corrected, like any report");
    }

    @Test
    void theOwnViewChangesNoScore() throws Exception {
        SignedInUser jonas = fixture.user("counsellor@nextwork.example");
        ScoreHistory before = fixture.scores.history(new Caller(jonas, "test"), mikkel.id());
        fixture.reports.submit(his, new ReportInput(mikkel.id(), Instrument.MONTHLY_ASSESSMENT, thisMonth, LOW, "", null));
        fixture.reports.submit(his, new ReportInput(mikkel.id(), Instrument.MONTHLY_ASSESSMENT, thisMonth.previous(),
                Map.of("vedholdenhed", 5, "uafhaengighed", 5, "realistisk-maal", 5), "", null));
        ScoreHistory after = fixture.scores.history(new Caller(jonas, "test"), mikkel.id());
        assertEquals(before.series(), after.series(), "a perspective beside the scores, not part of them");
        Report own = fixture.reports.reportsAbout(his, mikkel.id()).stream()
                .filter(report -> report.rater() == Rater.YOUNG_PERSON && report.period().equals(thisMonth)).findFirst().orElseThrow();
        assertFalse(Scores.countsIn(own, thisMonth), "nor is it among the reports behind a score");
    }
}
