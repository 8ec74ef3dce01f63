package dk.nextwork.identity;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import dk.nextwork.platform.runtime.Platform;

/** Every text value stored below a path, for tests that look for what must never be stored. */
final class RepositoryText {

    private RepositoryText() {
    }

    static String of(Platform platform, String path) throws RepositoryException {
        return platform.repository().withServiceSession(session -> {
            StringBuilder text = new StringBuilder();
            append(session.getNode(path), text);
            return text.toString();
        });
    }

    private static void append(Node node, StringBuilder text) throws RepositoryException {
        if (node.getName().equals("oak:index") || node.getName().equals("jcr:system")) {
            return;
        }
        for (PropertyIterator properties = node.getProperties(); properties.hasNext(); ) {
            Property property = properties.nextProperty();
            if (property.getType() == PropertyType.BINARY) {
                continue;
            }
            for (Value value : property.isMultiple() ? property.getValues() : new Value[] {property.getValue()}) {
                text.append(value.getString()).append('\n');
            }
        }
        for (NodeIterator children = node.getNodes(); children.hasNext(); ) {
            append(children.nextNode(), text);
        }
    }
}
