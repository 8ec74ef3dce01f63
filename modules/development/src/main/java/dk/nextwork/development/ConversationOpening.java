package dk.nextwork.development;

import java.util.Optional;

/**
 * How a new conversation opens: the last one, and how the area chosen then has moved since.
 */
public record ConversationOpening(Optional<Conversation> previous, Optional<ScoreMovement> focusMovement) {
}
