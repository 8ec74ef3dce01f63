package dk.nextwork.platform.delivery;

import dk.nextwork.platform.rest.Public;
import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

import dk.nextwork.platform.delivery.internal.DeliveryResponse;
import dk.nextwork.platform.delivery.internal.DeliveryService;

/**
 * The headless delivery API (ARCHITECTURE.md section 8): {@code GET /.rest/delivery/{endpoint}/}
 * lists, {@code GET /.rest/delivery/{endpoint}/{path}} returns one item. Published content only;
 * answers carry an ETag and are revalidated ({@code If-None-Match} gives 304).
 */
@Path(".rest/delivery")
@RequestScoped
@Public
public class DeliveryResource {

    private static final String JSON = "application/json; charset=utf-8";

    @Inject
    DeliveryService delivery;

    /** The query string exactly as sent (JAX-RS would already have repaired malformed escapes). */
    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse servletResponse;

    @GET
    @Path("{endpoint}/")
    public void list(@PathParam("endpoint") String endpoint,
                     @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws IOException {
        answer(delivery.list(endpoint, request.getQueryString()), ifNoneMatch);
    }

    @GET
    @Path("{endpoint}/{path: .+}")
    public void one(@PathParam("endpoint") String endpoint, @PathParam("path") String path,
                    @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws IOException {
        answer(delivery.one(endpoint, path, request.getQueryString()), ifNoneMatch);
    }

    /**
     * Writes the prepared bytes straight to the servlet response: they are already JSON, and going
     * through JAX-RS's entity writers would copy them once more for nothing.
     */
    private void answer(DeliveryResponse response, String ifNoneMatch) throws IOException {
        servletResponse.setHeader(HttpHeaders.CACHE_CONTROL, response.etag() != null ? "no-cache" : "no-store");
        if (response.etag() != null) {
            servletResponse.setHeader(HttpHeaders.ETAG, response.etag());
        }
        if (response.matches(ifNoneMatch)) {
            servletResponse.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            servletResponse.flushBuffer(); // committed: JAX-RS must not turn a void method's answer into 204
            return;
        }
        servletResponse.setStatus(response.status());
        servletResponse.setContentType(JSON);
        servletResponse.setContentLength(response.body().length);
        servletResponse.getOutputStream().write(response.body());
        servletResponse.flushBuffer();
    }
}
