package dk.nextwork.platform.delivery.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import dk.nextwork.platform.content.ContentService;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.PropertyDefinition;
import dk.nextwork.platform.delivery.DeliveryEndpoint;
import dk.nextwork.platform.lightmodule.Definitions;
import dk.nextwork.platform.repository.JcrValues;

/**
 * A published content node as the delivery API shows it: metadata prefixed with {@code @}, the
 * content type's properties in the requested language (falling back to the endpoint's default
 * language where a translation is missing), configured links resolved inline and published
 * children to the endpoint's depth.
 */
final class NodeRenderer {

    private static final java.util.regex.Pattern WORD_START = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Definitions definitions;
    private final DeliveryEndpoint endpoint;
    private final String language;

    NodeRenderer(Definitions definitions, DeliveryEndpoint endpoint, String language) {
        this.definitions = definitions;
        this.endpoint = endpoint;
        this.language = language;
    }

    static boolean isPublished(Node node) throws RepositoryException {
        return node.hasProperty(ContentService.PUBLISHED) && node.getProperty(ContentService.PUBLISHED).getBoolean();
    }

    static Optional<String> typeOf(Node node) throws RepositoryException {
        return node.hasProperty(ContentType.TYPE_PROPERTY)
                ? Optional.of(node.getProperty(ContentType.TYPE_PROPERTY).getString()) : Optional.empty();
    }

    Map<String, Object> render(Node node, int depth) throws RepositoryException {
        return render(node, depth, true);
    }

    private Map<String, Object> render(Node node, int depth, boolean resolveReferences) throws RepositoryException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@name", node.getName());
        json.put("@path", node.getPath());
        Optional<ContentType> type = typeOf(node).flatMap(definitions::contentType);
        json.put("@type", typeOf(node).orElse(null));
        for (String date : List.of(ContentService.CREATED, ContentService.MODIFIED, ContentService.PUBLISHED_AT)) {
            if (node.hasProperty(date)) {
                json.put("@" + date, node.getProperty(date).getDate().toInstant().toString());
            }
        }
        if (type.isPresent()) {
            for (PropertyDefinition property : type.get().properties()) {
                Object value = value(node, property);
                if (value == null) {
                    continue;
                }
                if (resolveReferences && endpoint.references().contains(property.name())) {
                    value = resolve(node, value, property.target().orElse(""));
                }
                json.put(property.name(), value);
            }
        }
        if (depth > 0) {
            List<Object> children = new ArrayList<>();
            for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
                Node child = it.nextNode();
                if (isPublished(child) && typeOf(child).filter(endpoint.childTypes()::contains).isPresent()) {
                    children.add(render(child, depth - 1, resolveReferences));
                }
            }
            json.put("@nodes", children);
        }
        return json;
    }

    /**
     * Whether every word occurs in the item's text in the requested language (with fallback).
     * Words are matched case-insensitively at the start of words in the text.
     */
    boolean mentionsAll(Node node, List<String> words) throws RepositoryException {
        Optional<ContentType> type = typeOf(node).flatMap(definitions::contentType);
        if (type.isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder(" ");
        for (PropertyDefinition property : type.get().properties()) {
            if (property.type().isText() && property.type() != dk.nextwork.platform.content.PropertyType.LINK) {
                Object value = value(node, property);
                if (value != null) {
                    text.append(value).append(' ');
                }
            }
        }
        String haystack = WORD_START.matcher(text.toString().toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
        for (String word : words) {
            if (!haystack.contains(" " + word)) {
                return false;
            }
        }
        return true;
    }

    private Object value(Node node, PropertyDefinition property) throws RepositoryException {
        String name = property.storedName(language);
        if (!node.hasProperty(name) && property.localised()) {
            name = property.storedName(endpoint.defaultLanguage());
        }
        if (!node.hasProperty(name)) {
            return null;
        }
        Property stored = node.getProperty(name);
        if (stored.isMultiple()) {
            List<Object> values = new ArrayList<>();
            for (Value value : stored.getValues()) {
                values.add(plain(value));
            }
            return values;
        }
        return plain(stored.getValue());
    }

    /** As JSON shows it: dates as ISO-8601 text. */
    private static Object plain(Value value) throws RepositoryException {
        Object java = JcrValues.toJava(value);
        return java instanceof java.util.Calendar date ? date.toInstant().toString() : java;
    }

    /**
     * Links become the linked items themselves; links to missing or unpublished items, or to
     * anything but the property's target type, are left out.
     */
    private Object resolve(Node node, Object value, String targetType) throws RepositoryException {
        List<Object> resolved = new ArrayList<>();
        for (Object link : value instanceof List<?> list ? list : List.of(value)) {
            String path = String.valueOf(link);
            if (path.startsWith("/") && !path.contains("..") && node.getSession().nodeExists(path)) {
                Node target = node.getSession().getNode(path);
                if (isPublished(target) && typeOf(target).filter(targetType::equals).isPresent()) {
                    resolved.add(render(target, 0, false));
                }
            }
        }
        return value instanceof List ? resolved : (resolved.isEmpty() ? null : resolved.get(0));
    }
}
