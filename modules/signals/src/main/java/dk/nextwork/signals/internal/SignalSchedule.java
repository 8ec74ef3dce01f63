package dk.nextwork.signals.internal;

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
import dk.nextwork.signals.Signals;

/**
 * Runs detection a minute after each start (so a fresh demo soon has its signals, and a start stays quiet) and then once
 * a day on each app node. Detection is idempotent, so a second node or a restart raises nothing twice.
 */
@ApplicationScoped
public class SignalSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(SignalSchedule.class);

    private final Signals signals;
    private Recurring timer;

    protected SignalSchedule() {
        this(null);
    }

    @Inject
    public SignalSchedule(Signals signals) {
        this.signals = signals;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        timer = Recurring.start("signals", Duration.ofMinutes(1), Duration.ofDays(1), () -> {
            int raised = signals.detect(signals.today());
            LOG.info("Signals detected: {} raised", raised);
        });
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.close();
        }
    }
}
