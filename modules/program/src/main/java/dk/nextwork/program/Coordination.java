package dk.nextwork.program;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.repository.PortalRepository;

/** What the programme's write services share: coordinators (and administrators) only, and refusals out of a session. */
final class Coordination {

    private Coordination() {
    }

    static void requireCoordinator(SignedInUser by) {
        if (by == null || !(by.has(Role.COORDINATOR) || by.has(Role.ADMIN))) {
            throw new AccessDeniedException("coordinators only");
        }
    }

    interface Work<T> {
        T apply(Session session) throws RepositoryException, ProgrammeRefusedException;
    }

    /** Runs the work in a service session; a refusal inside it leaves the repository unchanged. */
    static <T> T run(PortalRepository repository, Work<T> work) throws RepositoryException, ProgrammeRefusedException {
        try {
            return repository.withServiceSession(session -> {
                try {
                    return work.apply(session);
                } catch (ProgrammeRefusedException refused) {
                    throw new Refusal(refused);
                }
            });
        } catch (Refusal refusal) {
            throw (ProgrammeRefusedException) refusal.getCause();
        }
    }

    private static final class Refusal extends RuntimeException {
        Refusal(ProgrammeRefusedException cause) {
            super(cause);
        }
    }
}
