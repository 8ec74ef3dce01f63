package dk.nextwork.matching.internal;

import java.time.Duration;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.matching.MatchingNotices;
import dk.nextwork.platform.runtime.Recurring;

/** Sends the matching's e-mails every hour on each app node; the marks on rounds and proposals keep each to one. */
@ApplicationScoped
public class NoticeSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeSchedule.class);

    private final MatchingNotices notices;
    private Recurring timer;

    protected NoticeSchedule() {
        this(null);
    }

    @Inject
    public NoticeSchedule(MatchingNotices notices) {
        this.notices = notices;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        timer = Recurring.start("matching-notices", Duration.ofMinutes(3), Duration.ofHours(1), () -> {
            int sent = notices.send();
            if (sent > 0) {
                LOG.info("Sent {} matching e-mail(s)", sent);
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
