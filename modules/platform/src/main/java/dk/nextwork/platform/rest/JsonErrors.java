package dk.nextwork.platform.rest;


import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.platform.http.ErrorAnswers;

/** Errors of the REST API as JSON ({@code {"error": "..."}}), never a container's HTML page or a stack trace. */
@Provider
@Dependent
public class JsonErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(JsonErrors.class);

    @Override
    public Response toResponse(Throwable failure) {
        int status;
        String message;
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            status = web.getResponse().getStatus();
            // the portal's own refusals say why; the framework's (HTTP 404 Not Found, …) get the API's words
            message = web.getMessage() != null && !web.getMessage().startsWith("HTTP " + status)
                    ? web.getMessage() : ErrorAnswers.apiMessage(status);
        } else {
            String reference = ErrorAnswers.newReference();
            LOG.error("REST request failed (reference {})", reference, failure);
            status = 500;
            message = ErrorAnswers.apiMessage(500) + " (reference " + reference + ")";
        }
        return answer(status, message);
    }

    /** The REST API's error answer: the status with the portal's one error body ({@link ErrorAnswers#body}). */
    public static Response answer(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorAnswers.body(message, null)).build();
    }
}
