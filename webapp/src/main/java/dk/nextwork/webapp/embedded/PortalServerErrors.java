package dk.nextwork.webapp.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import dk.nextwork.platform.http.ErrorAnswers;
import dk.nextwork.platform.http.SecurityHeaders;

/**
 * What the embedded server answers to requests it refuses before the portal sees them (a
 * malformed address, an ambiguous path, a header too large): the portal's own error answers with
 * its security headers, never Jetty's page.
 */
final class PortalServerErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String path = request.getHttpURI() == null ? "/" : String.valueOf(request.getHttpURI().getPath());
        ErrorAnswers.Answer answer = ErrorAnswers.of(code, path, request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE),
                "", null);
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.apply(request.isSecure(), false, headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }

    /** A request too broken to be parsed still gets no page of Jetty's. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        ErrorAnswers.Answer answer = ErrorAnswers.of(status, "/", null, "", null);
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, answer.contentType()));
        SecurityHeaders.apply(false, false, fields::put);
        return ByteBuffer.wrap(answer.body());
    }
}
