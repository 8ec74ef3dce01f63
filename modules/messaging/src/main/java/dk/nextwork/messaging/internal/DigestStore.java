package dk.nextwork.messaging.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * A person's e-mail digest, in their own node beside their read marks ({@link ReadMarks}):
 * whether they turned it off, the day the last one went out, and, per channel, the newest
 * message it counted (so the next one goes out only when something came after).
 */
public final class DigestStore {

    private static final String DIGEST = "digest";
    private static final String COUNTED = "counted";

    /** What is kept of a person's digest; a person never asked has it on and none sent. */
    public record State(boolean off, Optional<LocalDate> sentOn, Map<String, Long> counted) {

        static final State NONE = new State(false, Optional.empty(), Map.of());

        /** The newest message of the channel the last digest counted (0: none). */
        public long counted(String channel) {
            return counted.getOrDefault(channel, 0L);
        }
    }

    private DigestStore() {
    }

    public static State read(Session session, String person) throws RepositoryException {
        Optional<Node> node = ReadMarks.node(session, person);
        if (node.isEmpty() || !node.get().hasNode(DIGEST)) {
            return State.NONE;
        }
        Node digest = node.get().getNode(DIGEST);
        Map<String, Long> counted = new HashMap<>();
        if (digest.hasNode(COUNTED)) {
            for (PropertyIterator properties = digest.getNode(COUNTED).getProperties(); properties.hasNext(); ) {
                Property property = properties.nextProperty();
                if (!property.getName().startsWith("jcr:")) {
                    counted.put(property.getName(), property.getLong());
                }
            }
        }
        return new State(digest.hasProperty("off") && digest.getProperty("off").getBoolean(),
                digest.hasProperty("sentOn") ? Optional.of(LocalDate.parse(digest.getProperty("sentOn").getString())) : Optional.empty(),
                counted);
    }

    /** Turns the person's digest off or on again; the caller saves. */
    public static void setOff(Session session, String person, boolean off) throws RepositoryException {
        ensure(session, person).setProperty("off", off);
    }

    /** Notes a digest as sent on the day, counting up to each channel's newest message; the caller saves. */
    public static void sent(Session session, String person, LocalDate day, Map<String, Long> newest) throws RepositoryException {
        Node digest = ensure(session, person);
        digest.setProperty("sentOn", day.toString());
        count(digest, newest);
    }

    /** Puts back what was kept before a digest that could not be sent, so that it is tried again; the caller saves. */
    public static void restore(Session session, String person, State before) throws RepositoryException {
        Node digest = ensure(session, person);
        digest.setProperty("sentOn", before.sentOn().map(LocalDate::toString).orElse(null));
        if (digest.hasNode(COUNTED)) {
            digest.getNode(COUNTED).remove();
        }
        count(digest, before.counted());
    }

    private static void count(Node digest, Map<String, Long> newest) throws RepositoryException {
        Node counted = digest.hasNode(COUNTED) ? digest.getNode(COUNTED) : digest.addNode(COUNTED, "nt:unstructured");
        for (Map.Entry<String, Long> channel : newest.entrySet()) {
            counted.setProperty(channel.getKey(), channel.getValue());
        }
    }

    private static Node ensure(Session session, String person) throws RepositoryException {
        Node node = ReadMarks.ensure(session, person);
        return node.hasNode(DIGEST) ? node.getNode(DIGEST) : node.addNode(DIGEST, "nt:unstructured");
    }
}
