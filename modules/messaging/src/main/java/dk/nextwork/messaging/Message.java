package dk.nextwork.messaging;

import java.time.Instant;
import java.util.Optional;

/**
 * A message in a channel, numbered in the channel's order ({@code seq} from 1). A deleted one
 * keeps its place with no text; an edited one says so ({@code edited}), its earlier text kept for
 * moderation only. A hidden one ({@code hidden}) shows its text only to its author and to who
 * looks after the channel; both read why.
 */
public record Message(String channel, long seq, String author, String authorName, String text, Instant at,
                      Optional<Instant> edited, boolean deleted, Optional<Hidden> hidden) {

    /** Who hid the message, when and why. */
    public record Hidden(String by, String byName, String reason, Instant at) {
    }

    /** Whether the viewer wrote it. */
    public boolean byUser(String userId) {
        return author.equals(userId);
    }
}
