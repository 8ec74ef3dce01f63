package dk.nextwork.platform.repository;

import javax.jcr.InvalidItemStateException;
import javax.jcr.RepositoryException;

import org.apache.jackrabbit.oak.api.CommitFailedException;

/**
 * The repository failed in a way no user can cause or mend: the store is unreachable, a write
 * could not reach the disk, the tree is not as the code expects. Unchecked, so that services and
 * views do not wrap it; the shell's error handler and the REST error mapper log it with a
 * reference and show the person a short message. Refusals a user can mend are the modules'
 * checked {@code ...RefusedException}s, never this.
 */
public final class RepositoryFailure extends RuntimeException {

    public RepositoryFailure(RepositoryException cause) {
        super(cause.getMessage(), cause);
    }

    public RepositoryFailure(String message, RepositoryException cause) {
        super(message, cause);
    }

    @Override
    public synchronized RepositoryException getCause() {
        return (RepositoryException) super.getCause();
    }

    /**
     * Whether another session saved the same items first (Oak refused this one's save): callers
     * that race on purpose, such as taking a one-time token, treat it as "someone else took it".
     */
    public boolean isConflict() {
        return causedByConflict(this);
    }

    static boolean causedByConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidItemStateException
                    || (t instanceof CommitFailedException commit && commit.isOfType(CommitFailedException.STATE))) {
                return true;
            }
        }
        return false;
    }
}
