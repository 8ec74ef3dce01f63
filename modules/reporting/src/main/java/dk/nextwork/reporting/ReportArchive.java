package dk.nextwork.reporting;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.reporting.internal.ReportStore;

/**
 * Writes reports made elsewhere straight into a session, for importing a programme's history from
 * an earlier system (and for the benchmark's national-scale data set). Nothing is checked: the
 * caller vouches for who filed what, and saves the session in batches of its choosing.
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
        return true;
    }

    /**
     * Writes a report in place of the one for the same young person, form, period and rater (its
     * earlier corrections stay), or adds it: for demo data that tells a story on top of another
     * module's, such as the signals module's rising absence.
     */
    public static void replace(Session session, Report report) throws RepositoryException {
        String name = ReportStore.name(report.instrument(), report.period(), report.rater(), report.raterId());
        java.util.Optional<javax.jcr.Node> existing = ReportStore.find(session, report.youngPerson(), name);
        ReportStore.write(existing.isPresent() ? existing.get() : ReportStore.create(session, report.youngPerson(), name),
                report);
    }
}
