package dk.nextwork.identity.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * How long to wait after failed sign-ins: nothing for the first few, then a pause that doubles
 * with each further failure up to a ceiling, so guessing gets slower and slower.
 */
public record SignInBackoff(int freeAttempts, Duration first, Duration longest) {

    /** Per e-mail address at one client address: 5 tries, then 1 minute, 2, 4, … up to 1 hour. */
    public static final SignInBackoff ACCOUNT_AT_CLIENT = new SignInBackoff(5, Duration.ofMinutes(1), Duration.ofHours(1));
    /** Per client address, over all accounts: 20 tries, then 1 minute, doubling up to 1 hour. */
    public static final SignInBackoff CLIENT = new SignInBackoff(20, Duration.ofMinutes(1), Duration.ofHours(1));

    /** The end of the pause after this many failures in a row, or null when there is none. */
    public Instant lockUntil(long failures, Instant now) {
        if (failures < freeAttempts) {
            return null;
        }
        long doublings = Math.min(failures - freeAttempts, 20);
        Duration pause = first.multipliedBy(1L << doublings);
        return now.plus(pause.compareTo(longest) > 0 ? longest : pause);
    }
}
