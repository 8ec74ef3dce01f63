package dk.nextwork.identity.rest;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignIn;
import dk.nextwork.identity.SignInResult;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.WebSessions;
import dk.nextwork.platform.rest.JsonErrors;
import dk.nextwork.platform.rest.Public;

/**
 * {@code POST /api/session} signs in with {@code {"email": …, "password": …}} and answers the
 * user and the session's CSRF token; {@code DELETE /api/session} signs out.
 */
@Path("api/session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    public record Credentials(String email, String password) {
    }

    @Inject
    SignIn signIn;

    @Inject
    WebSessions sessions;

    @Context
    HttpServletRequest request;

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(Credentials credentials) {
        if (credentials == null || credentials.email() == null || credentials.password() == null) {
            return error(Response.Status.BAD_REQUEST, "email and password are required");
        }
        SignInResult result = signIn.signIn(credentials.email(), credentials.password(), Caller.of(request));
        if (result instanceof SignInResult.SignedIn signedIn) {
            String csrf = sessions.start(request, signedIn.user());
            Map<String, Object> body = MeResource.describe(signedIn.user());
            body.put("csrfToken", csrf);
            return Response.ok(body).build();
        }
        if (result instanceof SignInResult.TryLater later) {
            return Response.fromResponse(JsonErrors.answer(429, "too many failed attempts; try again later"))
                    .header("Retry-After", Math.max(1, later.retryAfter().toSeconds())).build();
        }
        return error(Response.Status.UNAUTHORIZED, "wrong e-mail address or password");
    }

    @DELETE
    @PermitAll
    public Response signOut() {
        sessions.end(request);
        return Response.noContent().build();
    }

    static Response error(Response.Status status, String message) {
        return JsonErrors.answer(status.getStatusCode(), message);
    }

    static SignedInUser user(HttpServletRequest request) {
        return SignedInUser.of(request).orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
    }

    /** The signed-in caller of a request; refused when nobody is signed in. */
    static Caller caller(HttpServletRequest request) {
        return new Caller(user(request), request.getRemoteAddr());
    }
}
