package dk.nextwork.development;

import java.time.LocalDate;
import java.util.List;

/**
 * How a cohort develops: each dimension's spread over time across {@code people} young people, as
 * it stands on {@code today} (the day the scores were computed to: the current period's band
 * stands on it). A cohort of too few young people has no dimensions at all.
 */
public record CohortPicture(LocalDate today, int people, List<CohortSeries> dimensions) {

    public CohortPicture {
        dimensions = List.copyOf(dimensions);
    }

    /** Whether the cohort is too small for any combined figure ({@link Cohorts#FEWEST_PEOPLE}). */
    public boolean tooFew() {
        return people < Cohorts.FEWEST_PEOPLE;
    }
}
