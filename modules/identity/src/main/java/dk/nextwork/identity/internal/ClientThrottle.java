package dk.nextwork.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per client address, over all accounts, so that one address cannot try many
 * accounts. Kept in memory on each app node; a quiet address is forgotten after a day.
 */
public final class ClientThrottle {

    private static final int MAX_ADDRESSES = 100_000;

    private record Failures(long count, Instant last, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final SignInBackoff backoff;
    private final Clock clock;

    public ClientThrottle(SignInBackoff backoff, Clock clock) {
        this.backoff = backoff;
        this.clock = clock;
    }

    /** How long the address must wait before trying again; empty when it may try now. */
    public Optional<Duration> wait(String address) {
        Failures seen = failures.get(address);
        Instant now = clock.instant();
        if (seen == null || seen.lockedUntil() == null || !seen.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, seen.lockedUntil()));
    }

    /** Counts a failure; returns true when the address is now made to wait. */
    public boolean failed(String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_ADDRESSES) {
            failures.values().removeIf(f -> f.last().isBefore(now.minus(Duration.ofDays(1))));
        }
        Failures updated = failures.compute(address, (key, seen) -> {
            long count = seen == null || seen.last().isBefore(now.minus(Duration.ofDays(1))) ? 1 : seen.count() + 1;
            return new Failures(count, now, backoff.lockUntil(count, now));
        });
        return updated.lockedUntil() != null;
    }

    public void succeeded(String address) {
        failures.remove(address);
    }
}
