package dk.nextwork.reporting;

import java.util.List;

/** One trait's or dimension's scores, period by period, oldest first, missing periods included. */
public record ScoreSeries(String target, Bilingual name, boolean dimension, Cadence cadence, List<Score> scores) {

    public ScoreSeries {
        scores = List.copyOf(scores);
    }
}
