package dk.nextwork.development;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreSeries;

/**
 * How a trait or dimension moved between two scores: from what the young person saw last time to
 * their latest score. Either may be absent (nothing rated yet, or nothing before).
 */
public record ScoreMovement(String target, Bilingual name, Optional<Score> from, Optional<Score> to) {

    public enum Direction { ROSE, FELL, UNCHANGED, FIRST, NONE }

    /**
     * From the latest score that was known on {@code day} (its period had begun) to the latest
     * score now; when that is the same period, from the score before it, so there is a step to see.
     */
    public static ScoreMovement since(ScoreSeries series, LocalDate day) {
        List<Score> present = series.scores().stream().filter(score -> !score.isMissing()).toList();
        if (present.isEmpty()) {
            return new ScoreMovement(series.target(), series.name(), Optional.empty(), Optional.empty());
        }
        Score latest = present.get(present.size() - 1);
        Optional<Score> known = Optional.empty();
        for (Score score : present) {
            if (!score.period().start().isAfter(day) && score != latest) {
                known = Optional.of(score);
            }
        }
        return new ScoreMovement(series.target(), series.name(), known, Optional.of(latest));
    }

    /**
     * Since last time, as the visualisation means it: since the last conversation when there was
     * one, or else the last step.
     */
    public static ScoreMovement sinceLastTime(ScoreSeries series, Optional<LocalDate> lastConversation) {
        return lastConversation.map(day -> since(series, day)).orElseGet(() -> lastStep(series));
    }

    /** The last step: from the score before the latest to the latest. */
    public static ScoreMovement lastStep(ScoreSeries series) {
        return since(series, LocalDate.MAX);
    }

    public Direction direction() {
        if (to.isEmpty()) {
            return Direction.NONE;
        }
        if (from.isEmpty()) {
            return Direction.FIRST;
        }
        long before = Math.round(from.get().value().getAsDouble());
        long now = Math.round(to.get().value().getAsDouble());
        return now > before ? Direction.ROSE : now < before ? Direction.FELL : Direction.UNCHANGED;
    }
}
