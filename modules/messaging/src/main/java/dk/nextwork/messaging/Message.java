package dk.nextwork.messaging;

import java.time.Instant;
import java.util.Optional;

/**
 * A message in a channel, numbered in the channel's order ({@code seq} from 1). A deleted one
 * keeps its place with no text; an edited one says so ({@code edited}), its earlier text kept for
 * moderation only.
 */
public record Message(String channel, long seq, String author, String authorName, String text, Instant at,
                      Optional<Instant> edited, boolean deleted) {

    /** Whether the viewer wrote it. */
    public boolean byUser(String userId) {
        return author.equals(userId);
    }
}
