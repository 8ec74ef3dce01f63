package dk.nextwork.platform.repository;

import javax.jcr.InvalidItemStateException;
import javax.jcr.RepositoryException;

import org.apache.jackrabbit.oak.api.CommitFailedException;
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
    public static <T> T retryUnchecked(String what, java.util.function.Supplier<T> attempt) throws RepositoryException {
        return retry(what, attempt::get);
    }

    public static <T> T retry(String what, Attempt<T> attempt) throws RepositoryException {
        for (int count = 1; ; count++) {
            try {
                return attempt.run();
            } catch (RepositoryException | RuntimeException e) {
                if (!causedByConflict(e) || count == ATTEMPTS) {
                    throw e;
                }
                LOG.info("{}: another app node saved the same change first; looking again", what);
                pause();
            }
        }
    }

    private static boolean causedByConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidItemStateException
                    || (t instanceof CommitFailedException commit && commit.isOfType(CommitFailedException.STATE))) {
                return true;
            }
        }
        return false;
    }

    private static void pause() throws RepositoryException {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RepositoryException("Interrupted while waiting for another app node", e);
        }
    }
}
