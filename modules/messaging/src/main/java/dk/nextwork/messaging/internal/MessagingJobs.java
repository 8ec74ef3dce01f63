package dk.nextwork.messaging.internal;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import dk.nextwork.messaging.digest.Digests;
import dk.nextwork.messaging.retention.MessageRetention;
import dk.nextwork.platform.runtime.Recurring;

/**
 * The messaging's background work on each app node: the digests due, every quarter of an hour
 * ({@link Digests} notes each person's day before their mail goes out, so nobody gets two), and
 * the conversations whose time is up, every six hours (one already deleted is simply not there).
 */
@ApplicationScoped
public class MessagingJobs {

    private static final Logger LOG = LoggerFactory.getLogger(MessagingJobs.class);

    private final Digests digests;
    private final MessageRetention retention;
    private final List<Recurring> timers = new java.util.ArrayList<>();

    protected MessagingJobs() {
        this(null, null);
    }

    @Inject
    public MessagingJobs(Digests digests, MessageRetention retention) {
        this.digests = digests;
        this.retention = retention;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        timers.add(Recurring.start("message-digests", Duration.ofMinutes(3), Duration.ofMinutes(15), () -> {
            int sent = digests.sendDue();
            if (sent > 0) {
                LOG.info("Sent {} digest(s) of unread messages", sent);
            }
        }));
        timers.add(Recurring.start("message-retention", Duration.ofMinutes(10), Duration.ofHours(6), () -> {
            List<String> deleted = retention.deleteExpired();
            if (!deleted.isEmpty()) {
                LOG.info("Deleted {} conversation(s) of groups that ended long enough ago", deleted.size());
            }
        }));
    }

    @PreDestroy
    void stop() {
        timers.forEach(Recurring::close);
    }
}
