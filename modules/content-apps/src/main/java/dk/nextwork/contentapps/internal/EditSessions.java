package dk.nextwork.contentapps.internal;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.contentapps.EditRefusedException;
import dk.nextwork.platform.content.ContentValidationException;
import dk.nextwork.platform.repository.PortalRepository;

/** Editing work in a service session that may refuse (and then saves nothing). */
public final class EditSessions {

    private EditSessions() {
    }

    public interface Work<T> {
        T apply(Session session) throws RepositoryException, EditRefusedException;
    }

    public interface CheckedWork<T> {
        T apply(Session session) throws RepositoryException, EditRefusedException, ContentValidationException;
    }

    public static <T> T run(PortalRepository repository, Work<T> work) throws EditRefusedException {
        try {
            return runChecked(repository, work::apply);
        } catch (ContentValidationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public static <T> T runChecked(PortalRepository repository, CheckedWork<T> work)
            throws EditRefusedException, ContentValidationException {
        try {
            return repository.withServiceSession(session -> {
                try {
                    return work.apply(session);
                } catch (EditRefusedException | ContentValidationException e) {
                    throw new Refusal(e);
                }
            });
        } catch (Refusal refusal) {
            if (refusal.getCause() instanceof EditRefusedException refused) {
                throw refused;
            }
            throw (ContentValidationException) refusal.getCause();
        }
    }

    /** Carries a refusal out of the session's work, which may throw repository exceptions only. */
    private static final class Refusal extends RuntimeException {
        Refusal(Exception cause) {
            super(cause);
        }
    }
}
