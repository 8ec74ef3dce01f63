package dk.nextwork.identity.internal;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Passwords are kept only as Argon2id hashes (OWASP's parameters: 19 MiB, 2 passes, 1 lane) in
 * the PHC string format, which carries its own salt and parameters.
 */
public final class PasswordHashing {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /** Verified against when an account does not exist, so that the answer takes as long. */
    private static final String DECOY = hash("a decoy that no account has");

    private PasswordHashing() {
    }

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public static boolean matches(String password, String hash) {
        if (password == null || hash == null || !hash.startsWith("$argon2")) {
            Password.check(password == null ? "" : password, DECOY).with(ARGON2ID);
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }
}
