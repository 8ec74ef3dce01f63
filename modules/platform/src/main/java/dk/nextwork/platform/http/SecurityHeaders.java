package dk.nextwork.platform.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers on every answer: no content sniffing, no framing by other sites, referrers
 * without paths to other sites, HSTS when the request came over HTTPS (directly, or from a proxy
 * the portal is told it is behind), and a Content-Security-Policy: a strict one everywhere, and
 * under {@code /app/} what Vaadin's client needs (it evaluates the server's JavaScript and sets
 * inline styles); the application's bootstrap page replaces it with one that admits only its own
 * inline scripts by nonce.
 */
public class SecurityHeaders extends HttpFilter {

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    /** The public site, the API and everything else: nothing but the portal's own files; no scripts at all inline. */
    public static final String STRICT_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";
    /** What Vaadin Flow's client needs (see the application's nonce policy for its bootstrap page). */
    public static final String APPLICATION_POLICY = applicationPolicy("'unsafe-inline'");

    /** The application's policy with the given source for inline scripts (a nonce or {@code 'unsafe-inline'}). */
    public static String applicationPolicy(String inlineScripts) {
        return "default-src 'self'; script-src 'self' " + inlineScripts + " 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request.isSecure(), isApplication(request.getServletPath()), response::setHeader);
        chain.doFilter(request, response);
    }

    /** Whether Vaadin's servlet answers: {@code /app/…} and its static bundle {@code /VAADIN/…}. */
    static boolean isApplication(String servletPath) {
        return "/app".equals(servletPath) || "/VAADIN".equals(servletPath);
    }

    /** Sets the headers through {@code header} (name, value), for the servlet filter and the container's own errors. */
    public static void apply(boolean secure, boolean application, java.util.function.BiConsumer<String, String> header) {
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "strict-origin-when-cross-origin");
        header.accept(CONTENT_SECURITY_POLICY, application ? APPLICATION_POLICY : STRICT_POLICY);
        if (secure) {
            header.accept("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
