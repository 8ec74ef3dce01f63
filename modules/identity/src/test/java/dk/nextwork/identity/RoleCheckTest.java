package dk.nextwork.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class RoleCheckTest {

    private static SignedInUser with(Role... roles) {
        return new SignedInUser("someone", "someone@nextwork.example", "Someone", Set.of(roles), null, "da");
    }

    @Test
    void someoneActsWhereOneOfTheirRolesIsNamed() {
        SignedInUser coordinator = with(Role.COORDINATOR);
        assertTrue(RoleCheck.holdsAny(coordinator, Role.ADMIN, Role.COORDINATOR));
        assertSame(coordinator, RoleCheck.require(coordinator, "coordinators only", Role.COORDINATOR));
    }

    @Test
    void noRoleIncludesAnotherNotEvenTheAdministrators() {
        SignedInUser admin = with(Role.ADMIN);
        assertFalse(RoleCheck.holdsAny(admin, Role.COORDINATOR, Role.EDITOR));
        assertThrows(AccessDeniedException.class, () -> RoleCheck.require(admin, "editors only", Role.EDITOR));
    }

    @Test
    void nobodySignedInActsNowhere() {
        assertFalse(RoleCheck.holdsAny(null, Role.values()));
        assertThrows(AccessDeniedException.class, () -> RoleCheck.require(null, "coordinators only", Role.COORDINATOR));
    }
}
