package dk.nextwork.platform.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import dk.nextwork.platform.repository.JcrValues;

/**
 * Imports bootstrap content written as YAML: each mapping key is a node name; inside it,
 * {@code jcr:primaryType} names the node type (default {@code nt:unstructured}), a nested mapping
 * is a child node, a scalar is a property, a list of scalars a multi-valued property and
 * {@code !date '2025-03-01T00:00:00Z'} a date. {@link ContentExporter} writes the same format.
 * Nodes that already exist are left untouched, so importing twice changes nothing and never
 * overwrites what people edited.
 */
public final class BootstrapImporter {

    private static final String PRIMARY_TYPE = "jcr:primaryType";
    private static final String MIXINS = "jcr:mixinTypes";
    private static final String DEFAULT_TYPE = "nt:unstructured";

    private BootstrapImporter() {
    }

    /** Imports a file from the class path under {@code parentPath}; nothing is saved. */
    public static void importResource(Session session, ClassLoader classLoader, String resource, String parentPath)
            throws RepositoryException {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RepositoryException("Bootstrap file not found on the class path: " + resource);
            }
            importDocument(session, new Load(ContentYaml.loadSettings(resource)).loadFromInputStream(in), resource,
                    parentPath);
        } catch (IOException | YamlEngineException | DateTimeParseException e) {
            throw new RepositoryException("Bootstrap file " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Imports YAML text (such as an export) under {@code parentPath}; nothing is saved. */
    public static void importText(Session session, String yaml, String label, String parentPath)
            throws RepositoryException {
        try {
            importDocument(session, new Load(ContentYaml.loadSettings(label)).loadFromString(yaml), label, parentPath);
        } catch (YamlEngineException | DateTimeParseException e) {
            throw new RepositoryException(label + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void importDocument(Session session, Object document, String resource, String parentPath)
            throws RepositoryException {
        if (!(document instanceof Map<?, ?> nodes)) {
            throw new RepositoryException("Bootstrap file " + resource + " must be a mapping of node names");
        }
        Node parent = session.getNode(parentPath);
        for (Map.Entry<?, ?> entry : nodes.entrySet()) {
            importNode(parent, String.valueOf(entry.getKey()), entry.getValue(), resource);
        }
    }

    private static void importNode(Node parent, String name, Object definition, String resource)
            throws RepositoryException {
        if (parent.hasNode(name)) {
            return;
        }
        Map<?, ?> content = definition instanceof Map<?, ?> map ? map : Map.of();
        if (definition != null && !(definition instanceof Map)) {
            throw new RepositoryException(resource + ": node '" + name + "' must be a mapping");
        }
        Object type = content.get(PRIMARY_TYPE);
        Node node = parent.addNode(name, type == null ? DEFAULT_TYPE : type.toString());
        ValueFactory values = node.getSession().getValueFactory();
        for (Map.Entry<?, ?> entry : content.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object value = entry.getValue();
            if (key.equals(PRIMARY_TYPE)) {
                continue;
            }
            if (key.equals(MIXINS) && value instanceof List<?> mixins) {
                for (Object mixin : mixins) {
                    node.addMixin(String.valueOf(mixin));
                }
                continue;
            }
            if (value instanceof Map) {
                importNode(node, key, value, resource);
            } else if (value instanceof List<?> list) {
                Value[] multiple = new Value[list.size()];
                for (int i = 0; i < multiple.length; i++) {
                    multiple[i] = JcrValues.toValue(values, list.get(i));
                }
                node.setProperty(key, multiple);
            } else if (value != null) {
                node.setProperty(key, JcrValues.toValue(values, value));
            }
        }
    }
}
