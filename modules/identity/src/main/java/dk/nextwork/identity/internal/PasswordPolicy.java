package dk.nextwork.identity.internal;

import java.util.Locale;

import dk.nextwork.identity.PasswordRejectedException;

/**
 * What a new password must be: at least 12 characters (a passphrase of a few words is the easy
 * way), at most 200, not a common password or a variation of one, and not the person's own
 * e-mail address or name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    public static void check(String password, String email, String name) throws PasswordRejectedException {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new PasswordRejectedException("identity.refused.password.tooShort",
                    "the password must have at least " + MIN_LENGTH + " characters", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new PasswordRejectedException("identity.refused.password.tooLong",
                    "the password must have at most " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        if (CommonPasswords.isCommon(password)) {
            throw new PasswordRejectedException("identity.refused.password.common", "the password is too common");
        }
        String lower = password.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        String localPart = email == null ? "" : EmailAddresses.normalise(email).replaceFirst("@.*", "");
        String compactName = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        if ((localPart.length() >= 4 && lower.contains(localPart))
                || (compactName.length() >= 4 && lower.contains(compactName))) {
            throw new PasswordRejectedException("identity.refused.password.personal", "the password contains your name or e-mail address");
        }
    }
}
