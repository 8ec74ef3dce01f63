package dk.nextwork.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreSeries;

/** How a trait moved since last time: missing months are stepped over, never read as zero. */
class ScoreMovementTest {

    private static final Period OCTOBER = Period.of(Cadence.MONTHLY, LocalDate.of(2026, 10, 1));

    private static Score score(Period period, Double value) {
        return new Score(period, value == null ? OptionalDouble.empty() : OptionalDouble.of(value), value == null ? 0 : 3,
                value == null ? 0 : 2, 2);
    }

    private static ScoreSeries initiative(Double october, Double november, Double december) {
        return new ScoreSeries("initiativ", new Bilingual("Initiativ", "Initiative"), false, Cadence.MONTHLY,
                List.of(score(OCTOBER, october), score(OCTOBER.next(), november), score(OCTOBER.next().next(), december)));
    }

    @Test
    void theLastStepGoesFromTheScoreBeforeTheLatestOverAMissingMonth() {
        ScoreMovement movement = ScoreMovement.lastStep(initiative(55.0, null, 62.4));
        assertEquals(OCTOBER, movement.from().orElseThrow().period());
        assertEquals(62.4, movement.to().orElseThrow().value().getAsDouble(), 1e-9);
        assertEquals(ScoreMovement.Direction.ROSE, movement.direction());
    }

    @Test
    void sinceAConversationItStartsFromWhatWasKnownThatDay() {
        ScoreSeries series = initiative(70.0, 60.0, 50.0);
        ScoreMovement sinceOctober = ScoreMovement.since(series, LocalDate.of(2026, 10, 20));
        assertEquals(70.0, sinceOctober.from().orElseThrow().value().getAsDouble(), 1e-9, "October's score was known then");
        assertEquals(ScoreMovement.Direction.FELL, sinceOctober.direction());
        ScoreMovement sameMonth = ScoreMovement.since(series, LocalDate.of(2026, 12, 3));
        assertEquals(60.0, sameMonth.from().orElseThrow().value().getAsDouble(), 1e-9,
                "a conversation in the latest month compares with the month before");
    }

    private static Score rated(Period period, double value, LocalDate submitted) {
        return new Score(period, OptionalDouble.of(value), 3, 2, 2, java.util.Optional.of(submitted));
    }

    @Test
    void aTraitNotRatedSinceTheConversationIsSaidToBeSoNotUnchanged() {
        ScoreSeries series = new ScoreSeries("initiativ", new Bilingual("Initiativ", "Initiative"), false, Cadence.MONTHLY,
                List.of(rated(OCTOBER, 60.0, LocalDate.of(2026, 10, 31)), rated(OCTOBER.next(), 60.2, LocalDate.of(2026, 11, 18)),
                        score(OCTOBER.next().next(), null)));
        ScoreMovement movement = ScoreMovement.since(series, LocalDate.of(2026, 11, 20));
        assertEquals(ScoreMovement.Direction.NOT_RATED_SINCE, movement.direction(), "November's ratings were all there to see");
        assertFalse(movement.ratedSince());
        assertEquals(movement.to(), movement.from(), "no step from an old figure");
        assertEquals(ScoreMovement.Direction.NOT_RATED_SINCE, ScoreMovement.since(series, LocalDate.of(2026, 11, 18)).direction(),
                "a report sent on the conversation's day was there to see");
        assertEquals(ScoreMovement.Direction.UNCHANGED, ScoreMovement.since(series, LocalDate.of(2026, 11, 17)).direction(),
                "rated the day after: the same figure is unchanged");
        assertEquals(ScoreMovement.Direction.UNCHANGED, ScoreMovement.lastStep(series).direction(),
                "without a conversation there is no \"since\"");
    }

    @Test
    void aScoreWithoutItsRatingDayIsRatedSinceIfItsPeriodEndedAfterTheConversation() {
        ScoreSeries series = initiative(70.0, 60.0, null);
        assertEquals(ScoreMovement.Direction.FELL, ScoreMovement.since(series, LocalDate.of(2026, 11, 20)).direction());
        assertEquals(ScoreMovement.Direction.NOT_RATED_SINCE, ScoreMovement.since(series, LocalDate.of(2026, 12, 2)).direction());
    }

    @Test
    void aFirstScoreAndNoScoreAreSaidToBeSo() {
        assertEquals(ScoreMovement.Direction.FIRST, ScoreMovement.lastStep(initiative(null, null, 40.0)).direction());
        ScoreMovement none = ScoreMovement.lastStep(initiative(null, null, null));
        assertEquals(ScoreMovement.Direction.NONE, none.direction());
        assertTrue(none.from().isEmpty() && none.to().isEmpty());
        assertEquals(ScoreMovement.Direction.UNCHANGED, ScoreMovement.lastStep(initiative(40.2, 39.8, null)).direction(),
                "the same when rounded as shown");
    }
}
