package dk.nextwork.platform.lightmodule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


/**
 * Serves light modules' static files: {@code /.resources/<module>/webresources/<path>} is the
 * module's file {@code webresources/<path>}, from the light-modules folder or else from the jar
 * that ships the module. Nothing outside a module's {@code webresources} folder is reachable, and
 * only known file types are served.
 */
public class WebResourceServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile(
            "/([a-z][a-zA-Z0-9-]{0,62})/webresources/((?:[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}/){0,10}[A-Za-z0-9_-][A-Za-z0-9._-]{0,99})");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("html", "text/html; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    @Inject
    Definitions definitions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        var matcher = path == null ? null : PATH.matcher(path);
        String type = matcher != null && matcher.matches() ? TYPES.get(extensionOf(matcher.group(2))) : null;
        if (type == null || path.contains("..")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path file = definitions.file(matcher.group(1), "webresources/" + matcher.group(2)).orElse(null);
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long modified = Files.getLastModifiedTime(file).toMillis();
        long size = Files.size(file);
        String etag = "\"" + Long.toHexString(modified) + "-" + Long.toHexString(size) + "\"";
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", modified);
        response.setHeader("Cache-Control", "no-cache");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(type);
        response.setContentLengthLong(size);
        Files.copy(file, response.getOutputStream());
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
