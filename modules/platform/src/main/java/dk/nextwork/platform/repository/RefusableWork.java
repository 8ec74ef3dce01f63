package dk.nextwork.platform.repository;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Work in a service session that the rules may refuse with a checked exception of one kind; a
 * refusal leaves the repository as it was, since the session is then never saved.
 */
public interface RefusableWork<T, E extends Exception> {

    T apply(Session session) throws RepositoryException, E;

    /** Runs the work in a service session and throws its refusal, of the given kind, as it was thrown. */
    static <T, E extends Exception> T run(PortalRepository repository, Class<E> kind, RefusableWork<T, E> work)
            throws E {
        try {
            return repository.withServiceSession(session -> {
                try {
                    return work.apply(session);
                } catch (RepositoryException | RuntimeException passOn) {
                    throw passOn;
                } catch (Exception refused) {
                    throw new Refusal(refused);
                }
            });
        } catch (Refusal refusal) {
            throw kind.cast(refusal.getCause());
        }
    }

    /** Carries a refusal out of session work, which may throw repository exceptions only. */
    final class Refusal extends RuntimeException {
        private Refusal(Exception cause) {
            super(cause);
        }
    }
}
