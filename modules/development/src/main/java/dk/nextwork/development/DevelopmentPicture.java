package dk.nextwork.development;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreHistory;
import dk.nextwork.reporting.ScoreSeries;

/**
 * What the visualisation shows of one young person: their scores over the whole course, the
 * companies they were placed with, and how each trait moved since last time (the last
 * conversation, whose chosen area is the focus now, or else the previous month). {@code reportsReadable} tells whether the viewer may
 * open the reports behind a score and read the conversations (a company that had the young person
 * earlier follows the course only); {@code conversationHoldable} whether they may hold a conversation.
 * It also reads its scores as the young person is told them: a period that has not ended is in
 * progress, not missing; early on a figure comes with its {@link Level} in words.
 */
public record DevelopmentPicture(String youngPerson, String name, java.time.LocalDate today, ScoreHistory history, List<CourseStretch> course,
                                 List<ScoreMovement> traitMovements, Optional<Conversation> lastConversation,
                                 boolean reportsReadable, boolean conversationHoldable) {

    public DevelopmentPicture {
        course = List.copyOf(course);
        traitMovements = List.copyOf(traitMovements);
    }

    /** The day of the last conversation, which the radar's "last time" refers to. */
    public Optional<java.time.LocalDate> lastConversationDay() {
        return lastConversation.map(Conversation::day);
    }

    /** How a trait or a dimension moved since last time, as {@link #traitMovements} tell the traits'. */
    public Optional<ScoreMovement> movementOf(String target) {
        return history.of(target).map(series -> ScoreMovement.sinceLastTime(series, lastConversationDay()));
    }

    /** While a series has fewer rated periods than this, its figures come with their level in words. */
    public static final int LEVELS_UNTIL_RATED_PERIODS = 3;

    /** The young person's first name, as the picture speaks of them to others ("Mikkel"). */
    public String firstName() {
        return dk.nextwork.identity.UserAccount.firstName(name);
    }

    /** A period that has not ended (it contains today): its score is as it stands so far, and a missing one is not missing yet. */
    public boolean inProgress(Period period) {
        return period.inProgressOn(today);
    }

    /** Whether a trait's or dimension's figures are shown with their level in words: while it has few rated periods. */
    public boolean showsLevels(String target) {
        return history.of(target).map(series -> series.scores().stream().filter(score -> !score.isMissing()).count()
                < LEVELS_UNTIL_RATED_PERIODS).orElse(false);
    }

    /** The level of a score to show beside its figure, while its series {@link #showsLevels shows levels}. */
    public Optional<Level> levelShown(String target, Score score) {
        return score.isMissing() || !showsLevels(target) ? Optional.empty() : Optional.of(Level.of(score.value().getAsDouble()));
    }

    /**
     * How the area chosen at the last conversation moved since, which the picture shows first;
     * empty without a conversation the viewer may read or when the area is no longer scored.
     */
    public Optional<ScoreMovement> focusMovement() {
        return lastConversation.flatMap(last -> history.of(last.focus()).map(series -> ScoreMovement.since(series, last.day())));
    }

    /**
     * The current questionnaire, when it has not given a score yet to the dimensions that only the
     * young person's own answers fill (their series follow the questionnaire's cadence).
     */
    public Optional<UnansweredQuestionnaire> unansweredQuestionnaire() {
        Period current = Period.of(Instrument.QUESTIONNAIRE.cadence(), today);
        List<Bilingual> unanswered = new ArrayList<>();
        for (ScoreSeries series : history.series()) {
            boolean ownAnswers = Instrument.of(series.cadence()).raters().equals(java.util.Set.of(Rater.YOUNG_PERSON));
            if (ownAnswers && series.scores().stream().noneMatch(score -> score.period().equals(current) && !score.isMissing())) {
                unanswered.add(series.name());
            }
        }
        return unanswered.isEmpty() ? Optional.empty() : Optional.of(new UnansweredQuestionnaire(current, unanswered));
    }

    public boolean hasScores() {
        return history.series().stream().anyMatch(series -> series.scores().stream().anyMatch(score -> !score.isMissing()));
    }
}
