package dk.nextwork.platform.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsers for common kinds of setting; each rejects bad text with a reason. */
public final class SettingParsers {

    private SettingParsers() {
    }

    public static int integerIn(String text, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(value + " is outside " + min + "-" + max);
        }
        return value;
    }

    /** {@code true}/{@code yes}/{@code 1} or {@code false}/{@code no}/{@code 0}. */
    public static Boolean bool(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }

    public static <E extends Enum<E>> E oneOf(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException("'" + text + "' is not one of: " + allowed);
        }
    }

    public static String nonBlank(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("must not be empty");
        }
        return text;
    }

    /** An http:// or https:// address, without a trailing slash. */
    public static String httpUrl(String text) {
        String trimmed = text.trim().replaceAll("/+$", "");
        if (!trimmed.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new IllegalArgumentException("must be an http:// or https:// address");
        }
        return trimmed;
    }

    public static String postgresJdbcUrl(String text) {
        if (!text.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("'" + text + "' is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        return text;
    }
}
