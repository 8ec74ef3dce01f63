package dk.nextwork.contentapps;

import java.util.List;

/**
 * An editing action that cannot be done, and nothing was changed. {@code reason} is a text key
 * ({@code content.refused.*}) and {@code values} fill it in.
 */
public class EditRefusedException extends Exception {

    private final String reason;
    private final transient List<Object> values;

    public EditRefusedException(String reason, Object... values) {
        super(reason + " " + List.of(values));
        this.reason = reason;
        this.values = List.of(values);
    }

    public String reason() {
        return reason;
    }

    public Object[] values() {
        return values.toArray();
    }
}
