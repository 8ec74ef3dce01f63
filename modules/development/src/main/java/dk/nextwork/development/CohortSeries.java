package dk.nextwork.development;

import java.util.List;

import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Cadence;

/**
 * One dimension's spread across a cohort, period by period, oldest first; periods nobody was scored
 * in are left out, and the {@code withheld} periods scored for too few young people to show
 * without revealing one ({@link Cohorts#FEWEST_PEOPLE}) have no band.
 */
public record CohortSeries(String target, Bilingual name, Cadence cadence, List<Band> bands, int withheld) {

    public CohortSeries {
        bands = List.copyOf(bands);
    }

    /** A series with no period withheld. */
    public CohortSeries(String target, Bilingual name, Cadence cadence, List<Band> bands) {
        this(target, name, cadence, bands, 0);
    }
}
