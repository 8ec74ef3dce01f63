package dk.nextwork.messaging;

import java.time.Instant;

/** A member's report of a message, open until who looks after the channel hides the message or lets it stand. */
public record Report(String id, String channel, long seq, String reporter, String reporterName, String reason, Instant at,
                     Message message) {
}
