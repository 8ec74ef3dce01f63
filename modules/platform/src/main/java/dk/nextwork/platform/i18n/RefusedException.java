package dk.nextwork.platform.i18n;

import java.util.List;

/**
 * Something a user asked for that the rules refuse, and nothing was changed. {@code reason} is a
 * text key ({@code <module>.refused.…}) and {@code values} fill in its {0}, {1}, …, so the user is
 * told why in their own language. Each module has its own kind.
 */
public abstract class RefusedException extends Exception {

    private final String reason;
    private final transient List<Object> values;

    protected RefusedException(String reason, String message, Object... values) {
        super(message);
        this.reason = reason;
        this.values = java.util.Collections.unmodifiableList(java.util.Arrays.asList(values.clone()));
    }

    /** With the reason and the values as the message, for logs. */
    protected RefusedException(String reason, Object... values) {
        this(reason, reason + " " + java.util.Arrays.toString(values), values);
    }

    public String reason() {
        return reason;
    }

    public Object[] values() {
        return values.toArray();
    }
}
