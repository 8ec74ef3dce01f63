package dk.nextwork.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Report;
import dk.nextwork.reporting.ReportingFixture;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreSeries;

/** The visualisation's data: the course, the scores, each trait's step since last time, and the reports behind a score. */
class DevelopmentTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private DevelopmentFixture fixture;
    private String noah;

    @BeforeEach
    void wire() throws Exception {
        fixture = new DevelopmentFixture(running.platform(), running.clock());
        noah = fixture.reporting.user("noah.vestergaard@nextwork.example").id();
    }

    @Test
    void theCounsellorSeesTheCourseTheScoresAndHowEachTraitMoved() throws Exception {
        SignedInUser jonas = fixture.reporting.user("counsellor@nextwork.example");
        DevelopmentPicture picture = fixture.development.picture(new Caller(jonas, "test"), noah);

        assertEquals(List.of("Surdejshjørnet", "Midtvejs Lager & Logistik"), picture.course().stream().map(CourseStretch::companyName).toList(),
                "the companies Noah was placed with, in order");
        assertTrue(picture.hasScores());
        assertTrue(picture.reportsReadable());
        assertEquals(6, picture.traitMovements().size(), "one movement per trait");
        for (ScoreMovement movement : picture.traitMovements()) {
            ScoreSeries series = picture.history().of(movement.target()).orElseThrow();
            List<Score> present = series.scores().stream().filter(score -> !score.isMissing()).toList();
            if (!present.isEmpty()) {
                assertEquals(present.get(present.size() - 1), movement.to().orElseThrow(), "to the latest score");
            }
            if (present.size() > 1) {
                assertEquals(present.get(present.size() - 2), movement.from().orElseThrow(), "from the one before");
            }
        }
    }

    @Test
    void aCompanyThatHadTheYoungPersonFollowsTheCourseButMayNotOpenTheReports() throws Exception {
        SignedInUser sara = fixture.reporting.user("company@nextwork.example");
        DevelopmentPicture picture = fixture.development.picture(new Caller(sara, "test"), noah);
        assertTrue(picture.hasScores());
        assertFalse(picture.reportsReadable());
        Score latest = picture.history().of("arbejdsegnethed").orElseThrow().scores().stream()
                .filter(score -> !score.isMissing()).reduce((first, second) -> second).orElseThrow();
        assertThrows(AccessDeniedException.class,
                () -> fixture.development.reportsBehind(new Caller(sara, "test"), noah, "arbejdsegnethed", latest.period()));
    }

    @Test
    void someoneWhoMayNotFollowTheYoungPersonIsRefused() {
        SignedInUser nursery = ReportingFixture.representative("planteskolen-laerkereden");
        assertThrows(AccessDeniedException.class, () -> fixture.development.picture(new Caller(nursery, "test"), noah));
    }

    @Test
    void theReportsBehindAScoreAreThoseOfItsPeriodThatRateWhatFeedsIt() throws Exception {
        SignedInUser jonas = fixture.reporting.user("counsellor@nextwork.example");
        DevelopmentPicture picture = fixture.development.picture(new Caller(jonas, "test"), noah);
        Score week = picture.history().of("arbejdsegnethed").orElseThrow().scores().stream()
                .filter(score -> !score.isMissing()).findFirst().orElseThrow();
        List<Report> weekly = fixture.development.reportsBehind(new Caller(jonas, "test"), noah, "arbejdsegnethed", week.period());
        assertEquals(1, weekly.size(), "one weekly report that week");
        assertEquals(Instrument.WEEKLY_REPORT, weekly.get(0).instrument());
        assertEquals(week.period(), weekly.get(0).period());

        Score month = picture.history().of("initiativ").orElseThrow().scores().stream()
                .filter(score -> !score.isMissing() && score.period().cadence() == Cadence.MONTHLY).findFirst().orElseThrow();
        List<Report> monthly = fixture.development.reportsBehind(new Caller(jonas, "test"), noah, "initiativ", month.period());
        assertFalse(monthly.isEmpty());
        assertTrue(monthly.stream().allMatch(report -> month.period().contains(report.period().end())
                || report.submitted().map(at -> month.period().contains(java.time.LocalDate.ofInstant(at,
                        PortalTime.ZONE))).orElse(false)), "all counted in the month");
        assertTrue(monthly.stream().anyMatch(report -> report.instrument() == Instrument.MONTHLY_ASSESSMENT),
                "the month's assessment");
        assertTrue(monthly.stream().anyMatch(report -> report.instrument() == Instrument.WEEKLY_REPORT),
                "and its weekly reports");
    }
}
