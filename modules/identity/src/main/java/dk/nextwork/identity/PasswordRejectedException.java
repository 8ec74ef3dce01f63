package dk.nextwork.identity;

import dk.nextwork.platform.i18n.RefusedException;

/**
 * A password refused: a new one that does not meet the policy, a wrong current one, or one tried
 * too often; {@link #reason()} is a refusal key like every other ({@code identity.refused.password.tooShort},
 * {@code identity.refused.password.tryLater}, …) for the user's language.
 */
public class PasswordRejectedException extends RefusedException {

    public PasswordRejectedException(String reason, String message, Object... values) {
        super(reason, message, values);
    }
}
