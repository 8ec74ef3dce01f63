package dk.nextwork.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import dk.nextwork.program.Placement;
import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.Report;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreSeries;
import dk.nextwork.signals.internal.SignalRules;

/** Each rule on its own: what raises it, what does not, and the id that keeps it from being raised twice. */
class SignalRulesTest {

    /** A Wednesday: the last ended week is 23–29 November (week 48). */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Period LAST_WEEK = Period.of(Cadence.WEEKLY, TODAY).previous();
    private static final Placement PLACED = new Placement("p", "yp", "firm", TODAY.minusWeeks(8), TODAY.plusWeeks(8),
            Optional.empty());
    private static final Bilingual FIRM = new Bilingual("Firmaet", "Firmaet");

    private static Report weekly(Period week, Integer absence, Report.Status status, String company) {
        Instant at = week.end().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return new Report("r-" + week.key(), "yp", Instrument.WEEKLY_REPORT, week, Rater.COMPANY, company, 1,
                Map.of("punktlighed", 4), "", Optional.ofNullable(absence), status, at, "rep",
                status == Report.Status.SUBMITTED ? Optional.of(at) : Optional.empty(), List.of());
    }

    private static Period weeksBack(int back) {
        return new Period(Cadence.WEEKLY, LAST_WEEK.start().minusWeeks(back));
    }

    private static ScoreSeries weeklySeries(Double... values) {
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Period week = weeksBack(values.length - 1 - i);
            scores.add(new Score(week, values[i] == null ? OptionalDouble.empty() : OptionalDouble.of(values[i]), 1, 1, 1));
        }
        return new ScoreSeries("arbejdsegnethed", new Bilingual("Arbejdsegnethed", "Readiness for work"), true,
                Cadence.WEEKLY, scores);
    }

    @Test
    void reportsAreMissingWhenNeitherOfTheLastTwoEndedWeeksIsSubmitted() {
        Optional<Signal> missing = SignalRules.reportsMissing("yp", TODAY, PLACED, FIRM,
                List.of(weekly(weeksBack(2), 0, Report.Status.SUBMITTED, "firm"), weekly(LAST_WEEK, 0, Report.Status.DRAFT, "firm")));
        assertEquals(List.of(weeksBack(1), LAST_WEEK), missing.orElseThrow().periods());
        assertEquals("reports-missing-" + LAST_WEEK.key(), missing.get().id());
        assertTrue(SignalRules.reportsMissing("yp", TODAY, PLACED, FIRM,
                List.of(weekly(weeksBack(1), 0, Report.Status.SUBMITTED, "firm"))).isEmpty(), "one of the two is in");
        assertTrue(SignalRules.reportsMissing("yp", TODAY, PLACED, FIRM,
                List.of(weekly(weeksBack(1), 0, Report.Status.SUBMITTED, "another firm"))).isPresent(),
                "another company's report is not this placement's");
        Placement justStarted = new Placement("p", "yp", "firm", LAST_WEEK.start(), TODAY.plusWeeks(8), Optional.empty());
        assertTrue(SignalRules.reportsMissing("yp", TODAY, justStarted, FIRM, List.of()).isEmpty(),
                "the week before the placement began is not due");
    }

    @Test
    void absenceRisesOnlyThreeWeeksRunningEachMoreThanTheOneBefore() {
        Optional<Signal> rising = SignalRules.absenceRising("yp", TODAY, PLACED, List.of(weekly(weeksBack(3), 9, Report.Status.SUBMITTED, "firm"),
                weekly(weeksBack(2), 1, Report.Status.SUBMITTED, "firm"), weekly(weeksBack(1), 3, Report.Status.SUBMITTED, "firm"),
                weekly(LAST_WEEK, 4, Report.Status.SUBMITTED, "firm")));
        assertEquals(List.of(1, 3, 4), rising.orElseThrow().values());
        assertTrue(SignalRules.absenceRising("yp", TODAY, PLACED, List.of(weekly(weeksBack(2), 1, Report.Status.SUBMITTED, "firm"),
                weekly(weeksBack(1), 3, Report.Status.SUBMITTED, "firm"), weekly(LAST_WEEK, 3, Report.Status.SUBMITTED, "firm")))
                .isEmpty(), "level is not rising");
        assertTrue(SignalRules.absenceRising("yp", TODAY, PLACED, List.of(weekly(weeksBack(3), 1, Report.Status.SUBMITTED, "firm"),
                weekly(weeksBack(1), 3, Report.Status.SUBMITTED, "firm"), weekly(LAST_WEEK, 5, Report.Status.SUBMITTED, "firm")))
                .isEmpty(), "a week without a report breaks the run");
    }

    @Test
    void aDimensionFallsOverThreePeriodsRunningAsTheScoresReadRounded() {
        assertEquals(List.of(70, 60, 50), SignalRules.dimensionFalling("yp", TODAY, weeklySeries(80.0, 70.0, 60.0, 50.0))
                .orElseThrow().values());
        assertTrue(SignalRules.dimensionFalling("yp", TODAY, weeklySeries(70.0, 69.6, 60.0)).isEmpty(), "70 and 70 as shown");
        assertTrue(SignalRules.dimensionFalling("yp", TODAY, weeklySeries(70.0, null, 60.0, 50.0)).isEmpty(), "a gap breaks the run");
        assertTrue(SignalRules.dimensionFalling("yp", TODAY, weeklySeries(70.0, 60.0)).isEmpty());
    }

    @Test
    void aNewHighBeatsEveryEarlierScoreAndNeedsTwoOfThem() {
        Signal high = SignalRules.newHigh("yp", TODAY, weeklySeries(50.0, 72.0, null, 60.0, 80.0)).orElseThrow();
        assertEquals(List.of(72, 80), high.values());
        assertEquals(List.of(weeksBack(3), LAST_WEEK), high.periods());
        assertEquals("new-high-arbejdsegnethed-" + LAST_WEEK.key(), high.id());
        assertTrue(SignalRules.newHigh("yp", TODAY, weeklySeries(50.0, 80.0)).isEmpty(), "one earlier score is not enough");
        assertTrue(SignalRules.newHigh("yp", TODAY, weeklySeries(50.0, 80.0, 80.0)).isEmpty(), "equal is not higher");
    }
}
