package dk.nextwork.messaging.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import dk.nextwork.messaging.digest.Digests;
import dk.nextwork.platform.runtime.Recurring;

/**
 * Looks for digests due every quarter of an hour on each app node; {@link Digests} notes each
 * person's day before their digest goes out, so nobody gets two.
 */
@ApplicationScoped
public class DigestSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(DigestSchedule.class);

    private final Digests digests;
    private Recurring timer;

    protected DigestSchedule() {
        this(null);
    }

    @Inject
    public DigestSchedule(Digests digests) {
        this.digests = digests;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        timer = Recurring.start("message-digests", Duration.ofMinutes(3), Duration.ofMinutes(15), () -> {
            int sent = digests.sendDue();
            if (sent > 0) {
                LOG.info("Sent {} digest(s) of unread messages", sent);
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
