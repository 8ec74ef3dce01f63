package dk.nextwork.platform.repository;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/** Work done in a repository session that the caller does not own: it is closed afterwards. */
@FunctionalInterface
public interface SessionWork<T> {

    T apply(Session session) throws RepositoryException;
}
