package dk.nextwork.site.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.ValueFactory;
import javax.jcr.query.Query;

import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.PropertyDefinition;
import dk.nextwork.platform.content.PropertyType;
import dk.nextwork.platform.i18n.Languages;
import dk.nextwork.platform.lightmodule.Definitions;

/**
 * The published items that link to an item shown on its own page, such as the open placement
 * offers whose {@code company} is the partner shown: for every content type with a link property
 * whose {@code target} is the shown item's type, the published items of that type whose link
 * (one value or any of several) is the item's path. Found by one JCR-SQL2 query per link property
 * below the type's storage tree, never by walking a tree.
 */
final class LinkedFrom {

    /** Storage trees as the content types declare them; anything else is not put into a query. */
    private static final Pattern STORAGE = Pattern.compile("(/[A-Za-z0-9_-]+)+");
    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private LinkedFrom() {
    }

    /** The query that finds one type's published items linking to a path through one property. */
    static String query(ContentType type, PropertyDefinition link) {
        return "SELECT * FROM [nt:base] AS item WHERE ISDESCENDANTNODE(item, [" + type.storage() + "])"
                + " AND item.[" + ContentType.TYPE_PROPERTY + "] = $type AND item.[" + link.name() + "] = $target"
                + " AND item.[published] = $published";
    }

    /**
     * Content type name → its published items linking to {@code item}, each as
     * {@link Content#asMap} makes it in the language, ordered by the type's first date property
     * (soonest first; items without it last), then by title in Danish order. A type that links to
     * the item's type is in the map even when nothing links to this item (an empty list), so a
     * template can tell "none now" from "no such type".
     */
    static Map<String, List<Map<String, Object>>> of(Session session, Definitions definitions, Node item,
                                                     String language) throws RepositoryException {
        Map<String, List<Map<String, Object>>> linked = new LinkedHashMap<>();
        Optional<String> itemType = Content.text(item, ContentType.TYPE_PROPERTY, Languages.DEFAULT);
        if (itemType.isEmpty()) {
            return linked;
        }
        for (ContentType type : definitions.contentTypes()) {
            List<PropertyDefinition> links = type.properties().stream()
                    .filter(p -> p.type() == PropertyType.LINK && p.target().filter(itemType.get()::equals).isPresent())
                    .filter(p -> PROPERTY.matcher(p.name()).matches())
                    .toList();
            if (links.isEmpty() || !STORAGE.matcher(type.storage()).matches()) {
                continue;
            }
            Map<String, Node> found = new LinkedHashMap<>();
            if (session.nodeExists(type.storage())) {
                ValueFactory values = session.getValueFactory();
                for (PropertyDefinition link : links) {
                    Query query = session.getWorkspace().getQueryManager().createQuery(query(type, link), Query.JCR_SQL2);
                    query.bindValue("type", values.createValue(type.name()));
                    query.bindValue("target", values.createValue(item.getPath()));
                    query.bindValue("published", values.createValue(true));
                    for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
                        Node node = nodes.nextNode();
                        found.putIfAbsent(node.getPath(), node);
                    }
                }
            }
            List<Map<String, Object>> items = new ArrayList<>();
            for (Node node : found.values()) {
                if (Content.isPublished(node)) {
                    items.add(Content.asMap(node, language));
                }
            }
            items.sort(order(type));
            linked.put(type.name(), List.copyOf(items));
        }
        return linked;
    }

    /** By the type's first date property, then title in Danish order, then name. */
    private static Comparator<Map<String, Object>> order(ContentType type) {
        Optional<String> date = type.properties().stream().filter(p -> p.type() == PropertyType.DATE && !p.multiple())
                .map(PropertyDefinition::name).findFirst();
        Collator danish = Collator.getInstance(Languages.locale(Languages.DEFAULT));
        Comparator<Map<String, Object>> byDate = Comparator.comparing(
                map -> date.map(map::get).filter(String.class::isInstance).map(String.class::cast)
                        .map(java.time.Instant::parse).orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder()));
        return byDate.thenComparing(map -> String.valueOf(map.get("title")), danish)
                .thenComparing(map -> String.valueOf(map.get("nodeName")));
    }
}
