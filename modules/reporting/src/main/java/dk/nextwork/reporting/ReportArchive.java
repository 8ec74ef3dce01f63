package dk.nextwork.reporting;

import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.reporting.internal.CohortContribution;
import dk.nextwork.reporting.internal.ReportStore;

/**
 * Writes reports made elsewhere straight into a session, for importing a programme's history from
 * an earlier system (and for the benchmark's national-scale data set). Nothing is checked: the
 * caller vouches for who filed what, and saves the session in batches of its choosing. Each
 * change marks the young person due in the programme's figures ({@link ProgrammeScores}), once per
 * save; the worker's sweep counts them (or {@link ProgrammeScores#rebuild} after a large import).
 */
public final class ReportArchive {

    private ReportArchive() {
    }

    /** Adds a report unless one for the same young person, form, period and rater is there already. */
    public static boolean add(Session session, Report report) throws RepositoryException {
        String name = ReportStore.name(report.instrument(), report.period(), report.rater(), report.raterId());
        if (ReportStore.find(session, report.youngPerson(), name).isPresent()) {
            return false;
        }
        ReportStore.write(ReportStore.create(session, report.youngPerson(), name), report);
        CohortContribution.markDue(session, report.youngPerson());
        return true;
    }

    /**
     * Writes a report in place of the one for the same young person, form, period and rater (its
     * earlier corrections stay), or adds it: for demo data that tells a story on top of another
     * module's, such as the signals module's rising absence.
     */
    public static void replace(Session session, Report report) throws RepositoryException {
        String name = ReportStore.name(report.instrument(), report.period(), report.rater(), report.raterId());
        Optional<Node> existing = ReportStore.find(session, report.youngPerson(), name);
        ReportStore.write(existing.isPresent() ? existing.get() : ReportStore.create(session, report.youngPerson(), name),
                report);
        CohortContribution.markDue(session, report.youngPerson());
    }

    /** Removes a report ({@link Report#id}) if it is there; returns whether it was. */
    public static boolean remove(Session session, String youngPerson, String id) throws RepositoryException {
        Optional<Node> existing = id == null || id.contains("/") ? Optional.empty() : ReportStore.find(session, youngPerson, id);
        if (existing.isEmpty()) {
            return false;
        }
        existing.get().remove();
        CohortContribution.markDue(session, youngPerson);
        return true;
    }
}
