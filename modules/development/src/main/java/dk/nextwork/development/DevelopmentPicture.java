package dk.nextwork.development;

import java.util.List;
import java.util.Optional;

import dk.nextwork.reporting.ScoreHistory;

/**
 * What the visualisation shows of one young person: their scores over the whole course, the
 * companies they were placed with, and how each trait moved since last time (the last
 * conversation, whose chosen area is the focus now, or else the previous month). {@code reportsReadable} tells whether the viewer may
 * open the reports behind a score and read the conversations (a company that had the young person
 * earlier follows the course only); {@code conversationHoldable} whether they may hold a conversation.
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

    public boolean hasScores() {
        return history.series().stream().anyMatch(series -> series.scores().stream().anyMatch(score -> !score.isMissing()));
    }
}
