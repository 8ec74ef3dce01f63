package dk.nextwork.systemstatus.rest;

import dk.nextwork.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dk.nextwork.systemstatus.SystemStatus;

/** {@code GET /api/system/status}: mode, repository kind and the started modules. */
@Path("api/system/status")
@RequestScoped
@RolesAllowed(Role.ADMIN_ID)
public class SystemStatusResource {

    @Inject
    SystemStatus status;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SystemStatus.Report get() {
        return status.report();
    }
}
