package dk.nextwork.platform.repository;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Folders that hold very many children (accounts, placements, reports, a busy day's audit
 * entries). {@code nt:unstructured} keeps its children in order, and Oak stores that order as one
 * list property rewritten on every added child: at tens of thousands of children each save gets
 * slower. {@code oak:Unstructured} keeps no order; code reading such a folder sorts what it needs.
 */
public final class LargeFolders {

    public static final String TYPE = "oak:Unstructured";

    private LargeFolders() {
    }

    /** The large folder {@code name} below {@code parent}, added (unordered) when it is not there yet; the caller saves. */
    public static Node child(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, TYPE);
    }

    /** Makes existing folders unordered (Oak then drops their stored child order); the caller saves. */
    public static void makeUnordered(Session session, String... paths) throws RepositoryException {
        for (String path : paths) {
            if (session.nodeExists(path)) {
                Node folder = session.getNode(path);
                if (!folder.isNodeType(TYPE)) {
                    folder.setPrimaryType(TYPE);
                }
            }
        }
    }
}
