package dk.nextwork.reporting.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import dk.nextwork.platform.runtime.Recurring;
import dk.nextwork.reporting.ProgrammeScores;
import dk.nextwork.reporting.TraitConfiguration;

/**
 * The background worker that keeps {@link ProgrammeScores} on this app node: every
 * {@value ProgrammeScores#WORKER_DELAY_SECONDS} seconds it refreshes the young people that saves
 * here asked for; at start-up, every {@value ProgrammeScores#SWEEP_MINUTES} minutes and after a
 * change of the trait configuration (on any app node) it sweeps for everyone due, so a mark left
 * by a node that stopped, or by a save elsewhere, is not missed.
 */
@ApplicationScoped
public class ProgrammeScoresWorker implements RefreshRequests {

    private static final Logger LOG = LoggerFactory.getLogger(ProgrammeScoresWorker.class);
    private static final Duration TURN = Duration.ofSeconds(ProgrammeScores.WORKER_DELAY_SECONDS);
    private static final long SWEEP_NANOS = Duration.ofMinutes(ProgrammeScores.SWEEP_MINUTES).toNanos();

    private final ProgrammeScores scores;
    private final TraitConfiguration configuration;
    private final Set<String> requested = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean sweepWanted = new AtomicBoolean(true); // the first turn sweeps: start-up
    private long lastSweep;
    private Recurring timer;
    private AutoCloseable configurationWatch; // set on the worker's thread, at its first turn

    protected ProgrammeScoresWorker() {
        this(null, null);
    }

    @Inject
    public ProgrammeScoresWorker(ProgrammeScores scores, TraitConfiguration configuration) {
        this.scores = scores;
        this.configuration = configuration;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        // nothing that reaches the repository here: the platform starts on the same event, perhaps after this
        timer = Recurring.start("programme-scores", TURN, TURN, this::turn);
    }

    @Override
    public void soon(String youngPerson) {
        requested.add(youngPerson);
    }

    /** One turn on the worker's thread: a sweep when one is wanted or due, else the young people asked for. Returns how many were refreshed. */
    int turn() {
        if (configurationWatch == null) {
            configurationWatch = configuration.onChange(() -> sweepWanted.set(true));
        }
        List<String> asked = new ArrayList<>();
        for (String youngPerson : requested) {
            if (requested.remove(youngPerson)) {
                asked.add(youngPerson);
            }
        }
        long now = System.nanoTime();
        if (sweepWanted.getAndSet(false) || now - lastSweep >= SWEEP_NANOS) {
            lastSweep = now;
            int refreshed = scores.refreshNow(); // those asked for are among the due
            if (refreshed > 0) {
                LOG.info("Counted {} young people's scores again in the programme's figures", refreshed);
            }
            return refreshed;
        }
        return asked.isEmpty() ? 0 : scores.refresh(asked);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.close();
        }
        if (configurationWatch != null) {
            try {
                configurationWatch.close();
            } catch (Exception e) {
                LOG.debug("Stopped watching the trait configuration", e);
            }
        }
    }
}
