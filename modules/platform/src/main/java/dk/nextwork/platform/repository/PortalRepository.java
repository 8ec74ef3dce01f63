package dk.nextwork.platform.repository;

import javax.jcr.RepositoryException;

/**
 * The content repository as modules use it. Sessions are lent for the length of a piece of work
 * and always closed, so no caller can leak one. Work runs as the platform's service identity, a
 * dedicated system user with its own access rights, never the repository administrator.
 */
public interface PortalRepository {

    /**
     * Runs {@code work} in a fresh service session, closing it afterwards; unsaved changes are
     * discarded. A {@link RepositoryException} of the work, or of the repository, comes out as a
     * {@link RepositoryFailure}.
     */
    <T> T withServiceSession(SessionWork<T> work);

    /**
     * Calls {@code listener} after every saved change below {@code path}, on this app node or,
     * with the clustered store, on another. Close the returned handle to stop listening.
     */
    AutoCloseable onChange(String path, Runnable listener);

    /**
     * As {@link #onChange}, handing the listener the paths that changed in each batch of saves:
     * a node's path for a node added, moved or removed, a property's path for a property
     * changed. A repository that cannot tell hands {@code path} itself, meaning "anything below
     * may have changed", so a listener must treat a path at or above {@code path} that way.
     */
    default AutoCloseable onChangedPaths(String path, java.util.function.Consumer<java.util.Set<String>> listener) {
        return onChange(path, () -> listener.accept(java.util.Set.of(path)));
    }

    /** Which store backs the repository, for operators: {@code segment} or {@code postgres}. */
    String storeDescription();
}
