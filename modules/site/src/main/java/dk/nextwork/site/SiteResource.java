package dk.nextwork.site;

import dk.nextwork.platform.rest.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import dk.nextwork.site.internal.RenderedPage;
import dk.nextwork.site.internal.SiteRenderer;

/**
 * The public site: every address no other resource claims. {@code /…} is Danish, {@code /en/…}
 * English. Pages carry an ETag and Last-Modified and answer 304 to a matching If-None-Match.
 */
@Path("")
@RequestScoped
@Public
public class SiteResource {

    private static final String HTML = "text/html; charset=utf-8";

    @Inject
    SiteRenderer renderer;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{path: .*}")
    public Response page(@PathParam("path") String path, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (path.startsWith("api/") || path.startsWith(".rest/") || path.startsWith(".resources/")) {
            throw new NotFoundException(); // answered as JSON by the REST error mapper
        }
        RenderedPage page = renderer.render(request.getContextPath(), "/" + path, request.getParameter("q"));
        if (page.etag() != null && page.etag().equals(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, page.etag()).build();
        }
        Response.ResponseBuilder response = Response.status(page.status()).type(HTML).entity(page.bytes())
                .header(HttpHeaders.CACHE_CONTROL, page.etag() != null ? "no-cache" : "no-store");
        if (page.etag() != null) {
            response.header(HttpHeaders.ETAG, page.etag()).lastModified(new java.util.Date(page.renderedAt()));
        }
        return response.build();
    }
}
