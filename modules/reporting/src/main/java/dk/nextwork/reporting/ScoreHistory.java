package dk.nextwork.reporting;

import java.util.List;
import java.util.Optional;

/**
 * A young person's scores over their whole course: the dimensions, then the traits, of the
 * configuration in force (whose names they carry); older reports count by their own version.
 */
public record ScoreHistory(String youngPerson, int configVersion, List<ScoreSeries> series) {

    public ScoreHistory {
        series = List.copyOf(series);
    }

    public Optional<ScoreSeries> of(String target) {
        return series.stream().filter(one -> one.target().equals(target)).findFirst();
    }
}
