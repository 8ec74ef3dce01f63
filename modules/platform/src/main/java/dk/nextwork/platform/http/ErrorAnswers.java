package dk.nextwork.platform.http;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.nextwork.platform.config.ProductName;

/**
 * What the portal answers when a request fails, wherever it failed (the servlet container, a
 * servlet, Jersey): the API's documented JSON ({@code {"error": …}}) under {@code /api/},
 * {@code /.rest/} and {@code /health/}, and otherwise a plain page of the portal's own in the
 * visitor's language. Neither ever names the server, a class or an exception; an unexpected
 * failure gets a reference that the log has too.
 */
public final class ErrorAnswers {

    /** A ready answer: its media type and bytes. */
    public record Answer(String contentType, byte[] body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] REFERENCE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private ErrorAnswers() {
    }

    /** Whether a path (below the context path) is the API's, whose errors are JSON. */
    public static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/.rest/")
                || path.startsWith("/health/"));
    }

    /** The API's words for a status, as every JSON error without a more particular message says it. */
    public static String apiMessage(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 401 -> "sign in first";
            case 403 -> "not allowed";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 406 -> "no acceptable representation";
            case 413 -> "the request body is too large";
            case 414 -> "the address is too long";
            case 415 -> "unsupported media type";
            case 429 -> "too many requests; try again later";
            case 503 -> "not available; try again later";
            default -> status >= 500 ? "the request could not be completed" : "the request cannot be answered";
        };
    }

    /**
     * The one shape of every JSON error the portal answers: {@code {"error": message}}, and the
     * query parameter at fault where there is one ({@code {"error": …, "parameter": "limit"}}).
     */
    public static Map<String, String> body(String message, String parameter) {
        return parameter == null ? Map.of("error", message) : Map.of("error", message, "parameter", parameter);
    }

    /** A JSON error body, written: {@code {"error": message}}. */
    public static byte[] json(String message) {
        try {
            return JSON.writeValueAsBytes(body(message, null));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new reference for an unexpected failure: short enough to read out on the phone. */
    public static String newReference() {
        char[] reference = new char[8];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = REFERENCE_LETTERS[RANDOM.nextInt(REFERENCE_LETTERS.length)];
        }
        return new String(reference);
    }

    /**
     * The answer to a failed request, its page titled with the product's declared name ({@link ProductName}).
     *
     * @param path           the request's path below the context path
     * @param acceptLanguage the request's {@code Accept-Language}, or null
     * @param contextPath    where the portal's front page is
     * @param reference      the log's reference of an unexpected failure, or null
     */
    public static Answer of(int status, String path, String acceptLanguage, String contextPath, String reference) {
        return of(status, path, acceptLanguage, contextPath, reference, ProductName.current());
    }

    /** The answer to a failed request, its page titled with the given product name. */
    public static Answer of(int status, String path, String acceptLanguage, String contextPath, String reference,
                            String product) {
        if (isApi(path)) {
            String message = apiMessage(status) + (reference == null ? "" : " (reference " + reference + ")");
            return new Answer("application/json", json(message));
        }
        boolean english = path != null && (path.equals("/en") || path.startsWith("/en/"))
                || (acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en"));
        String home = (contextPath == null ? "" : contextPath) + (english ? "/en/" : "/");
        String title;
        String text;
        if (status == 404) {
            title = english ? "Page not found" : "Siden findes ikke";
            text = english ? "There is no page at this address." : "Der er ingen side på denne adresse.";
        } else if (status >= 500) {
            title = english ? "Something went wrong" : "Noget gik galt";
            text = english ? "The page could not be shown. Please try again in a moment." 
                    : "Siden kunne ikke vises. Prøv igen om lidt.";
        } else {
            title = english ? "The page cannot be shown" : "Siden kan ikke vises";
            text = english ? "The address or the request cannot be used." : "Adressen eller forespørgslen kan ikke bruges.";
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(english ? "en" : "da")
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(title).append(" · ").append(html(product))
                .append("</title></head><body><main><h1>").append(title)
                .append("</h1><p>").append(text).append("</p>");
        if (reference != null) {
            html.append("<p>").append(english ? "Error reference: " : "Fejlreference: ").append(reference).append("</p>");
        }
        html.append("<p><a href=\"").append(home).append("\">").append(english ? "Go to the front page" : "Gå til forsiden")
                .append("</a></p></main></body></html>\n");
        return new Answer("text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
