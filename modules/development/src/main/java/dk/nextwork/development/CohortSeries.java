package dk.nextwork.development;

import java.util.List;

import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Cadence;

/** One dimension's spread across a cohort, period by period, oldest first; periods nobody was scored in are left out. */
public record CohortSeries(String target, Bilingual name, Cadence cadence, List<Band> bands) {

    public CohortSeries {
        bands = List.copyOf(bands);
    }
}
