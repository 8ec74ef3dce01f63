package dk.nextwork.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The programme's time: it runs in Roskilde, so its days (a report's week, a placement's last
 * day, "today") begin and end in Danish time, whatever zone the server is set to.
 */
public final class PortalTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private PortalTime() {
    }

    /** The programme's date today by the clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The programme's date at an instant. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
