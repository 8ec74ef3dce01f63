package dk.nextwork.platform.delivery.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nextwork.platform.http.ErrorAnswers;

/** A finished delivery answer: status, JSON bytes and the entity tag that names exactly those bytes. */
public record DeliveryResponse(int status, byte[] body, String etag) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static DeliveryResponse ok(Object document) {
        return of(200, document);
    }

    static DeliveryResponse error(int status, String message, String parameter) {
        return of(status, ErrorAnswers.body(message, parameter));
    }

    private static DeliveryResponse of(int status, Object document) {
        try {
            byte[] body = JSON.writeValueAsBytes(document);
            return new DeliveryResponse(status, body, status == 200 ? etagOf(body) : null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an {@code If-None-Match} header names this response (so 304 can be answered). */
    public boolean matches(String ifNoneMatch) {
        if (etag == null || ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
