package dk.nextwork.development.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.development.Conversation;
import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.LargeFolders;
import dk.nextwork.reporting.Bilingual;

/**
 * How conversations lie in the repository: {@code /conversations/<young person>/<id>}, so a young
 * person's conversations are one node's children. The focus's name and the participants' names are
 * kept as they read that day; records from before the young person's name was kept ({@code
 * youngPersonName}) read with the name the young person has now.
 */
public final class ConversationStore {

    public static final String ROOT = "/conversations";

    private ConversationStore() {
    }

    public static void add(Session session, Conversation conversation) throws RepositoryException {
        Node root = session.getNode(ROOT);
        Node folder = LargeFolders.child(root, conversation.youngPerson());
        Node node = folder.addNode(conversation.id(), "nt:unstructured");
        node.setProperty("youngPersonName", conversation.youngPersonName());
        node.setProperty("held", JcrValues.utc(conversation.held()));
        node.setProperty("heldBy", conversation.heldBy());
        node.setProperty("heldByName", conversation.heldByName());
        if (conversation.company().isPresent()) {
            node.setProperty("company", conversation.company().get());
        }
        node.setProperty("different", conversation.different());
        node.setProperty("examples", conversation.examples());
        node.setProperty("appreciated", conversation.appreciated());
        node.setProperty("focus", conversation.focus());
        node.setProperty("focusName.da", conversation.focusName().da());
        node.setProperty("focusName.en", conversation.focusName().en());
        node.setProperty("focusNote", conversation.focusNote());
    }

    /** A young person's conversations, newest first; {@code name} is the young person's name now, for old records. */
    public static List<Conversation> all(Session session, String youngPerson, String name) throws RepositoryException {
        List<Conversation> conversations = new ArrayList<>();
        String path = ROOT + "/" + youngPerson;
        if (session.nodeExists(path)) {
            for (NodeIterator nodes = session.getNode(path).getNodes(); nodes.hasNext(); ) {
                conversations.add(read(nodes.nextNode(), youngPerson, name));
            }
        }
        conversations.sort(Comparator.comparing(Conversation::held).reversed().thenComparing(Conversation::id));
        return conversations;
    }

    private static Conversation read(Node node, String youngPerson, String name) throws RepositoryException {
        return new Conversation(node.getName(), youngPerson,
                node.hasProperty("youngPersonName") ? node.getProperty("youngPersonName").getString() : name,
                node.getProperty("held").getDate().toInstant(),
                node.getProperty("heldBy").getString(), node.getProperty("heldByName").getString(),
                node.hasProperty("company") ? Optional.of(node.getProperty("company").getString()) : Optional.empty(),
                node.getProperty("different").getString(), node.getProperty("examples").getString(),
                node.getProperty("appreciated").getString(), node.getProperty("focus").getString(),
                new Bilingual(node.getProperty("focusName.da").getString(), node.getProperty("focusName.en").getString()),
                node.getProperty("focusNote").getString());
    }
}
