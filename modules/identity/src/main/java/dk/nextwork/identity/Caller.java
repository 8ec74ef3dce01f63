package dk.nextwork.identity;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who asks and from which address, as the audit trail records it: the signed-in user (none for
 * someone who is not signed in, such as while signing in or resetting a password) and the client
 * address of their request. Views take theirs from the shell's {@code CurrentUser.caller()}, REST
 * resources from {@link #of(HttpServletRequest)}.
 */
public record Caller(SignedInUser user, String client) implements Serializable {

    /** The caller of a servlet request: its signed-in user, if any, at its remote address. */
    public static Caller of(HttpServletRequest request) {
        return new Caller(SignedInUser.of(request).orElse(null), request == null ? null : request.getRemoteAddr());
    }

    /** Someone who is not signed in, at the given address. */
    public static Caller anonymous(String client) {
        return new Caller(null, client);
    }

    /** The user's account id, or null for someone who is not signed in. */
    public String userId() {
        return user == null ? null : user.id();
    }
}
