package dk.nextwork.messaging;

import java.util.ArrayList;
import java.util.List;

import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.Caller;
import dk.nextwork.messaging.internal.MessageStore;
import dk.nextwork.messaging.internal.ReadMarks;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RepositoryFailure;

/**
 * What each person has not read yet, in the channels they write in (a coordinator reading the
 * groups along is not counted there): the others' messages after the newest one the person has
 * seen, deleted ones left out. Only the newest {@value #COUNTED} are counted, so a long absence
 * costs no more than a short one.
 */
@ApplicationScoped
public class Unread {

    public static final int COUNTED = 100;

    private final PortalRepository repository;
    private final Channels channels;

    /** For CDI's client proxy only. */
    protected Unread() {
        this(null, null);
    }

    @Inject
    public Unread(PortalRepository repository, Channels channels) {
        this.repository = repository;
        this.channels = channels;
    }

    /** The viewer's channels with something unread, in the order of {@link Channels#of}. */
    public List<UnreadChannel> of(Caller by) {
        List<Channel> mine = channels.of(by.user()).stream().filter(Channel::writable).toList();
        String person = by.user().id();
        return repository.withServiceSession(session -> {
            List<UnreadChannel> unread = new ArrayList<>();
            for (Channel channel : mine) {
                long last = MessageStore.last(session, channel.id());
                int count = count(session, person, channel.id(), last);
                if (count > 0) {
                    unread.add(new UnreadChannel(channel, count, last));
                }
            }
            return unread;
        });
    }

    /** All the viewer's unread messages together, for a badge. */
    public int total(Caller by) {
        return of(by).stream().mapToInt(UnreadChannel::count).sum();
    }

    /**
     * The viewer has seen the channel's messages up to {@code seq}: their mark moves forward to it
     * (never back, never past the channel's newest). Refused for a channel they may not read.
     */
    public void markRead(Caller by, String channel, long seq) {
        channels.requireReadable(by.user(), channel);
        String person = by.user().id();
        try {
            repository.withServiceSession(session -> {
                if (ReadMarks.advance(session, person, channel, Math.min(seq, MessageStore.last(session, channel)))) {
                    session.save();
                }
                return null;
            });
        } catch (RepositoryFailure failure) {
            // the same person's other window moved the mark at the same moment: it is moved
            if (!failure.isConflict()) {
                throw failure;
            }
        }
    }

    private static int count(Session session, String person, String channel, long last) throws javax.jcr.RepositoryException {
        long from = Math.max(ReadMarks.of(session, person, channel) + 1, last - COUNTED + 1);
        int count = 0;
        for (MessageStore.Stored message : MessageStore.range(session, channel, from, last)) {
            if (!message.deleted() && !message.author().equals(person)) {
                count++;
            }
        }
        return count;
    }
}
