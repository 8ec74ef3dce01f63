package dk.nextwork.matching;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;

/** Who may act for a company in the matching: its representatives, and coordinators for them. */
final class MatchingRoles {

    private MatchingRoles() {
    }

    static void requireForCompany(SignedInUser by, String company) {
        if (by == null || !(by.has(Role.COORDINATOR) || by.has(Role.COMPANY_REP) && company != null
                && company.equals(by.company()))) {
            throw new AccessDeniedException("only the company's representatives and coordinators act for " + company);
        }
    }

    /**
     * The young person themselves, or a counsellor or coordinator who may see them (audited as a
     * read of the young person): who sees and helps with a young person's wishes and results.
     */
    static void requireSelfOrHelper(dk.nextwork.identity.PersonAccess access, dk.nextwork.identity.Caller by,
                                    String youngPerson) {
        if (by.user().id().equals(youngPerson) && by.user().has(Role.YOUTH)) {
            return;
        }
        if (!by.user().has(Role.COUNSELLOR) && !by.user().has(Role.COORDINATOR)) {
            throw new AccessDeniedException("only the young person, their counsellor and coordinators");
        }
        if (!access.read(by, youngPerson).has(Role.YOUTH)) {
            throw new AccessDeniedException("not a young person");
        }
    }

    static void requireCoordinator(SignedInUser by) {
        dk.nextwork.identity.RoleCheck.require(by, "coordinators only", Role.COORDINATOR);
    }
}
