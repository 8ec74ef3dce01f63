package dk.nextwork.messaging.network;

import java.time.Instant;

/**
 * An experience from the company network's channel on a meeting's agenda: message {@code seq}
 * there, who wrote it and what; {@code canWithdraw} whether the viewer may take it off again
 * (who put it there, its author or a coordinator, until the meeting begins).
 */
public record NetworkAgendaItem(long seq, String authorName, String text, Instant written, boolean canWithdraw) {
}
