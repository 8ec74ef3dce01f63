package dk.nextwork.reporting;

import java.util.Arrays;

/**
 * How many young people scored each whole point from 0 to 100 in one period of one dimension:
 * the programme's kept figures ({@link ProgrammeScores}). Each score is rounded to the nearest
 * point before it is counted, so {@link #quantile} is within half a point of the same quantile over
 * the exact scores (rounding keeps the order of the scores, so every rank is off by at most half a
 * point, and so is a value between two ranks).
 */
public final class ScoreHistogram {

    /** The points a score is counted on: 0 to 100. */
    public static final int POINTS = 101;

    private final Period period;
    private final long[] counts;

    /** {@code counts[p]}: how many scored point {@code p}; exactly {@value #POINTS} of them, none negative. */
    public ScoreHistogram(Period period, long[] counts) {
        if (counts.length != POINTS || Arrays.stream(counts).anyMatch(count -> count < 0)) {
            throw new IllegalArgumentException("a histogram counts " + POINTS + " points, none below zero");
        }
        this.period = period;
        this.counts = counts.clone();
    }

    /** The point a score is counted on: rounded to the nearest whole point, half up. */
    public static int pointOf(double score) {
        return (int) Math.max(0, Math.min(POINTS - 1, Math.round(score)));
    }

    public Period period() {
        return period;
    }

    /** How many scored point {@code point}. */
    public long count(int point) {
        return counts[point];
    }

    /** How many young people were scored in the period. */
    public long people() {
        return Arrays.stream(counts).sum();
    }

    /**
     * The quantile {@code p} (0 to 1) by linear interpolation between the closest ranks, as
     * spreadsheets compute quartiles, over the counted points; NaN when nobody was scored.
     */
    public double quantile(double p) {
        long people = people();
        if (people == 0) {
            return Double.NaN;
        }
        double rank = p * (people - 1);
        long below = (long) Math.floor(rank);
        long above = Math.min(below + 1, people - 1);
        int low = pointAtRank(below);
        return low + (rank - below) * (pointAtRank(above) - low);
    }

    /** The point of the score at a rank (0: the lowest). */
    private int pointAtRank(long rank) {
        long seen = 0;
        for (int point = 0; point < POINTS; point++) {
            seen += counts[point];
            if (seen > rank) {
                return point;
            }
        }
        throw new IllegalArgumentException("no rank " + rank + " among " + seen);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScoreHistogram that && period.equals(that.period) && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return 31 * period.hashCode() + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(period.key()).append('{');
        for (int point = 0; point < POINTS; point++) {
            if (counts[point] > 0) {
                text.append(text.charAt(text.length() - 1) == '{' ? "" : ", ").append(point).append('×').append(counts[point]);
            }
        }
        return text.append('}').toString();
    }
}
