package dk.nextwork.signals.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.LargeFolders;
import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Period;
import dk.nextwork.signals.Signal;
import dk.nextwork.signals.SignalAction;
import dk.nextwork.signals.SignalKind;

/**
 * How signals lie in the repository: {@code /signals/<young person>/<signal id>}, so a start view
 * reads one node's children per young person shown and never looks at anyone else. Acting on a
 * signal adds to its node; nothing is removed, so the record of what was seen and done stays.
 */
public final class SignalStore {

    public static final String ROOT = "/signals";

    /**
     * Present (true) on a signal only while nobody has acted on it, and indexed: the open signals
     * of the whole programme are one query, however many have been acted on over the years.
     */
    public static final String OPEN = "signalOpen";

    private SignalStore() {
    }

    /** Adds the signal unless one of that id is there already (detection raises each situation once). */
    public static boolean addIfNew(Session session, Signal signal) throws RepositoryException {
        Node root = session.getNode(ROOT);
        Node folder = LargeFolders.child(root, signal.youngPerson());
        if (folder.hasNode(signal.id())) {
            return false;
        }
        Node node = folder.addNode(signal.id(), "nt:unstructured");
        node.setProperty("kind", signal.kind().name());
        node.setProperty("raised", signal.raised().toString());
        if (signal.about().isPresent()) {
            node.setProperty("about.da", signal.about().get().da());
            node.setProperty("about.en", signal.about().get().en());
        }
        node.setProperty("periods", signal.periods().stream().map(Period::key).toArray(String[]::new));
        node.setProperty("values", signal.values().stream().map(String::valueOf).toArray(String[]::new));
        set(node, "reason", signal.reason());
        set(node, "raisedBy", signal.raisedBy());
        set(node, "company", signal.company());
        set(node, "target", signal.target());
        if (signal.acted().isPresent()) {
            act(node, signal.acted().get());
        } else {
            node.setProperty(OPEN, true);
        }
        return true;
    }

    /** A young person's signals, open and acted on, in no particular order. */
    public static List<Signal> all(Session session, String youngPerson) throws RepositoryException {
        List<Signal> signals = new ArrayList<>();
        String path = ROOT + "/" + youngPerson;
        if (!session.nodeExists(path)) {
            return signals;
        }
        for (NodeIterator nodes = session.getNode(path).getNodes(); nodes.hasNext(); ) {
            signals.add(read(nodes.nextNode()));
        }
        return signals;
    }

    public static Optional<Node> find(Session session, String youngPerson, String id) throws RepositoryException {
        if (youngPerson == null || id == null || youngPerson.contains("/") || id.contains("/")
                || youngPerson.isBlank() || id.isBlank()) {
            return Optional.empty();
        }
        String path = ROOT + "/" + youngPerson + "/" + id;
        return session.nodeExists(path) ? Optional.of(session.getNode(path)) : Optional.empty();
    }

    public static void act(Node node, Signal.Acted acted) throws RepositoryException {
        node.setProperty("action", acted.action().name());
        node.setProperty("actionNote", acted.note());
        node.setProperty("actedBy", acted.by());
        node.setProperty("actedByName", acted.byName());
        node.setProperty("actedAt", JcrValues.utc(acted.at()));
        if (node.hasProperty(OPEN)) {
            node.getProperty(OPEN).remove();
        }
    }

    /** An open signal as far as ordering and counting need it: read from its node without the rest. */
    public record OpenSignal(String id, String youngPerson, boolean positive, LocalDate raised) {
    }

    /** Every open signal of the programme, by the index on {@value #OPEN}: only the open ones are read, and only in part. */
    public static List<OpenSignal> open(Session session) throws RepositoryException {
        javax.jcr.query.Query query = session.getWorkspace().getQueryManager().createQuery("SELECT * FROM [nt:unstructured]"
                + " AS s WHERE ISDESCENDANTNODE(s, '" + ROOT + "') AND s.[" + OPEN + "] = $open", javax.jcr.query.Query.JCR_SQL2);
        query.bindValue("open", session.getValueFactory().createValue(true));
        List<OpenSignal> open = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
            Node node = nodes.nextNode();
            open.add(new OpenSignal(node.getName(), node.getParent().getName(),
                    SignalKind.valueOf(node.getProperty("kind").getString()).positive(),
                    LocalDate.parse(node.getProperty("raised").getString())));
        }
        return open;
    }

    /** Marks the open signals stored before {@value #OPEN} was kept (signals 1.1.0); returns how many. */
    public static int markOpen(Session session) throws RepositoryException {
        int marked = 0;
        for (NodeIterator folders = session.getNode(ROOT).getNodes(); folders.hasNext(); ) {
            for (NodeIterator nodes = folders.nextNode().getNodes(); nodes.hasNext(); ) {
                Node node = nodes.nextNode();
                if (!node.hasProperty("action") && !node.hasProperty(OPEN)) {
                    node.setProperty(OPEN, true);
                    marked++;
                }
            }
        }
        return marked;
    }

    public static Signal read(Node node) throws RepositoryException {
        List<Period> periods = new ArrayList<>();
        for (Value value : node.getProperty("periods").getValues()) {
            periods.add(Period.parse(value.getString()).orElseThrow());
        }
        List<Integer> values = new ArrayList<>();
        for (Value value : node.getProperty("values").getValues()) {
            values.add(Integer.parseInt(value.getString()));
        }
        Optional<Signal.Acted> acted = node.hasProperty("action")
                ? Optional.of(new Signal.Acted(SignalAction.valueOf(node.getProperty("action").getString()),
                        node.getProperty("actionNote").getString(), node.getProperty("actedBy").getString(),
                        node.getProperty("actedByName").getString(), node.getProperty("actedAt").getDate().toInstant()))
                : Optional.empty();
        Optional<Bilingual> about = node.hasProperty("about.da")
                ? Optional.of(new Bilingual(node.getProperty("about.da").getString(), node.getProperty("about.en").getString()))
                : Optional.empty();
        return new Signal(node.getName(), node.getParent().getName(), SignalKind.valueOf(node.getProperty("kind").getString()),
                LocalDate.parse(node.getProperty("raised").getString()), about, periods, values, text(node, "reason"),
                text(node, "raisedBy"), acted, text(node, "company"), text(node, "target"));
    }

    private static void set(Node node, String name, Optional<String> value) throws RepositoryException {
        if (value.isPresent()) {
            node.setProperty(name, value.get());
        }
    }

    private static Optional<String> text(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? Optional.of(node.getProperty(name).getString()) : Optional.empty();
    }
}
