package dk.nextwork.program;

import dk.nextwork.identity.Role;
import dk.nextwork.identity.RoleCheck;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RefusableWork;

/**
 * What the programme's write services share: coordinators only (administrators run the system,
 * not the programme), and refusals out of a session.
 */
final class Coordination {

    private Coordination() {
    }

    static void requireCoordinator(SignedInUser by) {
        RoleCheck.require(by, "coordinators only", Role.COORDINATOR);
    }

    interface Work<T> extends RefusableWork<T, ProgrammeRefusedException> {
    }

    /** Runs the work in a service session; a refusal inside it leaves the repository unchanged. */
    static <T> T run(PortalRepository repository, Work<T> work) throws ProgrammeRefusedException {
        return RefusableWork.run(repository, ProgrammeRefusedException.class, work);
    }

    /**
     * As {@link #run}, for writes that recount {@link Occupancy} in the same save: two at once for
     * the same company or young person both change its count, and the one saved second runs again.
     */
    static <T> T runRecounting(PortalRepository repository, Work<T> work) throws ProgrammeRefusedException {
        return RefusableWork.runAgainOnConflict(repository, ProgrammeRefusedException.class, work);
    }
}
