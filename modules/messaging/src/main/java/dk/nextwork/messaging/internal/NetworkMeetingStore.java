package dk.nextwork.messaging.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * The company network's monthly meetings: {@value #ROOT}/{day}, with the time when it was
 * planned ahead, the coordinator's notes once written, and under {@code agenda} the company
 * network's messages put on it ({seq}: who put it there and when).
 */
public final class NetworkMeetingStore {

    public static final String ROOT = "/network-meetings";
    private static final String AGENDA = "agenda";

    /** One meeting as stored. */
    public record Stored(LocalDate day, Optional<LocalTime> time, List<Proposal> agenda, Optional<String> notes,
                         Optional<String> notesBy, Optional<Instant> notesAt) {
    }

    /** A message on a meeting's agenda. */
    public record Proposal(long seq, String by, Instant at) {
    }

    private NetworkMeetingStore() {
    }

    public static List<Stored> all(Session session) throws RepositoryException {
        List<Stored> meetings = new ArrayList<>();
        for (NodeIterator nodes = session.getNode(ROOT).getNodes(); nodes.hasNext(); ) {
            meetings.add(stored(nodes.nextNode()));
        }
        return meetings;
    }

    public static Optional<Node> node(Session session, LocalDate day) throws RepositoryException {
        String path = ROOT + "/" + day;
        return session.nodeExists(path) ? Optional.of(session.getNode(path)) : Optional.empty();
    }

    /** The day's meeting, made when there is none; the caller saves. */
    public static Node meeting(Session session, LocalDate day) throws RepositoryException {
        Optional<Node> found = node(session, day);
        return found.isPresent() ? found.get() : session.getNode(ROOT).addNode(day.toString(), "nt:unstructured");
    }

    public static void setTime(Node meeting, LocalTime time) throws RepositoryException {
        meeting.setProperty("time", time.toString());
    }

    public static void propose(Node meeting, long seq, String by, Instant at) throws RepositoryException {
        Node agenda = meeting.hasNode(AGENDA) ? meeting.getNode(AGENDA) : meeting.addNode(AGENDA, "nt:unstructured");
        if (!agenda.hasNode(Long.toString(seq))) {
            Node proposal = agenda.addNode(Long.toString(seq), "nt:unstructured");
            proposal.setProperty("by", by);
            proposal.setProperty("at", at.toString());
        }
    }

    /** Whether the message was on the agenda (and now is not). */
    public static boolean withdraw(Node meeting, long seq) throws RepositoryException {
        String path = AGENDA + "/" + seq;
        if (!meeting.hasNode(path)) {
            return false;
        }
        meeting.getNode(path).remove();
        return true;
    }

    public static void writeNotes(Node meeting, String notes, String by, Instant at) throws RepositoryException {
        meeting.setProperty("notes", notes);
        meeting.setProperty("notesBy", by);
        meeting.setProperty("notesAt", at.toString());
    }

    private static Stored stored(Node node) throws RepositoryException {
        List<Proposal> agenda = new ArrayList<>();
        if (node.hasNode(AGENDA)) {
            for (NodeIterator proposals = node.getNode(AGENDA).getNodes(); proposals.hasNext(); ) {
                Node proposal = proposals.nextNode();
                agenda.add(new Proposal(Long.parseLong(proposal.getName()), proposal.getProperty("by").getString(),
                        Instant.parse(proposal.getProperty("at").getString())));
            }
        }
        return new Stored(LocalDate.parse(node.getName()), optional(node, "time").map(LocalTime::parse), agenda,
                optional(node, "notes"), optional(node, "notesBy"), optional(node, "notesAt").map(Instant::parse));
    }

    private static Optional<String> optional(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? Optional.of(node.getProperty(property).getString()) : Optional.empty();
    }
}
