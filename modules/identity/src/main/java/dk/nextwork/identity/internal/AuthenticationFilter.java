package dk.nextwork.identity.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.identity.ApiTokens;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.WebSessions;
import dk.nextwork.platform.http.ErrorAnswers;
import dk.nextwork.platform.repository.RepositoryFailure;

/**
 * Puts the signed-in user on every request ({@code getUserPrincipal()}, {@code isUserInRole()}),
 * from a bearer token or the session, so that Jersey's and Vaadin's access checks see them.
 * REST calls that change something on a session's behalf must carry the session's CSRF token in
 * {@value #CSRF_HEADER}; Vaadin protects its own requests.
 */
public class AuthenticationFilter extends HttpFilter {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationFilter.class);

    @Inject
    WebSessions sessions;

    @Inject
    ApiTokens tokens;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        Optional<SignedInUser> user;
        try {
            user = bearer ? tokens.userOf(authorization.substring(7).trim()) : sessions.userOf(request.getSession(false));
        } catch (RepositoryFailure e) {
            LOG.error("Who is signed in could not be read", e);
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "please try again");
            return;
        }
        if (bearer) {
            if (user.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer");
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "the token is not valid");
                return;
            }
            chain.doFilter(new SignedInRequest(request, user.get(), "BEARER"), response);
            return;
        }
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !isVaadin(request)
                && !sessions.csrfToken(request.getSession(false)).orElse("").equals(request.getHeader(CSRF_HEADER))) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "missing or wrong " + CSRF_HEADER + " header");
            return;
        }
        chain.doFilter(new SignedInRequest(request, user.get(), WebSessions.AUTH_TYPE), response);
    }

    /**
     * Whether Vaadin (which protects its own requests) answers: decided by the servlet the
     * container chose for the normalised path, never by the raw address, so that
     * {@code /app/../api/…} is the API's request it really is.
     */
    private static boolean isVaadin(HttpServletRequest request) {
        String servlet = request.getServletPath();
        return servlet.equals("/app") || servlet.equals("/VAADIN");
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(ErrorAnswers.json(message));
    }

    /** The request as the signed-in user's. */
    private static final class SignedInRequest extends HttpServletRequestWrapper {

        private final SignedInUser user;
        private final String authType;

        SignedInRequest(HttpServletRequest request, SignedInUser user, String authType) {
            super(request);
            this.user = user;
            this.authType = authType;
        }

        @Override
        public java.security.Principal getUserPrincipal() {
            return user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return Role.find(role).or(() -> Role.actingAs(role)).filter(user::has).isPresent();
        }

        @Override
        public String getRemoteUser() {
            return user.id();
        }

        @Override
        public String getAuthType() {
            return authType;
        }
    }
}
