package dk.nextwork.platform.content.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.PublicChanges;
import dk.nextwork.platform.delivery.DeliveryEndpoint;
import dk.nextwork.platform.lightmodule.Definitions;
import dk.nextwork.platform.repository.PortalRepository;

/**
 * Listens to the repository trees that feed public answers, and to nothing else. The trees follow
 * the definitions: a light module that adds a content type stored in a new tree adds that tree.
 */
public final class PublicChangeWatch implements PublicChanges, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PublicChangeWatch.class);

    private final PortalRepository repository;
    private final Definitions definitions;
    private final Set<String> declared;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** The trees listened to, each with its observation handle; guarded by this. */
    private final Map<String, AutoCloseable> watched = new HashMap<>();

    /** @param declared the trees Java modules declare public, such as {@code /dam} */
    public PublicChangeWatch(PortalRepository repository, Definitions definitions, Collection<String> declared) {
        this.repository = repository;
        this.definitions = definitions;
        this.declared = Set.copyOf(declared);
    }

    @Override
    public AutoCloseable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public synchronized Set<String> trees() {
        return Set.copyOf(new TreeSet<>(watched.keySet()));
    }

    /** Listens to the trees the definitions name now: new ones are added, ones no longer named dropped. */
    public synchronized void refresh() {
        Set<String> wanted = wantedTrees();
        for (String gone : Set.copyOf(watched.keySet())) {
            if (!wanted.contains(gone)) {
                closeQuietly(watched.remove(gone));
            }
        }
        for (String tree : wanted) {
            if (!watched.containsKey(tree)) {
                watched.put(tree, repository.onChange(tree, this::changed));
            }
        }
    }

    /** For the light-module registry: the definitions changed, and with them perhaps the trees and the pages. */
    public void definitionsChanged() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Cannot listen to the trees of the changed definitions", e);
        }
        changed();
    }

    private Set<String> wantedTrees() {
        Set<String> trees = new TreeSet<>(declared);
        for (ContentType type : definitions.contentTypes()) {
            treeOf(type.storage()).ifPresent(trees::add);
        }
        for (DeliveryEndpoint endpoint : definitions.endpoints()) {
            treeOf(endpoint.rootPath()).ifPresent(trees::add);
        }
        return trees;
    }

    /** The top-level tree of a repository path: {@code /website/nextwork} is in {@code /website}. */
    static java.util.Optional<String> treeOf(String path) {
        if (path == null || !path.startsWith("/") || path.length() < 2) {
            return java.util.Optional.empty();
        }
        int slash = path.indexOf('/', 1);
        return java.util.Optional.of(slash < 0 ? path : path.substring(0, slash));
    }

    private void changed() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A listener to public changes failed", e);
            }
        }
    }

    @Override
    public synchronized void close() {
        watched.values().forEach(PublicChangeWatch::closeQuietly);
        watched.clear();
        listeners.clear();
    }

    private static void closeQuietly(AutoCloseable handle) {
        try {
            if (handle != null) {
                handle.close();
            }
        } catch (Exception e) {
            LOG.debug("Stopping a change listener", e);
        }
    }
}
