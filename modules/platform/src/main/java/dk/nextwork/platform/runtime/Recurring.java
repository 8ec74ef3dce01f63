package dk.nextwork.platform.runtime;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work a module repeats in the background on each app node (scheduled publishing, reminders): a
 * daemon thread of its own; a failed turn is logged and the work tried again at the next one.
 */
public final class Recurring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Recurring.class);

    /** One turn of the work. */
    @FunctionalInterface
    public interface Turn {
        void run() throws Exception;
    }

    private final ScheduledExecutorService timer;

    private Recurring(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Runs the work after {@code first}, then {@code every} after each turn ends. */
    public static Recurring start(String name, Duration first, Duration every, Turn work) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "nextwork-" + name);
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                work.run();
            } catch (Exception e) {
                LOG.warn("{} failed; trying again in {} s", name, every.toSeconds(), e);
            }
        }, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return new Recurring(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
