package dk.nextwork.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.program.NetworkGroup;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.internal.ReportStore;

/**
 * What each person has to file: a company representative the weekly reports (due the Monday after
 * the week) and monthly assessments of the young people placed with their company today; a
 * counsellor the monthly assessments of their groups' young people (due the 7th of the next
 * month); a young person the questionnaire of the half-year, and, offered as optional, their own
 * view in the monthly assessment of this and last month while they were placed. Looks back
 * {@value #LOOK_BACK_WEEKS} weeks; submitted reports are listed while they can still be corrected.
 */
@ApplicationScoped
public class ReportsDue {

    public static final int LOOK_BACK_WEEKS = 8;
    public static final int MONTHLY_DUE_DAY = 7;

    private final PortalRepository repository;
    private final TraitConfiguration configuration;
    private final Programme programme;

    protected ReportsDue() {
        this(null, null, null);
    }

    @Inject
    public ReportsDue(PortalRepository repository, TraitConfiguration configuration, Programme programme) {
        this.repository = repository;
        this.configuration = configuration;
        this.programme = programme;
    }

    /** The user's reports to file and to correct on a day, overdue first, then by due date. */
    public List<DueReport> forUser(SignedInUser user, LocalDate today, Instant now) {
        List<Expected> expected = new ArrayList<>();
        CorrectionWindow window = configuration.current().definition().correctionWindow();
        if (user.has(Role.COMPANY_REP) && user.company() != null) {
            expected.addAll(forCompany(user.company(), programme.placementsAt(user.company()), today));
        }
        if (user.has(Role.COUNSELLOR)) {
            for (NetworkGroup group : programme.groupsLedBy(user.id())) {
                for (String youngPerson : group.members()) {
                    for (Period month = Period.of(Cadence.MONTHLY, today).previous(); !month.start().isAfter(today); month = month.next()) {
                        expected.add(new Expected(youngPerson, Instrument.MONTHLY_ASSESSMENT, month, Rater.COUNSELLOR, user.id()));
                    }
                }
            }
        }
        if (user.has(Role.YOUTH)) {
            expected.add(new Expected(user.id(), Instrument.QUESTIONNAIRE, Period.of(Cadence.HALF_YEARLY, today),
                    Rater.YOUNG_PERSON, user.id()));
            List<Placement> placements = programme.placementsOf(user.id());
            for (Period month = Period.of(Cadence.MONTHLY, today).previous(); !month.start().isAfter(today); month = month.next()) {
                Period shown = month;
                if (placements.stream().anyMatch(placement -> placement.overlaps(shown.start(), shown.end()))) {
                    expected.add(new Expected(user.id(), Instrument.MONTHLY_ASSESSMENT, month, Rater.YOUNG_PERSON, user.id()));
                }
            }
        }
        return resolve(expected, today, now, window).stream()
                .filter(item -> !item.isSubmitted() || window.isOpen(item.saved().orElseThrow(), now))
                .sorted(Comparator.comparing(DueReport::overdue).reversed().thenComparing(DueReport::dueBy)).toList();
    }

    /** The overdue reports of a company's young people on a day (for reminders). */
    public List<DueReport> overdueAt(String company, LocalDate today, Instant now) {
        CorrectionWindow window = configuration.current().definition().correctionWindow();
        return resolve(forCompany(company, programme.placementsAt(company), today), today, now, window).stream()
                .filter(item -> item.overdue() && !item.isSubmitted()).toList();
    }

    /**
     * How many reports are overdue at each company on a day, counting as {@link #overdueAt} does,
     * from placements already read (those not on that day are passed over), in the caller's
     * session (so a report it has yet to save counts as it now stands): each report that may be
     * overdue is looked up by name in its young person's folder and only its status read; no query.
     * Companies with none overdue are left out. {@link OverdueReports} keeps these counts.
     */
    static Map<String, Integer> countOverdue(javax.jcr.Session session, Map<String, List<Placement>> byCompany,
                                             LocalDate today) throws javax.jcr.RepositoryException {
        List<Expected> expected = new ArrayList<>();
        byCompany.forEach((company, placements) -> expected.addAll(forCompany(company, placements, today)));
        // only what is past its due day can be overdue: the rest need not be looked up
        expected.removeIf(one -> one.instrument().isOptionalFor(one.rater())
                || !today.isAfter(dueBy(one.instrument(), one.period(), one.rater())));
        Map<String, Integer> overdue = new java.util.TreeMap<>();
        String folderOf = null;
        javax.jcr.Node folder = null;
        for (Expected one : expected) {
            if (!one.youngPerson().equals(folderOf)) {
                folderOf = one.youngPerson();
                String path = ReportStore.ROOT + "/" + folderOf;
                folder = folderOf.contains("/") || !session.nodeExists(path) ? null : session.getNode(path);
            }
            // overdue unless submitted: only the report's status is read, from its young person's folder
            String name = one.name();
            boolean submitted = folder != null && folder.hasNode(name)
                    && Report.Status.SUBMITTED.name().equals(folder.getNode(name).getProperty("status").getString());
            if (!submitted) {
                overdue.merge(one.raterId(), 1, Integer::sum);
            }
        }
        return overdue;
    }

