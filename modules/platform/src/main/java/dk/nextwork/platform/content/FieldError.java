package dk.nextwork.platform.content;

/** Why one field's value was refused, in words a person can act on. */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
