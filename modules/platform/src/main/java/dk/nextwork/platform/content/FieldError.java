package dk.nextwork.platform.content;

import java.util.List;

/**
 * Why one field's value was refused, in words a person can act on. {@code code} and
 * {@code values} let a user interface say the same in the user's language (text key
 * {@code content.error.<code>}, values as {0}, {1}, …).
 */
public record FieldError(String field, String message, String code, List<Object> values) {

    public FieldError {
        values = List.copyOf(values);
    }

    public FieldError(String field, String message) {
        this(field, message, "invalid", List.of(message));
    }

    /** The same error: the same field and message (the code and values only say the message again). */
    @Override
    public boolean equals(Object other) {
        return other instanceof FieldError error && field.equals(error.field) && message.equals(error.message);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(field, message);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
