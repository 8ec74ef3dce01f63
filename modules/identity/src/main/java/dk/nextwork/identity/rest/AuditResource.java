package dk.nextwork.identity.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import dk.nextwork.identity.AuditEntry;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;

/** {@code GET /api/audit?person=<account id>}: the audit trail, newest first, for coordinators and administrators. */
@Path("api/audit")
@RequestScoped
@RolesAllowed({Role.COORDINATOR_ID, Role.ADMIN_ID})
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail audit;

    @Context
    HttpServletRequest request;

    @GET
    public List<AuditEntry> entries(@QueryParam("person") String person,
                                    @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new BadRequestException("limit must be 1 to 1000");
        }
        if (person != null && !person.matches("[a-z0-9]{1,40}")) {
            throw new BadRequestException("person must be an account id");
        }
        Caller reader = SessionResource.caller(request);
        return person == null ? audit.readRecent(reader, limit, 31) : audit.readAbout(reader, person, limit);
    }
}
