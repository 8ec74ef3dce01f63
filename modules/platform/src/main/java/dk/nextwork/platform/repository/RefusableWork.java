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

    /**
     * As {@link #run}, and again (at most {@value #CONFLICT_ATTEMPTS} times in all) when another
     * session saved the same items first: for work that also recounts figures kept beside what it
     * writes (a company's placed or overdue count), which two saves at once may both change. Each
     * attempt reads afresh, and a refused save changed nothing, so running it again is safe; a
     * refusal is thrown as it was, never run again.
     */
    static <T, E extends Exception> T runAgainOnConflict(PortalRepository repository, Class<E> kind, RefusableWork<T, E> work)
            throws E {
        for (int attempt = 1; ; attempt++) {
            try {
                return run(repository, kind, work);
            } catch (RepositoryFailure failure) {
                if (!failure.isConflict() || attempt == CONFLICT_ATTEMPTS) {
                    throw failure;
                }
                if (attempt > 1) {
                    // on one app node the winner's save is there at once; another node's may take a moment to arrive
                    try {
                        Thread.sleep(CONFLICT_PAUSE_MILLIS);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw failure;
                    }
                }
            }
        }
    }

    int CONFLICT_ATTEMPTS = 5;
    long CONFLICT_PAUSE_MILLIS = 500;

    /** Carries a refusal out of session work, which may throw repository exceptions only. */
    final class Refusal extends RuntimeException {
        private Refusal(Exception cause) {
            super(cause);
        }
    }
}
