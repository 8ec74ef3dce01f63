package dk.nextwork.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.identity.Accounts;
import dk.nextwork.reporting.Definition;
import dk.nextwork.reporting.Report;
import dk.nextwork.reporting.ScoreHistogram;

/**
 * Brings young people's contributions ({@link CohortContribution}) and the programme's kept
 * figures ({@link HistogramStore}) up to date, in the caller's session (the caller saves, so a
 * batch is applied whole or not at all). A young person counts while their account is an active
 * young person's, as in the lists of young people; their scores come from {@link ScoreCalculator},
 * exactly as their score history does.
 */
public final class ContributionRefresh {

    /** The rules scores are computed by: the configuration in force and how to read the versions reports were made under. */
    public record Scoring(int version, Definition current, IntFunction<Definition> versions, LocalDate today) {
    }

    private ContributionRefresh() {
    }

    /** The young people whose contribution is due: marked, or computed under another configuration version (or never). */
    public static List<String> due(Session session, int version) throws RepositoryException {
        List<String> due = new ArrayList<>();
        for (NodeIterator folders = session.getNode(ReportStore.ROOT).getNodes(); folders.hasNext(); ) {
            Node folder = folders.nextNode();
            if (CohortContribution.isDue(folder, version)) {
                due.add(folder.getName());
            }
        }
        return due;
    }

    /** Every young person with a reports folder. */
    public static List<String> all(Session session) throws RepositoryException {
        List<String> all = new ArrayList<>();
        for (NodeIterator folders = session.getNode(ReportStore.ROOT).getNodes(); folders.hasNext(); ) {
            all.add(folders.nextNode().getName());
        }
        return all;
    }

    /**
     * Computes the contribution of each of {@code youngPeople} that is due and applies the change to
     * the kept figures: their old points out, their new ones in. Returns how many were refreshed.
     */
    public static int refresh(Session session, Collection<String> youngPeople, Scoring scoring) throws RepositoryException {
        Map<CohortContribution.Cell, long[]> deltas = new HashMap<>();
        int refreshed = 0;
        for (String youngPerson : youngPeople) {
            Node folder = folder(session, youngPerson);
            if (folder == null || !CohortContribution.isDue(folder, scoring.version())) {
                continue;
            }
            CohortContribution.Kept kept = CohortContribution.read(folder);
            Set<CohortContribution.Point> now = compute(session, youngPerson, scoring);
            for (CohortContribution.Point old : kept.points()) {
                if (!now.contains(old)) {
                    deltas.computeIfAbsent(old.cell(), cell -> new long[ScoreHistogram.POINTS])[old.point()]--;
                }
            }
            for (CohortContribution.Point added : now) {
                if (!kept.points().contains(added)) {
                    deltas.computeIfAbsent(added.cell(), cell -> new long[ScoreHistogram.POINTS])[added.point()]++;
                }
            }
            CohortContribution.write(folder, now, scoring.version(), kept.marks());
            refreshed++;
        }
        HistogramStore.apply(session, deltas);
        return refreshed;
    }

    /**
     * Computes the contribution of each of {@code youngPeople} afresh, due or not, without touching
     * the kept figures: the first half of a rebuild, which {@link #recount} completes.
     */
    public static void recompute(Session session, Collection<String> youngPeople, Scoring scoring) throws RepositoryException {
        for (String youngPerson : youngPeople) {
            Node folder = folder(session, youngPerson);
            if (folder != null) {
                List<String> marks = CohortContribution.read(folder).marks();
                CohortContribution.write(folder, compute(session, youngPerson, scoring), scoring.version(), marks);
            }
        }
    }

    /**
     * Sets the kept figures to the sum of every young person's kept contribution, as one change:
     * a refresh saved meanwhile on another app node changes the same counts, and this save is then
     * refused as a conflict, to be counted again.
     */
    public static void recount(Session session) throws RepositoryException {
        Map<CohortContribution.Cell, long[]> totals = new HashMap<>();
        for (NodeIterator folders = session.getNode(ReportStore.ROOT).getNodes(); folders.hasNext(); ) {
            for (CohortContribution.Point point : CohortContribution.read(folders.nextNode()).points()) {
                totals.computeIfAbsent(point.cell(), cell -> new long[ScoreHistogram.POINTS])[point.point()]++;
            }
        }
        HistogramStore.replaceAll(session, totals);
    }

    /** The whole rebuild in one session, for installing (the demo's few young people); the caller saves. */
    public static void rebuildIn(Session session, Scoring scoring) throws RepositoryException {
        recompute(session, all(session), scoring);
        recount(session);
    }

    private static Node folder(Session session, String youngPerson) throws RepositoryException {
        String path = ReportStore.ROOT + "/" + youngPerson;
        return youngPerson.contains("/") || !session.nodeExists(path) ? null : session.getNode(path);
    }

    private static Set<CohortContribution.Point> compute(Session session, String youngPerson, Scoring scoring)
            throws RepositoryException {
        if (!Accounts.isActiveYoungPerson(session, youngPerson)) {
            return new HashSet<>(); // only active young people are in the programme's lists, so only they are counted
        }
        List<Report> reports = ReportStore.all(session, youngPerson);
        // every scored period up to the latest report's, whatever the clock says (a history stops at today)
        LocalDate until = scoring.today();
        for (Report report : reports) {
            if (report.isSubmitted() && ScoreCalculator.referenceDay(report).isAfter(until)) {
                until = ScoreCalculator.referenceDay(report);
            }
        }
        return CohortContribution.pointsOf(ScoreCalculator.history(youngPerson, scoring.version(), scoring.current(), reports,
                scoring.versions(), until));
    }
}
