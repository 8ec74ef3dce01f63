package dk.nextwork.platform.http;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The container's error page (declared in the platform's {@code web-fragment.xml}): every
 * {@code sendError} and every exception no servlet handled ends here and gets {@link ErrorAnswers},
 * never the container's own page. An exception is logged once, with the reference the answer shows.
 */
public class ErrorPageServlet extends HttpServlet {

    /** Where the container sends errors; opened directly, it is a page that does not exist. */
    public static final String PATH = "/.nextwork/error";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPageServlet.class);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        path = path.startsWith(request.getContextPath()) ? path.substring(request.getContextPath().length()) : path;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String reference = null;
        if (failure instanceof Throwable thrown) {
            reference = ErrorAnswers.newReference();
            LOG.error("{} {} failed (reference {})", request.getMethod(), path, reference, thrown);
        }
        ErrorAnswers.Answer answer = ErrorAnswers.of(status, path, request.getHeader("Accept-Language"),
                request.getContextPath(), reference);
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(answer.body());
        }
    }
}
