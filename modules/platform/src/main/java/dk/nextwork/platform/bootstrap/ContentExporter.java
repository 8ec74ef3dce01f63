package dk.nextwork.platform.bootstrap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

import dk.nextwork.platform.repository.JcrValues;

/**
 * Writes a tree in the bootstrap format that {@link BootstrapImporter} reads, so that an export
 * imported into an empty repository and exported again gives the same text.
 */
public final class ContentExporter {

    private ContentExporter() {
    }

    /** The node and everything below it, as YAML with the node's name as the top-level key. */
    public static String export(Node node) throws RepositoryException {
        DumpSettings settings = ContentYaml.dumpSettings();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(node.getName(), toMap(node));
        return new Dump(settings, new ContentYaml.Representer(settings)).dumpToString(document);
    }

    private static Map<String, Object> toMap(Node node) throws RepositoryException {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("jcr:primaryType", node.getPrimaryNodeType().getName());
        for (PropertyIterator properties = node.getProperties(); properties.hasNext(); ) {
            Property property = properties.nextProperty();
            if (property.getDefinition().isProtected() || property.getType() == PropertyType.BINARY) {
                continue;
            }
            if (property.isMultiple()) {
                List<Object> values = new ArrayList<>();
                for (Value value : property.getValues()) {
                    values.add(JcrValues.toJava(value));
                }
                map.put(property.getName(), values);
            } else {
                map.put(property.getName(), JcrValues.toJava(property.getValue()));
            }
        }
        for (NodeIterator children = node.getNodes(); children.hasNext(); ) {
            Node child = children.nextNode();
            map.put(child.getName(), toMap(child));
        }
        return map;
    }
}
