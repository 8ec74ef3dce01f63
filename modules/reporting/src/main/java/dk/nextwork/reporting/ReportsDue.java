package dk.nextwork.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        List<DueReport> due = new ArrayList<>();
        CorrectionWindow window = configuration.current().definition().correctionWindow();
        if (user.has(Role.COMPANY_REP) && user.company() != null) {
            due.addAll(forCompany(user.company(), today, now, window));
        }
        if (user.has(Role.COUNSELLOR)) {
            for (NetworkGroup group : programme.groupsLedBy(user.id())) {
                for (String youngPerson : group.members()) {
                    Map<String, Report> saved = saved(youngPerson);
                    for (Period month = Period.of(Cadence.MONTHLY, today).previous(); !month.start().isAfter(today); month = month.next()) {
                        due.add(due(youngPerson, Instrument.MONTHLY_ASSESSMENT, month, Rater.COUNSELLOR, user.id(), saved, today, now, window));
                    }
                }
            }
        }
        if (user.has(Role.YOUTH)) {
            Map<String, Report> saved = saved(user.id());
            due.add(due(user.id(), Instrument.QUESTIONNAIRE, Period.of(Cadence.HALF_YEARLY, today), Rater.YOUNG_PERSON,
                    user.id(), saved, today, now, window));
            List<Placement> placements = programme.placementsOf(user.id());
            for (Period month = Period.of(Cadence.MONTHLY, today).previous(); !month.start().isAfter(today); month = month.next()) {
                Period shown = month;
                if (placements.stream().anyMatch(placement -> placement.overlaps(shown.start(), shown.end()))) {
                    due.add(due(user.id(), Instrument.MONTHLY_ASSESSMENT, month, Rater.YOUNG_PERSON, user.id(), saved, today,
                            now, window));
                }
            }
        }
        return due.stream().filter(item -> !item.isSubmitted() || window.isOpen(item.saved().orElseThrow(), now))
                .sorted(Comparator.comparing(DueReport::overdue).reversed().thenComparing(DueReport::dueBy)).toList();
    }

    /** The overdue reports of a company's young people on a day (for reminders). */
    public List<DueReport> overdueAt(String company, LocalDate today, Instant now) {
        CorrectionWindow window = configuration.current().definition().correctionWindow();
        return forCompany(company, today, now, window).stream().filter(item -> item.overdue() && !item.isSubmitted()).toList();
    }

    private List<DueReport> forCompany(String company, LocalDate today, Instant now, CorrectionWindow window) {
        List<DueReport> due = new ArrayList<>();
        LocalDate since = today.minusWeeks(LOOK_BACK_WEEKS);
        for (Placement placement : programme.placementsAt(company)) {
            if (!placement.isActiveOn(today)) {
                continue;
            }
            Map<String, Report> saved = saved(placement.youngPerson());
            LocalDate from = placement.start().isAfter(since) ? placement.start() : since;
            for (Period week = Period.of(Cadence.WEEKLY, from); !week.start().isAfter(today); week = week.next()) {
                due.add(due(placement.youngPerson(), Instrument.WEEKLY_REPORT, week, Rater.COMPANY, company, saved, today, now, window));
            }
            Period month = Period.of(Cadence.MONTHLY, from.isAfter(today.minusMonths(1)) ? from : today.minusMonths(1));
            for (; !month.start().isAfter(today); month = month.next()) {
                due.add(due(placement.youngPerson(), Instrument.MONTHLY_ASSESSMENT, month, Rater.COMPANY, company, saved, today, now, window));
            }
        }
        return due;
    }

    private Map<String, Report> saved(String youngPerson) {
        return repository.withServiceSession(session -> ReportStore.all(session, youngPerson)).stream()
                .collect(Collectors.toMap(Report::id, Function.identity()));
    }

    private static DueReport due(String youngPerson, Instrument instrument, Period period, Rater rater, String raterId,
                                 Map<String, Report> saved, LocalDate today, Instant now, CorrectionWindow window) {
        boolean optional = instrument.isOptionalFor(rater);
        // an optional one is due by nobody: the day shown is the last it can be given (the month after, as the form allows)
        LocalDate dueBy = optional ? period.next().end() : switch (instrument) {
            case WEEKLY_REPORT -> period.end().plusDays(1);
            case MONTHLY_ASSESSMENT -> period.next().start().plusDays(MONTHLY_DUE_DAY - 1);
            case QUESTIONNAIRE -> period.end();
        };
        Optional<Report> report = Optional.ofNullable(saved.get(ReportStore.name(instrument, period, rater, raterId)));
        boolean submitted = report.map(Report::isSubmitted).orElse(false);
        Optional<Instant> correctable = report.flatMap(window::correctableUntil);
        return new DueReport(youngPerson, instrument, period, dueBy, !optional && !submitted && today.isAfter(dueBy), report,
                correctable, optional);
    }
}
