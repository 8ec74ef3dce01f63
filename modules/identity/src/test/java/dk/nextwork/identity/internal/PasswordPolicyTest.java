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
        assertEquals("identity.refused.password.tooShort", reason("kort-kode1"));
        assertEquals("identity.refused.password.tooShort", reason(""));
        assertEquals("identity.refused.password.tooLong", reason("x".repeat(201)));
    }

    @Test
    void commonPasswordsAndTheirObviousVariationsAreRefused() {
        assertEquals("identity.refused.password.common", reason("1qaz2wsx3edc"));
        assertEquals("identity.refused.password.common", reason("Password2024!"));
        assertEquals("identity.refused.password.common", reason("qwertyqwerty"));
        assertEquals("identity.refused.password.common", reason("aaaaaaaaaaaaaaaa"));
        assertEquals("identity.refused.password.common", reason("abcabcabcabc"));
        assertEquals("identity.refused.password.common", reason("Sommerfugl1234"), "a common Danish one");
    }

    @Test
    void aPasswordWithTheOwnersNameOrAddressIsRefused() {
        assertEquals("identity.refused.password.personal", reason("mikkel.holm-2026"));
        assertEquals("identity.refused.password.personal", reason("jeg er MikkelHolm"));
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
