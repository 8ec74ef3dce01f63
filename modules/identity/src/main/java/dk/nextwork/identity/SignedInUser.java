package dk.nextwork.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The person behind a request, as the identity module's filter puts it on every request of a
 * signed-in user ({@link HttpServletRequest#getUserPrincipal()}). Its name is the account id.
 */
public record SignedInUser(String id, String email, String displayName, Set<Role> roles, String company,
                           String language) implements Principal, Serializable {

    @Override
    public String getName() {
        return id;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<String> companyId() {
        return Optional.ofNullable(company);
    }

    /** The signed-in user of a request, if any. */
    public static Optional<SignedInUser> of(HttpServletRequest request) {
        return request != null && request.getUserPrincipal() instanceof SignedInUser user ? Optional.of(user)
                : Optional.empty();
    }

    /** The person an account signs in as: also whom work the portal does on their behalf (a digest of their unread messages) runs as. */
    public static SignedInUser of(UserAccount account) {
        return new SignedInUser(account.id(), account.email(), account.name(), Set.copyOf(account.roles()),
                account.company().orElse(null), account.language());
    }
}
