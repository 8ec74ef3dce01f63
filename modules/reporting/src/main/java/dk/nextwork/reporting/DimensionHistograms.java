package dk.nextwork.reporting;

import java.util.List;

/**
 * One dimension's kept figures across the programme, period by period, oldest first; periods
 * nobody was scored in are left out.
 */
public record DimensionHistograms(String target, Bilingual name, Cadence cadence, List<ScoreHistogram> periods) {

    public DimensionHistograms {
        periods = List.copyOf(periods);
    }
}
