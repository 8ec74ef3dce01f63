package dk.nextwork.contentapps.internal;

import java.time.Instant;
import java.util.Calendar;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.platform.content.ContentService;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.repository.JcrValues;

/**
 * What editing keeps beside a content item, in {@code /system/editing/<item id>}: its draft, its
 * published versions, its revision and its schedule. The item node itself holds what the public
 * sees, so the public site and the delivery API never meet a draft. Keyed by the item's JCR
 * identifier, so the record follows the item when it is moved, and a copy starts afresh.
 * Names of the record's own properties hold a dash, which content property names never do.
 */
public final class EditRecords {

    public static final String ROOT = "/system/editing";
    public static final String DRAFT = "draft";
    public static final String VERSIONS = "versions";
    public static final String REVISION = "revision";
    public static final String EDITOR = "edited-by";
    public static final String EDITED = "edited-at";
    public static final String PUBLISH_AT = "publish-at";
    public static final String UNPUBLISH_AT = "unpublish-at";
    public static final String VERSION_AUTHOR = "version-author";
    public static final String VERSION_CREATED = "version-created";
    public static final String VERSION_COMMENT = "version-comment";

    private EditRecords() {
    }

    /** The item's record, if editing has kept anything for it. */
    public static Optional<Node> find(Session session, Node item) throws RepositoryException {
        if (!item.isNodeType("mix:referenceable")) {
            return Optional.empty();
        }
        String path = ROOT + "/" + item.getIdentifier();
        return session.nodeExists(path) ? Optional.of(session.getNode(path)) : Optional.empty();
    }

    /** The item's record, made (with an identifier for the item) if it has none; not saved. */
    public static Node of(Session session, Node item) throws RepositoryException {
        if (!item.isNodeType("mix:referenceable")) {
            item.addMixin("mix:referenceable");
        }
        Node root = session.getNode(ROOT);
        return root.hasNode(item.getIdentifier()) ? root.getNode(item.getIdentifier())
                : root.addNode(item.getIdentifier(), "nt:unstructured");
    }

    public static long revision(Session session, Node item) throws RepositoryException {
        Optional<Node> record = find(session, item);
        return record.isPresent() && record.get().hasProperty(REVISION) ? record.get().getProperty(REVISION).getLong() : 0;
    }

    /** Counts one more change and who made it; not saved. */
    public static void touch(Node record, String editorName, Instant when) throws RepositoryException {
        long revision = record.hasProperty(REVISION) ? record.getProperty(REVISION).getLong() : 0;
        record.setProperty(REVISION, revision + 1);
        record.setProperty(EDITOR, editorName);
        record.setProperty(EDITED, JcrValues.utc(when));
    }

    public static Optional<Map<String, Object>> draft(Session session, Node item, ContentType type)
            throws RepositoryException {
        Optional<Node> record = find(session, item);
        if (record.isEmpty() || !record.get().hasNode(DRAFT)) {
            return Optional.empty();
        }
        return Optional.of(ContentService.values(record.get().getNode(DRAFT), type));
    }

    /** Keeps the draft, or drops it when it equals what is published; not saved. */
    public static void setDraft(Node record, ContentType type, Map<String, Object> values, Map<String, Object> published)
            throws RepositoryException {
        if (record.hasNode(DRAFT)) {
            record.getNode(DRAFT).remove();
        }
        if (!ValueComparison.same(values, published)) {
            ContentService.setValues(record.addNode(DRAFT, "nt:unstructured"), type, values);
        }
    }

    public static void dropDraft(Node record) throws RepositoryException {
        if (record.hasNode(DRAFT)) {
            record.getNode(DRAFT).remove();
        }
    }

    public static Optional<Instant> instant(Node record, String name) throws RepositoryException {
        return record.hasProperty(name) ? Optional.of(record.getProperty(name).getDate().toInstant()) : Optional.empty();
    }

    public static void setInstant(Node record, String name, Optional<Instant> value) throws RepositoryException {
        if (value.isPresent()) {
            record.setProperty(name, JcrValues.utc(value.get()));
        } else if (record.hasProperty(name)) {
            record.getProperty(name).remove();
        }
    }

    static Calendar now(Instant instant) {
        return JcrValues.utc(instant);
    }
}
