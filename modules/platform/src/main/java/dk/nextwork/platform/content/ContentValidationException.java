package dk.nextwork.platform.content;

import java.util.List;

/** Content was refused; nothing was written. One error per field that is wrong. */
public class ContentValidationException extends Exception {

    private final List<FieldError> errors;

    public ContentValidationException(List<FieldError> errors) {
        super("Invalid content: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
