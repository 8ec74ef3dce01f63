package dk.nextwork.identity.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.ApiTokens;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.WebSessions;

/**
 * {@code GET /api/me}: the signed-in user's id, name and roles (401 without a valid session or
 * token); {@code POST /api/me/tokens}: a new bearer token; {@code POST /api/me/sign-out-everywhere}.
 */
@Path("api/me")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    ApiTokens tokens;

    @Inject
    Accounts accounts;

    @Context
    HttpServletRequest request;

    @GET
    public Map<String, Object> me() {
        return describe(SessionResource.user(request));
    }

    @POST
    @Path("tokens")
    public Response issueToken() {
        if (!WebSessions.AUTH_TYPE.equals(request.getAuthType())) {
            // a stolen token must not be able to renew itself for ever: only a signed-in person makes tokens
            return SessionResource.error(Response.Status.FORBIDDEN, "sign in to create a token; a token cannot create another");
        }
        ApiTokens.IssuedToken issued = tokens.issue(SessionResource.caller(request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", issued.token());
        body.put("expires", issued.expires().toString());
        return Response.ok(body).build();
    }

    @POST
    @Path("sign-out-everywhere")
    public Response signOutEverywhere() {
        Caller caller = SessionResource.caller(request);
        accounts.signOutEverywhere(caller.user().id(), caller);
        return Response.noContent().build();
    }

    static Map<String, Object> describe(SignedInUser user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", user.id());
        body.put("name", user.displayName());
        body.put("email", user.email());
        body.put("roles", user.roles().stream().map(Role::id).sorted().toList());
        if (user.company() != null) {
            body.put("company", user.company());
        }
        body.put("language", user.language());
        return body;
    }
}
