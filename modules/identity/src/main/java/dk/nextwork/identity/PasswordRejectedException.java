package dk.nextwork.identity;

/**
 * A new password that does not meet the policy; {@link #reason()} is a key of the identity
 * module's texts ({@code password.tooShort}, {@code password.common}, …) for the user's language.
 */
public class PasswordRejectedException extends Exception {

    private final String reason;

    public PasswordRejectedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
