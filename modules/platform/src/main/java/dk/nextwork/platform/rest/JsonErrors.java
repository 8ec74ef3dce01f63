package dk.nextwork.platform.rest;

import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Errors of the REST API as JSON ({@code {"error": "..."}}), never a container's HTML page or a stack trace. */
@Provider
@Dependent
public class JsonErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(JsonErrors.class);

    @Override
    public Response toResponse(Throwable failure) {
        int status;
        String message;
        if (failure instanceof WebApplicationException web) {
            status = web.getResponse().getStatus();
            message = status == 404 ? "not found" : status == 405 ? "method not allowed"
                    : web.getMessage() != null && status < 500 ? web.getMessage() : "request failed";
        } else {
            LOG.error("REST request failed", failure);
            status = 500;
            message = "the request could not be completed";
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", message)).build();
    }
}
