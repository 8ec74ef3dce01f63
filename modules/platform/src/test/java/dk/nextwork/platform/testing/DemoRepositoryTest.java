package dk.nextwork.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.runtime.Platform;

/** A copy of the demo repository is what a first start installs (here, the platform module's part). */
class DemoRepositoryTest {

    @RegisterExtension
    final RunningPlatform copy = new RunningPlatform();

    @RegisterExtension
    final RunningPlatform fresh = RunningPlatform.freshInstall();

    @Test
    void aCopyHoldsWhatAFirstStartInstallsAndIndexes() throws Exception {
        IndexLane.caughtUpWithInstalling(fresh.platform());
        assertEquals(content(fresh.platform()), content(copy.platform()));
        assertEquals(fresh.platform().modules().stream().map(m -> m.descriptor().name() + " " + m.recordedVersion()).toList(),
                copy.platform().modules().stream().map(m -> m.descriptor().name() + " " + m.recordedVersion()).toList());
    }

    /**
     * Every node's path with its properties' values, but not what differs from one install to the
     * next: the times, identifiers, salted password hashes and the index counter's random seed.
     */
    private static Map<String, String> content(Platform platform) throws Exception {
        return platform.repository().withServiceSession(session -> {
            Map<String, String> content = new TreeMap<>();
            collect(session.getRootNode(), content);
            return content;
        });
    }

    private static void collect(Node node, Map<String, String> content) throws RepositoryException {
        if (node.getPath().equals("/jcr:system")) {
            return;
        }
        Map<String, String> values = new TreeMap<>();
        for (PropertyIterator properties = node.getProperties(); properties.hasNext(); ) {
            Property property = properties.nextProperty();
            boolean random = property.getType() == PropertyType.DATE
                    || List.of("jcr:uuid", "rep:password", "seed").contains(property.getName());
            values.put(property.getName(), random ? "*"
                    : property.isMultiple() ? String.valueOf(property.getValues().length) : property.getString());
        }
        content.put(node.getPath(), values.toString());
        for (NodeIterator children = node.getNodes(); children.hasNext(); ) {
            collect(children.nextNode(), content);
        }
    }
}
