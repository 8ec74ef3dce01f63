package dk.nextwork.platform.delivery.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request's raw query string, decoded strictly: malformed percent escapes, bytes that are not
 * UTF-8, control characters, over-long values and repeated parameters are refused rather than
 * silently repaired.
 */
final class QueryString {

    static final int MAX_VALUE_LENGTH = 500;
    private static final int MAX_PARAMETERS = 30;
    private static final int MAX_RAW_LENGTH = 8_000;

    private QueryString() {
    }

    static Map<String, String> parse(String raw) throws BadParameterException {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        if (raw.length() > MAX_RAW_LENGTH) {
            throw new BadParameterException("query", "the query string is longer than " + MAX_RAW_LENGTH + " characters");
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), "query");
            String value = decode(equals < 0 ? "" : pair.substring(equals + 1), name);
            if (value.length() > MAX_VALUE_LENGTH) {
                throw new BadParameterException(name, "the value is longer than " + MAX_VALUE_LENGTH + " characters");
            }
            if (parameters.put(name, value) != null) {
                throw new BadParameterException(name, "the parameter is given more than once");
            }
            if (parameters.size() > MAX_PARAMETERS) {
                throw new BadParameterException("query", "more than " + MAX_PARAMETERS + " parameters");
            }
        }
        return parameters;
    }

    private static String decode(String text, String parameter) throws BadParameterException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new BadParameterException(parameter, "malformed percent escape");
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new BadParameterException(parameter, "malformed percent escape");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new BadParameterException(parameter, "not valid UTF-8");
        }
        for (int i = 0; i < decoded.length(); i++) {
            if (Character.isISOControl(decoded.charAt(i))) {
                throw new BadParameterException(parameter, "control characters are not allowed");
            }
        }
        return decoded;
    }
}
