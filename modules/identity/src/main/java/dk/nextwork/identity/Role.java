package dk.nextwork.identity;

import java.util.Locale;
import java.util.Optional;

import dk.nextwork.platform.rest.PlatformRoles;

/**
 * What a person does in the programme. The {@link #id()} is what {@code @RolesAllowed} names
 * and what the repository stores.
 * <p>
 * No role includes another. In particular an administrator runs the system and manages accounts
 * (accounts and invitations, system status, definitions, exports, the audit trail) and does not
 * take part in the programme or the public content: administrators neither read nor change young
 * people's programme data (enrolment, placements, groups, meetings, reports, development), the
 * trait configuration or the site's content. Someone who needs both gets both roles.
 */
public enum Role {
    YOUTH("youth"),
    COMPANY_REP("company_rep"),
    COUNSELLOR("counsellor"),
    COORDINATOR("coordinator"),
    EDITOR("editor"),
    ADMIN("admin");

    /** Role names for {@code @RolesAllowed}, which needs constants. */
    public static final String YOUTH_ID = "youth";
    public static final String COMPANY_REP_ID = "company_rep";
    public static final String COUNSELLOR_ID = "counsellor";
    public static final String COORDINATOR_ID = "coordinator";
    public static final String EDITOR_ID = "editor";
    public static final String ADMIN_ID = "admin";

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * The role that acts as one the platform names in its own access rules
     * ({@link PlatformRoles#OPERATOR}: the administrators, who run the portal).
     */
    public static Optional<Role> actingAs(String platformRole) {
        return PlatformRoles.OPERATOR.equals(platformRole) ? Optional.of(ADMIN) : Optional.empty();
    }

    public static Optional<Role> find(String id) {
        for (Role role : values()) {
            if (role.id.equals(id == null ? null : id.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
