package dk.nextwork.reporting;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A trait's or dimension's score for one period, 0–100. Empty when nothing was rated in the
 * period: missing, never zero. {@code indicatorsRated} of {@code indicatorsExpected} tells how
 * complete it is; {@code lastRated} is the day the latest report that rated something in it was
 * submitted (in Denmark), which tells whether anything was rated after a given day.
 */
public record Score(Period period, OptionalDouble value, int ratings, int indicatorsRated, int indicatorsExpected,
                    Optional<LocalDate> lastRated) {

    /** A score without the day it was last rated (made by hand, in tests and imports). */
    public Score(Period period, OptionalDouble value, int ratings, int indicatorsRated, int indicatorsExpected) {
        this(period, value, ratings, indicatorsRated, indicatorsExpected, Optional.empty());
    }

    public boolean isMissing() {
        return value.isEmpty();
    }
}
