package dk.nextwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A period's counted scores: quartiles by linear interpolation between ranks, within half a point of the exact ones. */
class ScoreHistogramTest {

    private static final Period NOVEMBER = Period.parse("2026-11").orElseThrow();

    private static ScoreHistogram of(double... scores) {
        long[] counts = new long[ScoreHistogram.POINTS];
        for (double score : scores) {
            counts[ScoreHistogram.pointOf(score)]++;
        }
        return new ScoreHistogram(NOVEMBER, counts);
    }

    @Test
    void quartilesInterpolateBetweenRanksAsSpreadsheetsDo() {
        ScoreHistogram four = of(40, 10, 30, 20);
        assertEquals(4, four.people());
        assertEquals(17.5, four.quantile(0.25), 1e-9);
        assertEquals(25.0, four.quantile(0.5), 1e-9);
        assertEquals(32.5, four.quantile(0.75), 1e-9);
        ScoreHistogram one = of(60);
        assertEquals(60.0, one.quantile(0.25), 1e-9);
        assertEquals(60.0, one.quantile(0.75), 1e-9);
        assertTrue(Double.isNaN(of().quantile(0.5)), "nobody scored: no median");
    }

    @Test
    void aScoreIsCountedOnItsNearestWholePoint() {
        assertEquals(71, ScoreHistogram.pointOf(71.3));
        assertEquals(72, ScoreHistogram.pointOf(71.5));
        assertEquals(0, ScoreHistogram.pointOf(0.0));
        assertEquals(100, ScoreHistogram.pointOf(100.0));
        ScoreHistogram same = of(62.5, 62.6, 63.4);
        assertEquals(3, same.count(63));
    }

    @Test
    void quartilesAreWithinHalfAPointOfThoseOfTheExactScores() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            double[] scores = new double[1 + random.nextInt(60)];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = random.nextInt(3) == 0 ? 12.5 * random.nextInt(9) : 100 * random.nextDouble();
            }
            ScoreHistogram histogram = of(scores);
            double[] sorted = scores.clone();
            Arrays.sort(sorted);
            for (double p : new double[] {0.25, 0.5, 0.75}) {
                double exact = exact(sorted, p);
                assertTrue(Math.abs(histogram.quantile(p) - exact) <= 0.5 + 1e-9,
                        p + " of " + Arrays.toString(sorted) + ": " + histogram.quantile(p) + " against " + exact);
            }
        }
    }

    @Test
    void aHistogramCountsEveryPointAndNoneBelowZero() {
        assertThrows(IllegalArgumentException.class, () -> new ScoreHistogram(NOVEMBER, new long[100]));
        long[] negative = new long[ScoreHistogram.POINTS];
        negative[3] = -1;
        assertThrows(IllegalArgumentException.class, () -> new ScoreHistogram(NOVEMBER, negative));
    }

    /** Linear interpolation between the closest ranks of the exact scores. */
    private static double exact(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
