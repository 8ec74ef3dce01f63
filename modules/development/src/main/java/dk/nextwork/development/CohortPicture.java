package dk.nextwork.development;

import java.util.List;

/** How a cohort develops: each dimension's spread over time across {@code people} young people. */
public record CohortPicture(int people, List<CohortSeries> dimensions) {

    public CohortPicture {
        dimensions = List.copyOf(dimensions);
    }
}
