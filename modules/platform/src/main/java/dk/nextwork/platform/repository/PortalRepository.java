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

    /** Which store backs the repository, for operators: {@code segment} or {@code postgres}. */
    String storeDescription();
}
