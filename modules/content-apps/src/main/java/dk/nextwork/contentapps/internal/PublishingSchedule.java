package dk.nextwork.contentapps.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import dk.nextwork.contentapps.Publishing;
import dk.nextwork.platform.runtime.Recurring;

/**
 * Runs scheduled publishing every half minute on each app node. Several nodes may look at the
 * same moment: the repository lets one change win, and the others find nothing due any more.
 */
@ApplicationScoped
public class PublishingSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(PublishingSchedule.class);
    private static final Duration PERIOD = Duration.ofSeconds(30);

    private final Publishing publishing;
    private Recurring timer;

    /** For CDI's client proxy only. */
    protected PublishingSchedule() {
        this(null);
    }

    @Inject
    public PublishingSchedule(Publishing publishing) {
        this.publishing = publishing;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        timer = Recurring.start("publishing-schedule", PERIOD, PERIOD, () -> {
            int changed = publishing.runDue();
            if (changed > 0) {
                LOG.info("Scheduled publishing changed {} item(s)", changed);
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
