package dk.nextwork.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInBackoffTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void thePauseDoublesAfterTheFreeAttemptsUpToTheCeiling() {
        SignInBackoff backoff = SignInBackoff.ACCOUNT_AT_CLIENT;
        assertNull(backoff.lockUntil(4, NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(1)), backoff.lockUntil(5, NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(2)), backoff.lockUntil(6, NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(32)), backoff.lockUntil(10, NOW));
        assertEquals(NOW.plus(Duration.ofHours(1)), backoff.lockUntil(11, NOW));
        assertEquals(NOW.plus(Duration.ofHours(1)), backoff.lockUntil(500, NOW));
    }
}
