package dk.nextwork.identity;

/**
 * A password refused: a new one that does not meet the policy, a wrong current one, or one tried
 * too often; {@link #reason()} is a key of the identity module's texts ({@code password.tooShort},
 * {@code password.common}, {@code password.tryLater}, …) for the user's language.
 */
public class PasswordRejectedException extends Exception {

    private final String reason;
    private final Object[] values;

    public PasswordRejectedException(String reason, String message, Object... values) {
        super(message);
        this.reason = reason;
        this.values = values.clone();
    }

    public String reason() {
        return reason;
    }

    /** What the reason's text needs filled in (such as the minutes to wait). */
    public Object[] values() {
        return values.clone();
    }
}
