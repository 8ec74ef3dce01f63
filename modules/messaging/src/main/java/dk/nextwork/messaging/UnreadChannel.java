package dk.nextwork.messaging;

/** A channel with messages the viewer has not seen yet: how many, counted up to {@link Unread#COUNTED}, and the newest one's number. */
public record UnreadChannel(Channel channel, int count, long newest) {
}
