package dk.nextwork.contentapps.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.contentapps.Reference;
import dk.nextwork.platform.content.ContentService;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.PropertyDefinition;
import dk.nextwork.platform.content.PropertyType;
import dk.nextwork.platform.lightmodule.Definitions;

/**
 * Links between content items (link properties), in what is published and in drafts: who links to
 * an item before it is deleted, and links that follow an item when it is moved. The trees are
 * walked: a site's content is thousands of items at most, and this way no index has to know every
 * link property of every content type a light module may add.
 */
public final class Links {

    private Links() {
    }

    /** Items outside {@code path}'s subtree that link to it or to anything below it. */
    public static List<Reference> to(Session session, Definitions definitions, String path) throws RepositoryException {
        List<Reference> references = new ArrayList<>();
        visit(session, definitions, (node, type, values, draft) -> {
            if (node.getPath().equals(path) || node.getPath().startsWith(path + "/")) {
                return null;
            }
            for (PropertyDefinition property : type.properties()) {
                if (property.type() == PropertyType.LINK && pointsInto(values.get(property.name()), path)) {
                    String title = type.nameProperty().map(p -> values.get(p.name())).map(String::valueOf).orElse(node.getName());
                    references.add(new Reference(node.getPath(), type.name(), title, property.name(), draft,
                            type::labelIn, property::labelIn));
                }
            }
            return null;
        });
        return references;
    }

    /** Rewrites links into {@code from}'s subtree to point into {@code to}'s instead; not saved. */
    public static void follow(Session session, Definitions definitions, String from, String to) throws RepositoryException {
        visit(session, definitions, (node, type, values, draft) -> {
            boolean changed = false;
            Map<String, Object> rewritten = new java.util.LinkedHashMap<>(values);
            for (PropertyDefinition property : type.properties()) {
                Object value = values.get(property.name());
                if (property.type() == PropertyType.LINK && pointsInto(value, from)) {
                    rewritten.put(property.name(), value instanceof List<?> list
                            ? list.stream().map(link -> moved((String) link, from, to)).toList()
                            : moved((String) value, from, to));
                    changed = true;
                }
            }
            return changed ? rewritten : null;
        });
    }

    private static String moved(String link, String from, String to) {
        return link.equals(from) || link.startsWith(from + "/") ? to + link.substring(from.length()) : link;
    }

    private static boolean pointsInto(Object value, String path) {
        for (Object link : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
            if (link instanceof String text && (text.equals(path) || text.startsWith(path + "/"))) {
                return true;
            }
        }
        return false;
    }

    /** Sees every item's published values and every draft; may return values to write instead. */
    private interface Visitor {
        Map<String, Object> visit(Node item, ContentType type, Map<String, Object> values, boolean draft)
                throws RepositoryException;
    }

    private static void visit(Session session, Definitions definitions, Visitor visitor) throws RepositoryException {
        Set<String> trees = new LinkedHashSet<>();
        for (ContentType type : definitions.contentTypes()) {
            if (type.properties().stream().anyMatch(p -> p.type() == PropertyType.LINK)) {
                trees.add(type.storage());
            }
        }
        for (String tree : trees) {
            if (session.nodeExists(tree)) {
                walk(session.getNode(tree), definitions, visitor);
            }
        }
        if (session.nodeExists(EditRecords.ROOT)) {
            for (NodeIterator records = session.getNode(EditRecords.ROOT).getNodes(); records.hasNext(); ) {
                Node record = records.nextNode();
                if (!record.hasNode(EditRecords.DRAFT)) {
                    continue;
                }
                Node item;
                try {
                    item = session.getNodeByIdentifier(record.getName());
                } catch (ItemNotFoundException gone) {
                    continue;
                }
                Optional<ContentType> type = Items.typeOf(definitions, item);
                if (type.isPresent()) {
                    Node draft = record.getNode(EditRecords.DRAFT);
                    Map<String, Object> replacement = visitor.visit(item, type.get(), ContentService.values(draft, type.get()), true);
                    if (replacement != null) {
                        ContentService.setValues(draft, type.get(), replacement);
                    }
                }
            }
        }
    }

    private static void walk(Node node, Definitions definitions, Visitor visitor) throws RepositoryException {
        Optional<ContentType> type = Items.typeOf(definitions, node);
        if (type.isPresent()) {
            Map<String, Object> replacement = visitor.visit(node, type.get(), ContentService.values(node, type.get()), false);
            if (replacement != null) {
                ContentService.setValues(node, type.get(), replacement);
            }
        }
        for (NodeIterator children = node.getNodes(); children.hasNext(); ) {
            walk(children.nextNode(), definitions, visitor);
        }
    }
}
