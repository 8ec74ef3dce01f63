package dk.nextwork.identity;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import dk.nextwork.identity.internal.IdentitySettings;
import dk.nextwork.platform.config.PortalConfiguration;

/**
 * A signed-in user's HTTP session: started with a new session id (so a session id known before
 * signing in is worthless), ended after the configured minutes without activity, and no longer
 * honoured once the account signs out everywhere, changes its password or is deactivated.
 */
@ApplicationScoped
public class WebSessions {

    /** {@code getAuthType()} of a request on a signed-in session (a bearer token's is {@code BEARER}). */
    public static final String AUTH_TYPE = "FORM";
    /** The session attribute holding who is signed in. */
    public static final String ATTRIBUTE = "nextwork.signedIn";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the session remembers: the account, its session epoch then, and the CSRF token for REST calls. */
    public record SessionSignIn(String accountId, long epoch, String csrfToken) implements Serializable {
    }

    private final SignIn signIn;
    private final PortalConfiguration configuration;

    protected WebSessions() {
        this(null, null);
    }

    @Inject
    public WebSessions(SignIn signIn, PortalConfiguration configuration) {
        this.signIn = signIn;
        this.configuration = configuration;
    }

    /** Starts a signed-in session for the request's client; returns the session's CSRF token. */
    public String start(HttpServletRequest request, SignedInUser user) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            existing.invalidate();
        }
        HttpSession session = request.getSession(true);
        return start(session, user);
    }

    /** As {@link #start(HttpServletRequest, SignedInUser)}, on a session already renewed (Vaadin renews its own). */
    public String start(HttpSession session, SignedInUser user) {
        session.setMaxInactiveInterval((int) configuration.get(IdentitySettings.SESSION_TIMEOUT).toSeconds());
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        session.setAttribute(ATTRIBUTE, new SessionSignIn(user.id(), signIn.sessionEpoch(user.id()), csrf));
        return csrf;
    }

    /** The user of a request's session, as the account is now. */
    public Optional<SignedInUser> userOf(HttpSession session) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof SessionSignIn signedIn)) {
            return Optional.empty();
        }
        Optional<SignedInUser> user = signIn.resume(signedIn.accountId(), signedIn.epoch());
        if (user.isEmpty()) {
            session.removeAttribute(ATTRIBUTE);
        }
        return user;
    }

    public Optional<String> csrfToken(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SessionSignIn signedIn
                ? Optional.of(signedIn.csrfToken()) : Optional.empty();
    }

    public void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
