package dk.nextwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** What a coordinator's new indicator starts as. */
class IndicatorTest {

    @Test
    void aNewIndicatorIsRatedWeeklyByTheCompanyOnOneToFiveAndCountsTowardsNothingYet() {
        Indicator blank = Indicator.blank();
        assertEquals(Cadence.WEEKLY, blank.cadence());
        assertEquals(Set.of(Rater.COMPANY), blank.raters());
        assertEquals(1, blank.scale().min());
        assertEquals(5, blank.scale().max());
        assertEquals(5, blank.scale().anchors().size(), "an anchor to write for each step");
        assertTrue(blank.scale().anchors().stream().allMatch(anchor -> anchor.da().isEmpty() && anchor.en().isEmpty()));
        assertTrue(blank.feeds().isEmpty(), "no weight until the coordinator gives one");
        assertTrue(blank.id().isEmpty() && blank.name().da().isEmpty());
    }
}
