package dk.nextwork.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.RoleCheck;
import dk.nextwork.platform.repository.ClusterConflicts;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.reporting.internal.ContributionRefresh;
import dk.nextwork.reporting.internal.HistogramStore;

/**
 * The whole programme's dimension scores, kept as counts: per dimension and period a
 * {@link ScoreHistogram} of the active young people's scores, so the coordinator's cohort is read
 * from a few hundred small nodes instead of every young person's history.
 *
 * <p><b>How they are kept.</b> Each young person's part (which point in which dimension and period)
 * is kept with their reports, so a change is applied as a delta. A save that can change a score
 * (submitting or correcting a report, a report removed through {@link ReportArchive}, an account
 * turned off or on) marks the young person in the same save, on their own reports folder: no node
 * that every save writes. A change of the trait configuration makes everyone due. A background
 * worker on each app node refreshes the marked young people in batches (their history computed as
 * {@link Scores#history} does, the deltas applied, the marks cleared, one save per batch; a save
 * refused because another app node changed the same counts is tried again).
 *
 * <p><b>How fresh they are.</b> Eventually consistent: a save made through the services is counted
 * within about {@value #WORKER_DELAY_SECONDS} seconds on the app node where it was made (plus the
 * time of the batch, milliseconds per young person); a mark the worker did not see (the app node
 * stopped first, a report written straight into the repository) is found by the sweep at start-up
 * and every {@value #SWEEP_MINUTES} minutes. After a configuration change the whole programme is
 * counted again in the background: minutes at national scale, during which the figures mix the old
 * configuration's scores and the new. {@link #refreshNow} does the worker's work at once (tests,
 * and anyone who must read the figures right after a save); {@link #rebuild} counts everything
 * again from the reports.
 */
@ApplicationScoped
public class ProgrammeScores {

    /** How long after a save the worker on that app node looks. */
    public static final int WORKER_DELAY_SECONDS = 2;
    /** How often the worker looks for every young person due, wherever they were marked. */
    public static final int SWEEP_MINUTES = 10;
    /** Young people refreshed per save. */
    static final int BATCH = 200;

    private final PortalRepository repository;
    private final TraitConfiguration configuration;
    private final AuditTrail audit;
    private final Clock clock;
    // one refresh at a time on this app node: the worker's turns, refreshNow and rebuild
    private final ReentrantLock working = new ReentrantLock();

    protected ProgrammeScores() {
        this(null, null, null, Clock.systemUTC());
    }

    @Inject
    public ProgrammeScores(PortalRepository repository, TraitConfiguration configuration, AuditTrail audit) {
        this(repository, configuration, audit, Clock.systemUTC());
    }

    public ProgrammeScores(PortalRepository repository, TraitConfiguration configuration, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.configuration = configuration;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Each dimension of the configuration in force with its kept histograms, for coordinators (who
     * see the whole programme); refused, and the refusal audited, to anyone else. The figures name
     * nobody, so the read is audited once, not in any young person's trail.
     */
    public List<DimensionHistograms> dimensions(Caller caller) {
        if (!RoleCheck.holdsAny(caller.user(), Role.COORDINATOR)) {
            audit.record(caller, "scores.programme.refused", null, null);
            throw new AccessDeniedException("only coordinators see the whole programme's figures");
        }
        Configuration current = configuration.current();
        Map<String, Map<Period, ScoreHistogram>> kept = repository.withServiceSession(HistogramStore::readAll);
        List<DimensionHistograms> dimensions = new ArrayList<>();
        for (Dimension dimension : current.definition().dimensions()) {
            List<ScoreHistogram> periods = kept.getOrDefault(dimension.id(), Map.of()).values().stream()
                    .filter(histogram -> histogram.period().cadence() == dimension.cadence() && histogram.people() > 0)
                    .toList();
            dimensions.add(new DimensionHistograms(dimension.id(), dimension.name(), dimension.cadence(), periods));
        }
        audit.record(caller, "scores.programme.read", null, "counts per dimension and period");
        return dimensions;
    }

    /** Does the worker's work now: refreshes every young person due, wherever they were marked. Returns how many. */
    public int refreshNow() {
        working.lock();
        try {
            int version = configuration.current().version();
            return inBatches(repository.withServiceSession(session -> ContributionRefresh.due(session, version)));
        } finally {
            working.unlock();
        }
    }

    /** Refreshes those of the young people who are due (the worker's turn after saves). Returns how many. */
    public int refresh(Collection<String> youngPeople) {
        working.lock();
        try {
            return inBatches(List.copyOf(youngPeople));
        } finally {
            working.unlock();
        }
    }

    /**
     * Counts everything again from the reports: every young person's part computed afresh, then
     * the figures set to their sum in one save. For an installation whose reports were written
     * straight into the repository (an import, the benchmark) and for repairs; the worker keeps
     * them without it. Returns how many young people have a reports folder.
     */
    public int rebuild() {
        working.lock();
        try {
            List<String> all = repository.withServiceSession(ContributionRefresh::all);
            for (int from = 0; from < all.size(); from += BATCH) {
                List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
                ClusterConflicts.retry("count young people's scores again", () -> repository.withServiceSession(session -> {
                    ContributionRefresh.recompute(session, batch, scoring());
                    session.save();
                    return null;
                }));
            }
            ClusterConflicts.retry("set the programme's figures to the young people's", () -> repository.withServiceSession(
                    session -> {
                        ContributionRefresh.recount(session);
                        session.save();
                        return null;
                    }));
            return all.size();
        } finally {
            working.unlock();
        }
    }

    private int inBatches(List<String> youngPeople) {
        int refreshed = 0;
        for (int from = 0; from < youngPeople.size(); from += BATCH) {
            List<String> batch = youngPeople.subList(from, Math.min(youngPeople.size(), from + BATCH));
            refreshed += ClusterConflicts.retry("refresh the programme's figures", () -> repository.withServiceSession(session -> {
                int done = ContributionRefresh.refresh(session, batch, scoring());
                if (session.hasPendingChanges()) {
                    session.save();
                }
                return done;
            }));
        }
        return refreshed;
    }

    private ContributionRefresh.Scoring scoring() {
        Configuration current = configuration.current();
        return new ContributionRefresh.Scoring(current.version(), current.definition(),
                version -> configuration.version(version).definition(), PortalTime.today(clock));
    }
}
