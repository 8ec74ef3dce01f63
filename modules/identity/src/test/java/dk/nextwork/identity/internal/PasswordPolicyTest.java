package dk.nextwork.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dk.nextwork.identity.PasswordRejectedException;

class PasswordPolicyTest {

    private static String reason(String password) {
        return assertThrows(PasswordRejectedException.class,
                () -> PasswordPolicy.check(password, "mikkel.holm@example.org", "Mikkel Holm")).reason();
    }

    @Test
    void shortPasswordsAreRefused() {
        assertEquals("password.tooShort", reason("kort-kode1"));
        assertEquals("password.tooShort", reason(""));
        assertEquals("password.tooLong", reason("x".repeat(201)));
    }

    @Test
    void commonPasswordsAndTheirObviousVariationsAreRefused() {
        assertEquals("password.common", reason("1qaz2wsx3edc"));
        assertEquals("password.common", reason("Password2024!"));
        assertEquals("password.common", reason("qwertyqwerty"));
        assertEquals("password.common", reason("aaaaaaaaaaaaaaaa"));
        assertEquals("password.common", reason("abcabcabcabc"));
        assertEquals("password.common", reason("Sommerfugl1234"), "a common Danish one");
    }

    @Test
    void aPasswordWithTheOwnersNameOrAddressIsRefused() {
        assertEquals("password.personal", reason("mikkel.holm-2026"));
        assertEquals("password.personal", reason("jeg er MikkelHolm"));
    }

    @Test
    void aPassphraseOfAFewWordsIsAccepted() throws Exception {
        PasswordPolicy.check("tre grønne heste løber", "mikkel.holm@example.org", "Mikkel Holm");
        PasswordPolicy.check("Kaffe-Cykel-Regnvejr-7", "mikkel.holm@example.org", "Mikkel Holm");
        assertTrue(true);
    }

    @Test
    void hashesAreArgon2idWithTheirOwnSaltAndVerify() {
        String first = PasswordHashing.hash("tre grønne heste løber");
        String second = PasswordHashing.hash("tre grønne heste løber");
        assertTrue(first.startsWith("$argon2id$"), first);
        assertTrue(!first.equals(second), "salted");
        assertTrue(PasswordHashing.matches("tre grønne heste løber", first));
        assertTrue(!PasswordHashing.matches("tre grønne heste løbe", first));
        assertTrue(!PasswordHashing.matches("tre grønne heste løber", null), "no hash, no match");
    }
}
