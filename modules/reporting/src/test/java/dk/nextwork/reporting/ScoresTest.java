package dk.nextwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;

/** Scores: weighted means on 0–100, missing data shown as missing, and each report read by its own configuration version. */
class ScoresTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private ReportingFixture fixture;
    private SignedInUser nursery;
    private SignedInUser sofie;
    private Period thisWeek;

    @BeforeEach
    void wire() throws Exception {
        fixture = new ReportingFixture(running.platform(), running.clock());
        fixture.placeSofie(fixture.reports.today());
        nursery = ReportingFixture.representative("planteskolen-laerkereden");
        sofie = fixture.user("sofie.ahmadi@nextwork.example");
        thisWeek = Period.of(Cadence.WEEKLY, fixture.reports.today());
    }

    private Report file(Period week, Map<String, Integer> ratings) throws Exception {
        return fixture.reports.submit(new Caller(nursery, "test"), new ReportInput(sofie.id(), Instrument.WEEKLY_REPORT, week, ratings, "", 0));
    }

    private Score score(String target, Period period) throws Exception {
        return fixture.scores.history(new Caller(sofie, "test"), sofie.id()).of(target).orElseThrow().scores().stream()
                .filter(score -> score.period().equals(period)).findFirst().orElseThrow();
    }

    @Test
    void aWeekWithoutAReportIsMissingNotZero() throws Exception {
        Period threeAgo = thisWeek.previous().previous().previous();
        file(threeAgo, Map.of("ansvarsbevidsthed", 1, "punktlighed", 1, "produktivitet", 1, "sociale-faerdigheder", 1,
                "samarbejdsvillighed", 1));
        file(thisWeek.previous(), Map.of("punktlighed", 5, "produktivitet", 3));

        Score low = score("arbejdsegnethed", threeAgo);
        assertEquals(0.0, low.value().orElseThrow(), 1e-9, "rated at the bottom of the scale: a real zero");
        assertEquals(5, low.indicatorsRated());

        Score gap = score("arbejdsegnethed", threeAgo.next());
        assertTrue(gap.isMissing(), "no report that week");
        assertEquals(0, gap.ratings());

        Score partial = score("arbejdsegnethed", thisWeek.previous());
        assertEquals(75.0, partial.value().orElseThrow(), 1e-9, "the mean of what was rated: 100 and 50");
        assertEquals(2, partial.indicatorsRated());
        assertEquals(5, partial.indicatorsExpected());

        ScoreHistory history = fixture.scores.history(new Caller(sofie, "test"), sofie.id());
        ScoreSeries curiosity = history.of("nysgerrighed").orElseThrow();
        assertTrue(curiosity.scores().stream().allMatch(Score::isMissing), "no weekly indicator feeds curiosity");
        assertEquals(thisWeek, history.of("arbejdsegnethed").orElseThrow().scores()
                .get(history.of("arbejdsegnethed").orElseThrow().scores().size() - 1).period(), "the history runs to this week");
    }

    @Test
    void aScoreTellsTheDayItWasLastRated() throws Exception {
        file(thisWeek.previous().previous().previous(), Map.of("punktlighed", 3));
        file(thisWeek.previous(), Map.of("punktlighed", 4));
        assertEquals(java.util.Optional.of(fixture.reports.today()), score("arbejdsegnethed", thisWeek.previous()).lastRated(),
                "the day the report was submitted, not the week's end");
        assertTrue(score("arbejdsegnethed", thisWeek.previous().previous()).lastRated().isEmpty(), "nothing rated that week");
    }

    @Test
    void aReportKeepsTheMeaningOfTheConfigurationVersionItWasMadeUnder() throws Exception {
        Period before = thisWeek.previous().previous();
        Report underFirst = file(before, Map.of("punktlighed", 5));
        Definition tenSteps = TraitConfigurationTest.withScale(fixture.configuration.current().definition(), "punktlighed",
                TraitConfigurationTest.tenSteps());
        fixture.configuration.save(ReportingFixture.COORDINATOR, 1, tenSteps, "Punktlighed på 1–10");
        Report underSecond = file(thisWeek.previous(), Map.of("punktlighed", 5));

        assertEquals(1, underFirst.configVersion());
        assertEquals(2, underSecond.configVersion());
        assertEquals(100.0, score("arbejdsegnethed", before).value().orElseThrow(), 1e-9, "5 of 1–5 stays the top");
        assertEquals(4 * 100.0 / 9, score("arbejdsegnethed", thisWeek.previous()).value().orElseThrow(), 1e-9,
                "5 of 1–10 is below the middle");
        assertEquals(2, fixture.scores.history(new Caller(sofie, "test"), sofie.id()).configVersion());
    }

    @Test
    void weightsCountAndMonthlyTraitsCombineTheWeeks() throws Exception {
        Period week = thisWeek.previous();
        file(week, Map.of("ansvarsbevidsthed", 5, "punktlighed", 1));
        // both feed ansvarsbevidsthed with weight 1: (100 + 0) / 2
        Period month = Period.of(Cadence.MONTHLY, week.end());
        assertEquals(50.0, score("ansvarsbevidsthed", month).value().orElseThrow(), 1e-9);
    }

    @Test
    void onlyThoseWhoMaySeeTheYoungPersonReadTheirScores() throws Exception {
        SignedInUser mikkel = fixture.user("youth@nextwork.example");
        org.junit.jupiter.api.Assertions.assertThrows(AccessDeniedException.class,
                () -> fixture.scores.history(new Caller(mikkel, "test"), sofie.id()));
        assertTrue(fixture.identity.audit.about(sofie.id(), 20).stream()
                .anyMatch(entry -> entry.action().equals("person.course.read.refused") && entry.actor().equals(mikkel.id())));
    }

    @Test
    void aCompanyThatHadTheYoungPersonFollowsTheirDevelopmentButNotTheirOtherReports() throws Exception {
        SignedInUser bakery = fixture.user("company@nextwork.example");
        String noah = fixture.user("noah.vestergaard@nextwork.example").id();
        ScoreHistory moved = fixture.scores.history(new Caller(bakery, "test"), noah);
        assertTrue(moved.of("arbejdsegnethed").orElseThrow().scores().stream().anyMatch(score -> !score.isMissing()),
                "Noah moved on from the bakery; the bakery follows how he develops");
        org.junit.jupiter.api.Assertions.assertThrows(AccessDeniedException.class,
                () -> fixture.reports.reportsAbout(new Caller(bakery, "test"), noah), "but reads no reports about him any more");
        org.junit.jupiter.api.Assertions.assertThrows(AccessDeniedException.class,
                () -> fixture.scores.history(new Caller(ReportingFixture.representative("hyldebaer-supermarked"), "test"), noah),
                "a company that never had him does not follow him");
    }
}
