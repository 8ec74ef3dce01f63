package dk.nextwork.reporting.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import dk.nextwork.platform.runtime.Recurring;
import dk.nextwork.reporting.Reminders;

/**
 * Looks for overdue reports every hour on each app node; {@link Reminders} remembers when each
 * company was reminded, so a company gets one e-mail a week at most.
 */
@ApplicationScoped
public class ReminderSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);

    private final Reminders reminders;
    private Recurring timer;

    protected ReminderSchedule() {
        this(null);
    }

    @Inject
    public ReminderSchedule(Reminders reminders) {
        this.reminders = reminders;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        timer = Recurring.start("report-reminders", Duration.ofMinutes(2), Duration.ofHours(1), () -> {
            int sent = reminders.send();
            if (sent > 0) {
                LOG.info("Sent {} reminder(s) of overdue reports", sent);
            }
        });
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.close();
        }
    }
}
