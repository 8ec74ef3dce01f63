package dk.nextwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.Caller;
import dk.nextwork.platform.testing.RunningPlatform;

/** The first trait configuration and the demo reports are dated by the install's clock. */
class ReportingInstallTest {

    /** A Wednesday in winter time: 09:30 in Roskilde. */
    private static final Instant INSTALLED = Instant.parse("2025-03-12T08:30:00Z");

    @RegisterExtension
    final RunningPlatform running = RunningPlatform.freshInstallAt(INSTALLED);

    @Test
    void theFirstConfigurationIsOfTheInstallsMomentAndTheDemoReportsOfTheWeeksBeforeIt() throws Exception {
        ReportingFixture fixture = new ReportingFixture(running.platform(), running.clock());
        assertEquals(INSTALLED, fixture.configuration.version(1).created());

        Caller coordinator = new Caller(ReportingFixture.COORDINATOR, "test");
        Report questionnaire = fixture.reports.reportsAbout(coordinator,
                fixture.user("noah.vestergaard@nextwork.example").id()).stream()
                .filter(report -> report.instrument() == Instrument.QUESTIONNAIRE).findFirst().orElseThrow();
        assertEquals(Period.of(Cadence.HALF_YEARLY, LocalDate.of(2025, 3, 12)), questionnaire.period());
        assertEquals(Instant.parse("2025-02-26T14:30:00Z"), questionnaire.submitted().orElseThrow(),
                "two weeks before the install, at 15:30 in Roskilde");

        List<Report> weekly = fixture.reports.reportsAbout(coordinator, fixture.user("youth@nextwork.example").id())
                .stream().filter(report -> report.instrument() == Instrument.WEEKLY_REPORT).toList();
        assertTrue(!weekly.isEmpty());
        LocalDate lastWeekEnd = weekly.stream().map(report -> report.period().end()).max(LocalDate::compareTo).orElseThrow();
        assertEquals(LocalDate.of(2025, 3, 9), lastWeekEnd, "the last whole week before the install");
    }
}
