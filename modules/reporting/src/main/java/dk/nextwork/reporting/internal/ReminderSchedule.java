package dk.nextwork.reporting.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import dk.nextwork.reporting.Reminders;

/**
 * Looks for overdue reports every hour on each app node; {@link Reminders} remembers when each
 * company was reminded, so a company gets one e-mail a week at most.
 */
@ApplicationScoped
public class ReminderSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);
    private static final long FIRST_MINUTES = 2;
    private static final long PERIOD_MINUTES = 60;

    private final Reminders reminders;
    private ScheduledExecutorService timer;

    protected ReminderSchedule() {
        this(null);
    }

    @Inject
    public ReminderSchedule(Reminders reminders) {
        this.reminders = reminders;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "nextwork-report-reminders");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::send, FIRST_MINUTES, PERIOD_MINUTES, TimeUnit.MINUTES);
    }

    private void send() {
        try {
            int sent = reminders.send();
            if (sent > 0) {
                LOG.info("Sent {} reminder(s) of overdue reports", sent);
            }
        } catch (Exception e) {
            LOG.warn("Reminders of overdue reports could not be sent; trying again in {} minutes", PERIOD_MINUTES, e);
        }
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
