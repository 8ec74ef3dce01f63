package dk.nextwork.messaging.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.messaging.journal.EntryDraft;
import dk.nextwork.messaging.journal.EntryKind;
import dk.nextwork.messaging.journal.Feeling;
import dk.nextwork.platform.repository.LargeFolders;

/**
 * Where the young people's experiences live: {@value #ROOT}/{person}/{entry}, a tree of its own,
 * never exported or delivered. An entry on an agenda carries the group and the meeting it is for
 * ({@code group}, {@code sharedFor}); taking it back removes both.
 */
public final class JournalStore {

    public static final String ROOT = "/journal";

    /** One entry as stored. */
    public record Stored(String person, String id, String text, EntryKind kind, LocalDate day, Optional<String> company,
                         Optional<Feeling> feeling, Instant written, Optional<String> group, Optional<LocalDateTime> sharedFor,
                         Optional<Instant> sharedAt) {
    }

    private JournalStore() {
    }

    /** The new entry's id; the caller saves. */
    public static String add(Session session, String person, EntryDraft draft, Instant at) throws RepositoryException {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Node node = LargeFolders.child(session.getNode(ROOT), person).addNode(id, "nt:unstructured");
        node.setProperty("written", at.toString());
        write(node, draft);
        return id;
    }

    /** Replaces the entry's content, keeping where it is shared; the caller saves. */
    public static void write(Node node, EntryDraft draft) throws RepositoryException {
        node.setProperty("text", draft.text());
        node.setProperty("kind", draft.kind().name());
        node.setProperty("day", draft.day().toString());
        node.setProperty("company", draft.company().orElse(null));
        node.setProperty("feeling", draft.feeling().map(Enum::name).orElse(null));
    }

    public static void share(Node node, String group, LocalDateTime meeting, Instant at) throws RepositoryException {
        node.setProperty("group", group);
        node.setProperty("sharedFor", meeting.toString());
        node.setProperty("sharedAt", at.toString());
    }

    public static void takeBack(Node node) throws RepositoryException {
        node.setProperty("group", (String) null);
        node.setProperty("sharedFor", (String) null);
        node.setProperty("sharedAt", (String) null);
    }

    public static Optional<Node> node(Session session, String person, String id) throws RepositoryException {
        if (!plainName(person) || !plainName(id)) {
            return Optional.empty();
        }
        String path = ROOT + "/" + person + "/" + id;
        return session.nodeExists(path) ? Optional.of(session.getNode(path)) : Optional.empty();
    }

    public static Optional<Stored> read(Session session, String person, String id) throws RepositoryException {
        Optional<Node> node = node(session, person, id);
        return node.isPresent() ? Optional.of(stored(person, node.get())) : Optional.empty();
    }

    /** All of a person's entries, in no order. */
    public static List<Stored> of(Session session, String person) throws RepositoryException {
        List<Stored> entries = new ArrayList<>();
        String path = ROOT + "/" + person;
        if (plainName(person) && session.nodeExists(path)) {
            for (NodeIterator nodes = session.getNode(path).getNodes(); nodes.hasNext(); ) {
                entries.add(stored(person, nodes.nextNode()));
            }
        }
        return entries;
    }

    private static Stored stored(String person, Node node) throws RepositoryException {
        return new Stored(person, node.getName(), node.getProperty("text").getString(),
                EntryKind.valueOf(node.getProperty("kind").getString()), LocalDate.parse(node.getProperty("day").getString()),
                optional(node, "company"), optional(node, "feeling").map(Feeling::valueOf),
                Instant.parse(node.getProperty("written").getString()), optional(node, "group"),
                optional(node, "sharedFor").map(LocalDateTime::parse), optional(node, "sharedAt").map(Instant::parse));
    }

    private static Optional<String> optional(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? Optional.of(node.getProperty(property).getString()) : Optional.empty();
    }

    /** A guessed id never walks the tree: letters, digits and dashes only. */
    private static boolean plainName(String name) {
        return name != null && name.matches("[A-Za-z0-9_-]{1,64}");
    }
}
