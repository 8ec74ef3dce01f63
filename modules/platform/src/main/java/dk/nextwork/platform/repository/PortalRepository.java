package dk.nextwork.platform.repository;

import javax.jcr.RepositoryException;

/**
 * The content repository as modules use it. Sessions are lent for the length of a piece of work
 * and always closed, so no caller can leak one. Work runs as the platform's service identity, a
 * dedicated system user with its own access rights, never the repository administrator.
 */
public interface PortalRepository {

    /** Runs {@code work} in a fresh service session, closing it afterwards; unsaved changes are discarded. */
    <T> T withServiceSession(SessionWork<T> work) throws RepositoryException;

    /** Which store backs the repository, for operators: {@code segment} or {@code postgres}. */
    String storeDescription();
}
