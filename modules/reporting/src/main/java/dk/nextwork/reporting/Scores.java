package dk.nextwork.reporting;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.reporting.internal.ReportStore;
import dk.nextwork.reporting.internal.ScoreCalculator;

/**
 * A young person's development as scores per trait and dimension over their whole course, for
 * those who may follow the young person's course (audited): who may see them, and companies that
 * had them placed earlier. Computed from the reports on each call: one
 * young person's reports are the children of one node, so this stays fast at national scale.
 */
@ApplicationScoped
public class Scores {

    private final PortalRepository repository;
    private final TraitConfiguration configuration;
    private final PersonAccess access;
    private final Reports reports;

    protected Scores() {
        this(null, null, null, null);
    }

    @Inject
    public Scores(PortalRepository repository, TraitConfiguration configuration, PersonAccess access, Reports reports) {
        this.repository = repository;
        this.configuration = configuration;
        this.access = access;
        this.reports = reports;
    }

    public ScoreHistory history(Caller caller, String youngPerson) {
        access.readCourse(caller, youngPerson);
        Configuration current = configuration.current();
        List<Report> all = repository.withServiceSession(session -> ReportStore.all(session, youngPerson));
        return ScoreCalculator.history(youngPerson, current.version(), current.definition(), all, this::definition,
                reports.today());
    }

    /** The day scores are computed up to: today by the reports' clock. */
    public LocalDate today() {
        return reports.today();
    }

    /**
     * Whether a report counts in a score's period: it is submitted, by a rater whose ratings are
     * scored (not the young person's optional own view of a month), and its reference day (the
     * period's last day, or the day it was submitted if earlier) lies in the period.
     */
    public static boolean countsIn(Report report, Period period) {
        return report.isSubmitted() && report.instrument().scoredFrom(report.rater())
                && period.contains(ScoreCalculator.referenceDay(report));
    }

    private Definition definition(int version) {
        return configuration.version(version).definition();
    }
}
