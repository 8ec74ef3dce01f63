package dk.nextwork.platform.content.internal;

import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.lightmodule.Definitions;
import dk.nextwork.platform.repository.PortalRepository;

/**
 * Makes the tree each content type stores its items in, when a light module's definition names
 * one that is not there yet, so that a new kind of content needs no Java: at start and whenever
 * the definitions change. Trees are only ever added, never removed or changed.
 */
public final class StorageTrees {

    private static final Logger LOG = LoggerFactory.getLogger(StorageTrees.class);

    private final PortalRepository repository;
    private final Definitions definitions;

    public StorageTrees(PortalRepository repository, Definitions definitions) {
        this.repository = repository;
        this.definitions = definitions;
    }

    /** Adds the missing storage trees; a failure is logged (another node may have added them) and tried again on the next change. */
    public void ensure() {
        try {
            List<String> added = repository.withServiceSession(session -> {
                List<String> made = new ArrayList<>();
                for (ContentType type : definitions.contentTypes()) {
                    if (!session.nodeExists(type.storage())) {
                        make(session, type.storage());
                        made.add(type.storage());
                    }
                }
                if (!made.isEmpty()) {
                    session.save();
                }
                return made;
            });
            if (!added.isEmpty()) {
                LOG.info("Made the content types' storage trees {}", added);
            }
        } catch (RuntimeException e) {
            LOG.warn("The content types' storage trees could not be made now", e);
        }
    }

    private static void make(Session session, String path) throws RepositoryException {
        Node node = session.getRootNode();
        for (String name : path.substring(1).split("/")) {
            node = node.hasNode(name) ? node.getNode(name) : node.addNode(name, "nt:unstructured");
        }
    }
}
