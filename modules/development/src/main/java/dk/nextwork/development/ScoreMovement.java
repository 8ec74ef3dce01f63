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
 * {@code conversationDay} is the day of the conversation "last time" refers to, when it does.
 */
public record ScoreMovement(String target, Bilingual name, Optional<Score> from, Optional<Score> to,
                            Optional<LocalDate> conversationDay) {

    /**
     * {@link #NOT_RATED_SINCE}: nothing was rated after the conversation, so there is no movement
     * to tell (and no old figure to call unchanged).
     */
    public enum Direction { ROSE, FELL, UNCHANGED, FIRST, NONE, NOT_RATED_SINCE }

    /**
     * Since a conversation: from the latest score that was known on {@code day} (its period had
     * begun) to the latest score now; when that is the same period, from the score before it, so
     * there is a step to see. When nothing was rated after the day (see {@link #ratedAfter}),
     * there is no step: from and to are both the latest score and the direction is
     * {@link Direction#NOT_RATED_SINCE}.
     */
    public static ScoreMovement since(ScoreSeries series, LocalDate day) {
        return between(series, day, Optional.of(day));
    }

    /**
     * Since last time, as the visualisation means it: since the last conversation when there was
     * one, or else the last step.
     */
    public static ScoreMovement sinceLastTime(ScoreSeries series, Optional<LocalDate> lastConversation) {
        return lastConversation.map(day -> since(series, day)).orElseGet(() -> lastStep(series));
    }

    /** The last step, when there was no conversation: from the score before the latest to the latest. */
    public static ScoreMovement lastStep(ScoreSeries series) {
        return between(series, LocalDate.MAX, Optional.empty());
    }

    private static ScoreMovement between(ScoreSeries series, LocalDate day, Optional<LocalDate> conversationDay) {
        List<Score> present = series.scores().stream().filter(score -> !score.isMissing()).toList();
        if (present.isEmpty()) {
            return new ScoreMovement(series.target(), series.name(), Optional.empty(), Optional.empty(), conversationDay);
        }
        Score latest = present.get(present.size() - 1);
        if (conversationDay.isPresent() && !ratedAfter(latest, day)) {
            return new ScoreMovement(series.target(), series.name(), Optional.of(latest), Optional.of(latest), conversationDay);
        }
        Optional<Score> known = Optional.empty();
        for (Score score : present) {
            if (!score.period().start().isAfter(day) && score != latest) {
                known = Optional.of(score);
            }
        }
        return new ScoreMovement(series.target(), series.name(), known, Optional.of(latest), conversationDay);
    }

    /** Whether something was rated after the conversation; always so when there was none. */
    public boolean ratedSince() {
        return to.isPresent() && conversationDay.map(day -> ratedAfter(to.get(), day)).orElse(true);
    }

    /**
     * Whether a score has a rating submitted after a day (a report submitted on the conversation's
     * day was there to see). A score that does not know when it was rated counts as rated after
     * the day if its period ended after it.
     */
    static boolean ratedAfter(Score score, LocalDate day) {
        return score.lastRated().map(rated -> rated.isAfter(day)).orElseGet(() -> score.period().end().isAfter(day));
    }

    public Direction direction() {
        if (to.isEmpty()) {
            return Direction.NONE;
        }
        if (!ratedSince()) {
            return Direction.NOT_RATED_SINCE;
        }
        if (from.isEmpty()) {
            return Direction.FIRST;
        }
        long before = Math.round(from.get().value().getAsDouble());
        long now = Math.round(to.get().value().getAsDouble());
        return now > before ? Direction.ROSE : now < before ? Direction.FELL : Direction.UNCHANGED;
    }
}
