package dk.nextwork.contentapps.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.contentapps.Proposals;
import dk.nextwork.identity.Accounts;
import dk.nextwork.platform.content.ContentService;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.Tasks;
import dk.nextwork.platform.module.VersionHandler;
import dk.nextwork.platform.repository.JcrValues;

/**
 * Makes the trees editing keeps its records and proposals in; in demo mode, a programme whose
 * editors are at work: every published item has its first version, a partner page has an
 * unpublished change, the demo representative has proposed a change to her company's page, and
 * the company still joining the network is scheduled to be published in two weeks.
 */
public final class ContentAppsVersionHandler implements VersionHandler {

    private static final String DEMO_EDITOR = "Peter Dahl (demo)";

    private static final Task TREES = Tasks.trees(EditRecords.ROOT, Proposals.ROOT);

    private static final Task DEMO = Task.demo("add demo versions, a draft, a proposal and a schedule", context -> {
        Session session = context.session();
        Instant now = context.clock().instant();
        for (String tree : List.of("/website", "/partners", "/profiles")) {
            if (session.nodeExists(tree)) {
                firstVersions(session, session.getNode(tree), now.minus(Duration.ofDays(30)));
            }
        }
        if (session.nodeExists("/partners/fjordbyens-vaerksted")) {
            Node item = session.getNode("/partners/fjordbyens-vaerksted");
            Node record = EditRecords.of(session, item);
            Node draft = record.addNode(EditRecords.DRAFT, "nt:unstructured");
            copyValues(item, draft);
            draft.setProperty("placementCapacity", 3L);
            draft.setProperty("summary", item.getProperty("summary").getString()
                    + " Fra januar er der plads til tre unge ad gangen.");
            EditRecords.touch(record, DEMO_EDITOR, now.minus(Duration.ofHours(3)));
        }
        if (session.nodeExists("/partners/surdejshjoernet")) {
            Node item = session.getNode("/partners/surdejshjoernet");
            Optional<String> rep = Accounts.idOf(session, "company@nextwork.example");
            Node proposal = session.getNode(Proposals.ROOT).addNode(now.toEpochMilli() + "-demo0001", "nt:unstructured");
            proposal.setProperty("item-path", item.getPath());
            proposal.setProperty("proposed-by", rep.orElse("demo"));
            proposal.setProperty("proposed-by-name", "Sara Bech (demo)");
            proposal.setProperty("created", JcrValues.utc(now.minus(Duration.ofDays(1))));
            proposal.setProperty("status", "OPEN");
            Node values = proposal.addNode("values", "nt:unstructured");
            copyValues(item, values);
            values.setProperty("placementCapacity", 3L);
            values.setProperty("contactPerson", "Sara Bech");
        }
        if (session.nodeExists("/partners/grenvej-cykler")) {
            Node record = EditRecords.of(session, session.getNode("/partners/grenvej-cykler"));
            EditRecords.setInstant(record, EditRecords.PUBLISH_AT, Optional.of(now.plus(Duration.ofDays(14))));
            EditRecords.touch(record, DEMO_EDITOR, now.minus(Duration.ofDays(2)));
        }
    });

    /** Version 1 of every published item: as it was bootstrapped. */
    private static void firstVersions(Session session, Node node, Instant when) throws RepositoryException {
        if (node.hasProperty(ContentType.TYPE_PROPERTY) && node.hasProperty(ContentService.PUBLISHED)
                && node.getProperty(ContentService.PUBLISHED).getBoolean()) {
            Node record = EditRecords.of(session, node);
            Node version = record.addNode(EditRecords.VERSIONS, "nt:unstructured").addNode("1", "nt:unstructured");
            copyValues(node, version);
            version.setProperty(EditRecords.VERSION_AUTHOR, DEMO_EDITOR);
            version.setProperty(EditRecords.VERSION_CREATED, JcrValues.utc(when));
            version.setProperty(EditRecords.VERSION_COMMENT, "Første udgave");
            EditRecords.touch(record, DEMO_EDITOR, when);
        }
        for (NodeIterator children = node.getNodes(); children.hasNext(); ) {
            firstVersions(session, children.nextNode(), when);
        }
    }

    /** An item's own values (not its type, state or dates) onto a draft or version node. */
    private static void copyValues(Node from, Node to) throws RepositoryException {
        List<String> bookkeeping = List.of(ContentType.TYPE_PROPERTY, ContentService.PUBLISHED,
                ContentService.PUBLISHED_AT, ContentService.CREATED, ContentService.MODIFIED);
        for (PropertyIterator properties = from.getProperties(); properties.hasNext(); ) {
            Property property = properties.nextProperty();
            if (property.getName().contains(":") || bookkeeping.contains(property.getName())) {
                continue;
            }
            if (property.isMultiple()) {
                to.setProperty(property.getName(), property.getValues());
            } else {
                to.setProperty(property.getName(), property.getValue());
            }
        }
    }

    @Override
    public List<Task> installTasks() {
        return List.of(TREES, DEMO);
    }
}
