package dk.nextwork.identity;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * What other modules keep in step with whether an account is active: a module that keeps figures
 * over the active young people only (the reporting module's kept cohort figures) provides a CDI
 * bean of this type, and {@link Accounts#setActive} calls every one. Without one, turning an
 * account off or on changes the account alone.
 */
public interface AccountActivation {

    /**
     * In the session that turns the account off or on, before it is saved: what the module writes
     * here is saved with the account or not at all (a retried save calls it again), so no crash
     * can leave the two apart. Keep it small: it is on the account's save path.
     */
    void changing(Session session, String accountId, boolean active) throws RepositoryException;

    /** After the change is saved, for work that follows it (such as asking a background worker to look soon). */
    default void changed(String accountId, boolean active) {
    }
}
