package dk.nextwork.development;

import java.time.LocalDate;
import java.util.List;

/**
 * How a cohort develops: each dimension's spread over time across {@code people} young people, as
 * it stands on {@code today} (the day the scores were computed to: the current period's band
 * stands on it).
 */
public record CohortPicture(LocalDate today, int people, List<CohortSeries> dimensions) {

    public CohortPicture {
        dimensions = List.copyOf(dimensions);
    }
}
