package dk.nextwork.contentapps.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.contentapps.ContentItem;
import dk.nextwork.contentapps.EditableItem;
import dk.nextwork.contentapps.ItemStatus;
import dk.nextwork.platform.content.ContentService;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.PropertyDefinition;
import dk.nextwork.platform.lightmodule.Definitions;

/** Reads content items, with what editing keeps beside them, as the editors' apps show them. */
public final class Items {

    private Items() {
    }

    public static Optional<String> typeName(Node node) throws RepositoryException {
        return node.hasProperty(ContentType.TYPE_PROPERTY)
                ? Optional.of(node.getProperty(ContentType.TYPE_PROPERTY).getString()) : Optional.empty();
    }

    /** The node's content type, if it is a content item of a type the light modules define. */
    public static Optional<ContentType> typeOf(Definitions definitions, Node node) throws RepositoryException {
        Optional<String> name = typeName(node);
        return name.isPresent() ? definitions.contentType(name.get()) : Optional.empty();
    }

    public static ItemStatus status(Node node) throws RepositoryException {
        if (node.hasProperty(ContentService.PUBLISHED) && node.getProperty(ContentService.PUBLISHED).getBoolean()) {
            return ItemStatus.PUBLISHED;
        }
        return node.hasProperty(ContentService.PUBLISHED_AT) ? ItemStatus.UNPUBLISHED : ItemStatus.NEW;
    }

    public static ContentItem item(Session session, Node node, ContentType type) throws RepositoryException {
        Optional<Node> record = EditRecords.find(session, node);
        Optional<Map<String, Object>> draft = EditRecords.draft(session, node, type);
        Map<String, Object> values = draft.isPresent() ? draft.get() : ContentService.values(node, type);
        return new ContentItem(node.getPath(), node.getName(), type.name(), title(node, type, values), status(node),
                draft.isPresent(), modified(node, record), date(node, ContentService.PUBLISHED_AT),
                record.isPresent() ? EditRecords.instant(record.get(), EditRecords.PUBLISH_AT) : Optional.empty(),
                record.isPresent() ? EditRecords.instant(record.get(), EditRecords.UNPUBLISH_AT) : Optional.empty(),
                hasContentChildren(node));
    }

    public static EditableItem editable(Session session, Node node, ContentType type) throws RepositoryException {
        Optional<Node> record = EditRecords.find(session, node);
        Map<String, Object> published = status(node) == ItemStatus.NEW ? Map.of() : ContentService.values(node, type);
        Map<String, Object> values = EditRecords.draft(session, node, type).orElse(ContentService.values(node, type));
        Optional<String> editor = Optional.empty();
        Optional<Instant> edited = Optional.empty();
        if (record.isPresent() && record.get().hasProperty(EditRecords.EDITOR)) {
            editor = Optional.of(record.get().getProperty(EditRecords.EDITOR).getString());
            edited = EditRecords.instant(record.get(), EditRecords.EDITED);
        }
        return new EditableItem(item(session, node, type), type, values, published,
                EditRecords.revision(session, node), editor, edited);
    }

    private static String title(Node node, ContentType type, Map<String, Object> values) {
        Optional<PropertyDefinition> name = type.nameProperty();
        if (name.isPresent() && values.get(name.get().name()) instanceof String title && !title.isBlank()) {
            return title;
        }
        try {
            return node.getName();
        } catch (RepositoryException e) {
            return "";
        }
    }

    private static Instant modified(Node node, Optional<Node> record) throws RepositoryException {
        Instant modified = date(node, ContentService.MODIFIED).or(() -> dateOrEmpty(node, ContentService.CREATED))
                .orElse(Instant.EPOCH);
        if (record.isPresent()) {
            Optional<Instant> edited = EditRecords.instant(record.get(), EditRecords.EDITED);
            if (edited.isPresent() && edited.get().isAfter(modified)) {
                return edited.get();
            }
        }
        return modified;
    }

    private static Optional<Instant> date(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? Optional.of(node.getProperty(name).getDate().toInstant()) : Optional.empty();
    }

    private static Optional<Instant> dateOrEmpty(Node node, String name) {
        try {
            return date(node, name);
        } catch (RepositoryException e) {
            return Optional.empty();
        }
    }

    public static boolean hasContentChildren(Node node) throws RepositoryException {
        for (NodeIterator children = node.getNodes(); children.hasNext(); ) {
            if (children.nextNode().hasProperty(ContentType.TYPE_PROPERTY)) {
                return true;
            }
        }
        return false;
    }

    /** The content items directly below a node, in their order. */
    public static List<Node> contentChildren(Node node) throws RepositoryException {
        List<Node> children = new java.util.ArrayList<>();
        for (NodeIterator nodes = node.getNodes(); nodes.hasNext(); ) {
            Node child = nodes.nextNode();
            if (child.hasProperty(ContentType.TYPE_PROPERTY)) {
                children.add(child);
            }
        }
        return children;
    }
}
