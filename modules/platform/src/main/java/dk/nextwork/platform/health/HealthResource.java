package dk.nextwork.platform.health;

import dk.nextwork.platform.rest.Public;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dk.nextwork.platform.runtime.PlatformLifecycle;

/**
 * Liveness (the process serves requests) and readiness (repository and all modules started and
 * the repository answering), for load balancers and orchestrators.
 */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Public
public class HealthResource {

    @Inject
    PlatformLifecycle platform;

    @GET
    @Path("live")
    public Response live() {
        return Response.ok(Map.of("status", "UP")).build();
    }

    @GET
    @Path("ready")
    public Response ready() {
        boolean ready = platform.isReady();
        return Response.status(ready ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(Map.of("status", ready ? "UP" : "DOWN"))
                .build();
    }
}
