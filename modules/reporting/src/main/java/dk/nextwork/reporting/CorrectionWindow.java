package dk.nextwork.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a submitted report can still be corrected: the configured number of days from the
 * moment it was first submitted, up to and including the moment the window closes.
 */
public record CorrectionWindow(int days) {

    /** The last moment a report submitted at {@code submitted} can be corrected. */
    public Instant closes(Instant submitted) {
        return submitted.plus(Duration.ofDays(days));
    }

    /** For a submitted report, the last moment it can be corrected; empty for a draft. */
    public Optional<Instant> correctableUntil(Report report) {
        return report.submitted().map(this::closes);
    }

    /** Whether a submitted report can still be corrected at {@code now}; a draft is no correction. */
    public boolean isOpen(Report report, Instant now) {
        return report.isSubmitted() && correctableUntil(report).filter(until -> !now.isAfter(until)).isPresent();
    }
}
