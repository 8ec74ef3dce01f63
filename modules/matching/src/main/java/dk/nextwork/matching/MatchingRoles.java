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

    static void requireCoordinator(SignedInUser by) {
        dk.nextwork.identity.RoleCheck.require(by, "coordinators only", Role.COORDINATOR);
    }
}
