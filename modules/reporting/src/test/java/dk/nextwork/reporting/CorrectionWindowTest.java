package dk.nextwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The one rule for how long a submitted report can be corrected, used by filing, the list of what is due and the form. */
class CorrectionWindowTest {

    private static final Instant SUBMITTED = Instant.parse("2026-12-01T07:16:00Z");
    private static final CorrectionWindow SEVEN_DAYS = new CorrectionWindow(7);

    private static Report report(Report.Status status, Optional<Instant> submitted) {
        return new Report("weekly-2026-W49-company-x", "emma", Instrument.WEEKLY_REPORT,
                Period.of(Cadence.WEEKLY, LocalDate.of(2026, 11, 30)), Rater.COMPANY, "x", 1, Map.of("punktlighed", 4), "",
                Optional.empty(), status, SUBMITTED, "rep", submitted, List.of());
    }

    @Test
    void aSubmittedReportCanBeCorrectedUpToTheMomentTheWindowClosesAndNotAfter() {
        Report submitted = report(Report.Status.SUBMITTED, Optional.of(SUBMITTED));
        Instant closes = SUBMITTED.plus(Duration.ofDays(7));
        assertEquals(Optional.of(closes), SEVEN_DAYS.correctableUntil(submitted));
        assertTrue(SEVEN_DAYS.isOpen(submitted, SUBMITTED));
        assertTrue(SEVEN_DAYS.isOpen(submitted, closes), "the last moment still counts");
        assertFalse(SEVEN_DAYS.isOpen(submitted, closes.plusMillis(1)));
        assertFalse(new CorrectionWindow(0).isOpen(submitted, SUBMITTED.plusMillis(1)), "no window: no corrections");
    }

    @Test
    void aDraftIsNoCorrection() {
        Report draft = report(Report.Status.DRAFT, Optional.empty());
        assertEquals(Optional.empty(), SEVEN_DAYS.correctableUntil(draft));
        assertFalse(SEVEN_DAYS.isOpen(draft, SUBMITTED));
    }
}
