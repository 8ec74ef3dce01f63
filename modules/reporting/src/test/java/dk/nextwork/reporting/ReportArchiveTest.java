package dk.nextwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.Caller;
import dk.nextwork.platform.testing.RunningPlatform;

/** Reports written straight into the repository: added once, or replaced in place. */
class ReportArchiveTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    @Test
    void aReplacedReportSaysWhatTheNewOneSaysAndAnAddedOneDoesNotOverwrite() throws Exception {
        ReportingFixture fixture = new ReportingFixture(running.platform(), running.clock());
        String oliver = fixture.user("oliver.jensen@nextwork.example").id();
        Period lastWeek = Period.of(Cadence.WEEKLY, fixture.reports.today()).previous();
        Instant at = running.clock().instant();
        Report replacement = new Report("ignored", oliver, Instrument.WEEKLY_REPORT, lastWeek, Rater.COMPANY,
                "stempel-og-skrue", 1, Map.of("punktlighed", 2), "En tung uge.", Optional.of(6), Report.Status.SUBMITTED,
                at, "demo:stempel-og-skrue", Optional.of(at), List.of());
        running.platform().repository().withServiceSession(session -> {
            assertFalse(ReportArchive.add(session, replacement), "the demo has this week's report already");
            ReportArchive.replace(session, replacement);
            session.save();
            return null;
        });
        List<Report> weekly = fixture.reports.reportsAbout(new Caller(ReportingFixture.COORDINATOR, "test"), oliver).stream()
                .filter(report -> report.instrument() == Instrument.WEEKLY_REPORT && report.period().equals(lastWeek)).toList();
        assertEquals(1, weekly.size());
        assertEquals(Map.of("punktlighed", 2), weekly.get(0).ratings());
        assertEquals(Optional.of(6), weekly.get(0).absenceHours());
        assertEquals("En tung uge.", weekly.get(0).comment());
    }
}
