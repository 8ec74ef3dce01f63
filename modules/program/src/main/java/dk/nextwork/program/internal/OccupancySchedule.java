package dk.nextwork.program.internal;

import java.time.Duration;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import dk.nextwork.platform.runtime.Recurring;
import dk.nextwork.program.Occupancy;

/**
 * Rolls {@link Occupancy}'s counts on to the new day every hour on each app node (a minute after
 * start, then hourly), so the first reader after midnight seldom has to; rolling on a day that is
 * counted already does nothing.
 */
@ApplicationScoped
public class OccupancySchedule {

    private final Occupancy occupancy;
    private Recurring timer;

    protected OccupancySchedule() {
        this(null);
    }

    @Inject
    public OccupancySchedule(Occupancy occupancy) {
        this.occupancy = occupancy;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        timer = Recurring.start("occupancy", Duration.ofMinutes(1), Duration.ofHours(1), occupancy::rollOn);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.close();
        }
    }
}
