package dk.nextwork.messaging.network;

import java.time.Instant;

/** The coordinator's short notes of a monthly meeting, for every representative to read. */
public record MeetingNotes(String text, String byName, Instant at) {
}
