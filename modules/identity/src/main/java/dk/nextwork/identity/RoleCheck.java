package dk.nextwork.identity;

/**
 * The one rule of who may act where: someone signed in who holds one of the roles named for the
 * action. No role includes another; an administrator runs the portal and may act only where
 * {@link Role#ADMIN} is named (see {@link Role}).
 */
public final class RoleCheck {

    private RoleCheck() {
    }

    /** Whether {@code by} is signed in and holds one of {@code roles}. */
    public static boolean holdsAny(SignedInUser by, Role... roles) {
        if (by == null) {
            return false;
        }
        for (Role role : roles) {
            if (by.has(role)) {
                return true;
            }
        }
        return false;
    }

    /** {@code by}, if signed in and holding one of {@code roles}; refused with {@code refusal} (for the log) otherwise. */
    public static SignedInUser require(SignedInUser by, String refusal, Role... roles) {
        if (!holdsAny(by, roles)) {
            throw new AccessDeniedException(refusal);
        }
        return by;
    }
}
