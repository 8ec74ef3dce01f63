package dk.nextwork.platform.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import dk.nextwork.platform.delivery.internal.DeliveryResponse;
import dk.nextwork.platform.delivery.internal.DeliveryService;

/**
 * The headless delivery API (ARCHITECTURE.md section 8): {@code GET /.rest/delivery/{endpoint}/}
 * lists, {@code GET /.rest/delivery/{endpoint}/{path}} returns one item. Published content only;
 * answers carry an ETag and are revalidated ({@code If-None-Match} gives 304).
 */
@Path(".rest/delivery")
@RequestScoped
public class DeliveryResource {

    private static final String JSON = "application/json; charset=utf-8";

    @Inject
    DeliveryService delivery;

    /** The query string exactly as sent (JAX-RS would already have repaired malformed escapes). */
    @Context
    HttpServletRequest request;

    @GET
    @Path("{endpoint}/")
    public Response list(@PathParam("endpoint") String endpoint,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(delivery.list(endpoint, request.getQueryString()), ifNoneMatch);
    }

    @GET
    @Path("{endpoint}/{path: .+}")
    public Response one(@PathParam("endpoint") String endpoint, @PathParam("path") String path,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(delivery.one(endpoint, path, request.getQueryString()), ifNoneMatch);
    }

    private static Response answer(DeliveryResponse response, String ifNoneMatch) {
        if (response.matches(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, response.etag())
                    .header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
        }
        Response.ResponseBuilder builder = Response.status(response.status()).entity(response.body()).type(JSON);
        if (response.etag() != null) {
            builder.header(HttpHeaders.ETAG, response.etag()).header(HttpHeaders.CACHE_CONTROL, "no-cache");
        } else {
            builder.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        return builder.build();
    }
}
