package dk.nextwork.messaging.internal;

import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.platform.repository.LargeFolders;

/**
 * How far each person has read: {@value #READERS}/{person} holds, per channel id, the number of
 * the newest message they have seen. One node per person, written only by them, so two people
 * reading at once never conflict. It lies beside the channels, under a name no channel id has,
 * so the message listeners take no notice of it.
 */
public final class ReadMarks {

    static final String READERS = MessageStore.ROOT + "/readers";

    private ReadMarks() {
    }

    /** The number of the newest message the person has seen in the channel (0: none yet). */
    public static long of(Session session, String person, String channel) throws RepositoryException {
        Optional<Node> node = node(session, person);
        return node.isPresent() && node.get().hasProperty(channel) ? node.get().getProperty(channel).getLong() : 0;
    }

    /** Moves the person's mark forward to {@code seq} (never back); the caller saves. Whether it moved. */
    public static boolean advance(Session session, String person, String channel, long seq) throws RepositoryException {
        if (seq <= of(session, person, channel)) {
            return false;
        }
        ensure(session, person).setProperty(channel, seq);
        return true;
    }

    /** The person's own settings and marks, where messaging keeps what is theirs alone. */
    public static Optional<Node> node(Session session, String person) throws RepositoryException {
        String path = READERS + "/" + person;
        return session.nodeExists(path) ? Optional.of(session.getNode(path)) : Optional.empty();
    }

    /** The person's node, added when it is not there yet; the caller saves. */
    public static Node ensure(Session session, String person) throws RepositoryException {
        return LargeFolders.child(LargeFolders.child(session.getNode(MessageStore.ROOT), "readers"), person);
    }

    /** Forgets everyone's mark of a channel that is gone; the caller saves. */
    public static void forget(Session session, String channel) throws RepositoryException {
        if (!session.nodeExists(READERS)) {
            return;
        }
        for (javax.jcr.NodeIterator people = session.getNode(READERS).getNodes(); people.hasNext(); ) {
            Node person = people.nextNode();
            if (person.hasProperty(channel)) {
                person.getProperty(channel).remove();
            }
        }
    }
}
