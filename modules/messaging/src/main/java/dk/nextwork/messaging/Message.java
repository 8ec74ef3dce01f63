package dk.nextwork.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A message in a channel, numbered in the channel's order ({@code seq} from 1). A deleted one
 * keeps its place with no text; an edited one says so ({@code edited}), its earlier text kept for
 * moderation only. A hidden one ({@code hidden}) shows its text only to its author and to who
 * looks after the channel; both read why. A reply names the message it answers ({@code replyTo}); who a message mentions is kept
 * with it ({@code mentions}). Its images and PDFs ({@code files}) are there for whoever may read its text.
 */
public record Message(String channel, long seq, String author, String authorName, String text, Instant at,
                      Optional<Instant> edited, boolean deleted, Optional<Hidden> hidden, Optional<Reply> replyTo,
                      List<Mention> mentions, List<Attachment> files) {

    /** Who hid the message, when and why. */
    public record Hidden(String by, String byName, String reason, Instant at) {
    }

    /**
     * The message this one answers, as the viewer may read it: its author and text (empty when
     * deleted, or hidden from the viewer).
     */
    public record Reply(long seq, String authorName, String text) {
    }

    /** A writer of the channel the message mentions ({@link Mentions}). */
    public record Mention(String person, String name) {
    }

    /** Whether the message mentions the viewer. */
    public boolean mentions(String userId) {
        return mentions.stream().anyMatch(mention -> mention.person().equals(userId));
    }

    /** Whether the viewer wrote it. */
    public boolean byUser(String userId) {
        return author.equals(userId);
    }
}
