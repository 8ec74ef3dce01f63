package dk.nextwork.reporting;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A report someone has to file, or has filed and can still correct.
 *
 * @param dueBy            the day it should be submitted by
 * @param saved            the draft or submitted report, if there is one
 * @param correctableUntil for a submitted report, the last moment it can be corrected
 * @param optional         offered, never required (the young person's own view of a month): never
 *                         overdue, never reminded of, and {@code dueBy} is the last day it can be given
 */
public record DueReport(String youngPerson, Instrument instrument, Period period, LocalDate dueBy, boolean overdue,
                        Optional<Report> saved, Optional<java.time.Instant> correctableUntil, boolean optional) {

    public boolean isSubmitted() {
        return saved.map(Report::isSubmitted).orElse(false);
    }
}
