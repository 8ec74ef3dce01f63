package dk.nextwork.platform.repository;

import javax.jcr.RepositoryException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * App nodes sharing one repository may make the same change at the same moment (two nodes
 * starting together both set up a new repository, or both run a module's update): the repository
 * saves one and refuses the other with a conflict. The refused node waits until the winner's
 * change has reached it (Oak shares changes between cluster nodes within about a second) and
 * does its work again, now finding it done.
 */
public final class ClusterConflicts {

    private static final long PAUSE_MILLIS = 1_500;
    private static final int ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ClusterConflicts.class);

    /** Work that reads the repository afresh on each attempt. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws RepositoryException;
    }

    private ClusterConflicts() {
    }

    /** Like {@link #retry}, for work that reports failures as runtime exceptions (Oak's own set-up). */
    public static <T> T retryUnchecked(String what, java.util.function.Supplier<T> attempt) {
        return retry(what, attempt::get);
    }

    /** Runs the attempt, again after a conflict; a failure that remains comes out as a {@link RepositoryFailure}. */
    public static <T> T retry(String what, Attempt<T> attempt) {
        for (int count = 1; ; count++) {
            try {
                return attempt.run();
            } catch (RepositoryException | RuntimeException e) {
                if (!causedByConflict(e) || count == ATTEMPTS) {
                    throw e instanceof RepositoryException checked ? new RepositoryFailure(checked) : (RuntimeException) e;
                }
                LOG.info("{}: another app node saved the same change first; looking again", what);
                pause();
            }
        }
    }

    private static boolean causedByConflict(Throwable failure) {
        return RepositoryFailure.causedByConflict(failure);
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RepositoryFailure(new RepositoryException("Interrupted while waiting for another app node", e));
        }
    }
}
