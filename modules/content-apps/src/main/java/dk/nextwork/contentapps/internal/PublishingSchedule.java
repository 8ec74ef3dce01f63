package dk.nextwork.contentapps.internal;

import java.time.Instant;
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

import dk.nextwork.contentapps.Publishing;

/**
 * Runs scheduled publishing every half minute on each app node. Several nodes may look at the
 * same moment: the repository lets one change win, and the others find nothing due any more.
 */
@ApplicationScoped
public class PublishingSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(PublishingSchedule.class);
    private static final long PERIOD_SECONDS = 30;

    private final Publishing publishing;
    private ScheduledExecutorService timer;

    /** For CDI's client proxy only. */
    protected PublishingSchedule() {
        this(null);
    }

    @Inject
    public PublishingSchedule(Publishing publishing) {
        this.publishing = publishing;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "nextwork-publishing-schedule");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::runDue, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void runDue() {
        try {
            int changed = publishing.runDue(Instant.now());
            if (changed > 0) {
                LOG.info("Scheduled publishing changed {} item(s)", changed);
            }
        } catch (Exception e) {
            LOG.warn("Scheduled publishing failed; trying again in {} s", PERIOD_SECONDS, e);
        }
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