    /** The reports a company's representatives file for the given placements that are on that day. */
    private static List<Expected> forCompany(String company, List<Placement> placements, LocalDate today) {
        List<Expected> expected = new ArrayList<>();
        LocalDate since = today.minusWeeks(LOOK_BACK_WEEKS);
        for (Placement placement : placements) {
            if (!placement.isActiveOn(today)) {
                continue;
            }
            LocalDate from = placement.start().isAfter(since) ? placement.start() : since;
            for (Period week = Period.of(Cadence.WEEKLY, from); !week.start().isAfter(today); week = week.next()) {
                expected.add(new Expected(placement.youngPerson(), Instrument.WEEKLY_REPORT, week, Rater.COMPANY, company));
            }
            Period month = Period.of(Cadence.MONTHLY, from.isAfter(today.minusMonths(1)) ? from : today.minusMonths(1));
            for (; !month.start().isAfter(today); month = month.next()) {
                expected.add(new Expected(placement.youngPerson(), Instrument.MONTHLY_ASSESSMENT, month, Rater.COMPANY, company));
            }
        }
        return expected;
    }

    /** A report someone is to file, before it is looked up. */
    private record Expected(String youngPerson, Instrument instrument, Period period, Rater rater, String raterId) {

        String name() {
            return ReportStore.name(instrument, period, rater, raterId);
        }
    }

    /**
     * Each expected report with the saved one, if any: read by its name in one session, not by
     * reading the young person's whole history (three years are some 160 reports).
     */
    private List<DueReport> resolve(List<Expected> expected, LocalDate today, Instant now, CorrectionWindow window) {
        if (expected.isEmpty()) {
            return List.of();
        }
        return repository.withServiceSession(session -> {
            List<DueReport> due = new ArrayList<>(expected.size());
            for (Expected one : expected) {
                Optional<Report> saved = one.youngPerson() == null || one.youngPerson().contains("/") ? Optional.empty()
                        : ReportStore.find(session, one.youngPerson(), one.name()).map(ReportsDue::read);
                due.add(due(one, saved, today, now, window));
            }
            return due;
        });
    }

    private static Report read(javax.jcr.Node node) {
        try {
            return ReportStore.read(node, false);
        } catch (javax.jcr.RepositoryException e) {
            throw new dk.nextwork.platform.repository.RepositoryFailure("a report could not be read", e);
        }
    }

    /** The day a report is due by; an optional one is due by nobody: the day is the last it can be given (the month after, as the form allows). */
    private static LocalDate dueBy(Instrument instrument, Period period, Rater rater) {
        return instrument.isOptionalFor(rater) ? period.next().end() : switch (instrument) {
            case WEEKLY_REPORT -> period.end().plusDays(1);
            case MONTHLY_ASSESSMENT -> period.next().start().plusDays(MONTHLY_DUE_DAY - 1);
            case QUESTIONNAIRE -> period.end();
        };
    }

    private static DueReport due(Expected one, Optional<Report> report, LocalDate today, Instant now, CorrectionWindow window) {
        boolean optional = one.instrument().isOptionalFor(one.rater());
        LocalDate dueBy = dueBy(one.instrument(), one.period(), one.rater());
        boolean submitted = report.map(Report::isSubmitted).orElse(false);
        Optional<Instant> correctable = report.flatMap(window::correctableUntil);
        return new DueReport(one.youngPerson(), one.instrument(), one.period(), dueBy, !optional && !submitted && today.isAfter(dueBy),
                report, correctable, optional);
    }
}
