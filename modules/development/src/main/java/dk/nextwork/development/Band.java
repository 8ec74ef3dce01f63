package dk.nextwork.development;

import dk.nextwork.reporting.Period;

/** The spread of one dimension's scores in one period across a cohort: lower quartile, median, upper quartile, of {@code people}. */
public record Band(Period period, int people, double lowerQuartile, double median, double upperQuartile) {
}
