package dk.nextwork.reporting;

import java.util.OptionalDouble;

/**
 * A trait's or dimension's score for one period, 0–100. Empty when nothing was rated in the
 * period: missing, never zero. {@code indicatorsRated} of {@code indicatorsExpected} tells how
 * complete it is.
 */
public record Score(Period period, OptionalDouble value, int ratings, int indicatorsRated, int indicatorsExpected) {

    public boolean isMissing() {
        return value.isEmpty();
    }
}
