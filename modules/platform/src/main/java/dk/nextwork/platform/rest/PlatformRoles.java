package dk.nextwork.platform.rest;

/**
 * The roles the platform itself names in its resources' access rules. The platform knows no
 * module's roles: the module that defines roles (identity) says which of its roles acts as each.
 */
public final class PlatformRoles {

    /** Those who run the portal: they read the light modules' definitions and export content trees. */
    public static final String OPERATOR = "operator";

    private PlatformRoles() {
    }
}
