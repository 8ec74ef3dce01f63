package dk.nextwork.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.jcr.Node;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RefusableWork;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.internal.CohortContribution;
import dk.nextwork.reporting.internal.RefreshRequests;
import dk.nextwork.reporting.internal.ReportStore;

/**
 * Filing weekly reports, monthly assessments and questionnaires. Who may file: a representative
 * of the company where the young person was placed in the period (weekly report, monthly
 * assessment), the counsellor of the young person's group (monthly assessment, with the
 * {@link Likelihood} question), the young person (questionnaire, and optionally their own view in
 * the monthly assessment of a month they were placed in). A draft is saved as often as the form changes; a submitted report can be
 * corrected for the configured number of days, and what it said before is kept. Saving a company's
 * report recounts the company's {@link OverdueReports} in the same save.
 */
@ApplicationScoped
public class Reports {
    public static final int MAX_COMMENT = 2000;
    public static final int MAX_ABSENCE_HOURS = 45;

    private final PortalRepository repository;
    private final TraitConfiguration configuration;
    private final Programme programme;
    private final PersonAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final RefreshRequests refreshes;

    protected Reports() {
        this(null, null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public Reports(PortalRepository repository, TraitConfiguration configuration, Programme programme, PersonAccess access,
                   AuditTrail audit, RefreshRequests refreshes) {
        this(repository, configuration, programme, access, audit, Clock.systemUTC(), refreshes);
    }

    /** Wired by hand, without a worker: the programme's figures follow at {@link ProgrammeScores#refreshNow}. */
    public Reports(PortalRepository repository, TraitConfiguration configuration, Programme programme, PersonAccess access,
                   AuditTrail audit) {
        this(repository, configuration, programme, access, audit, Clock.systemUTC(), RefreshRequests.NONE);
    }

    /** Wired by hand, without a worker, at another clock. */
    public Reports(PortalRepository repository, TraitConfiguration configuration, Programme programme, PersonAccess access,
                   AuditTrail audit, Clock clock) {
        this(repository, configuration, programme, access, audit, clock, RefreshRequests.NONE);
    }

    Reports(PortalRepository repository, TraitConfiguration configuration, Programme programme, PersonAccess access,
            AuditTrail audit, Clock clock, RefreshRequests refreshes) {
        this.repository = repository;
        this.configuration = configuration;
        this.programme = programme;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.refreshes = refreshes;
    }

    public LocalDate today() {
        return PortalTime.today(clock);
    }

    /** The moment the reporting rules go by (the correction window, what is due). */
    public Instant now() {
        return clock.instant();
    }

    /** The correction window in force. */
    public CorrectionWindow correctionWindow() {
        return configuration.current().definition().correctionWindow();
    }

    /** For a submitted report, the last moment it can be corrected. */
    public Optional<Instant> correctableUntil(Report report) {
        return correctionWindow().correctableUntil(report);
    }

    /** Whether a report can be corrected now: submitted, and its correction window still open. */
    public boolean isCorrectable(Report report) {
        return correctionWindow().isOpen(report, clock.instant());
    }

    /** Who files as whom: the rater kind and the company or account it stands for. */
    public record Seat(Rater rater, String raterId) {
    }

    /**
     * The report the user would fill in for a young person and period: the saved one, or a new
     * empty draft under the configuration in force (not stored until saved). Refused when the
     * user may not file it.
     */
    public Report open(Caller caller, String youngPerson, Instrument instrument, Period period)
            throws ReportingRefusedException {
        SignedInUser by = caller.user();
        Seat seat = seat(caller, youngPerson, instrument, period);
        checkWindow(instrument, period);
        String name = ReportStore.name(instrument, period, seat.rater(), seat.raterId());
        Optional<Report> saved = repository.withServiceSession(session -> {
            Optional<Node> node = ReportStore.find(session, youngPerson, name);
            return node.isPresent() ? Optional.of(ReportStore.read(node.get(), true)) : Optional.empty();
        });
        audit.record(caller, "report.open", youngPerson, name);
        if (saved.isPresent()) {
            return saved.get();
        }
        return new Report(name, youngPerson, instrument, period, seat.rater(), seat.raterId(), configuration.current().version(),
                Map.of(), "", Optional.empty(), Report.Status.DRAFT, clock.instant(), by.id(), Optional.empty(), List.of());
    }

    /** Keeps what the form holds as a draft; nothing is checked for completeness yet. */
    public Report saveDraft(Caller caller, ReportInput input) throws ReportingRefusedException {
        return save(caller, input, false);
    }

    /** Submits a report, or corrects a submitted one while the correction window is open. */
    public Report submit(Caller caller, ReportInput input) throws ReportingRefusedException {
        return save(caller, input, true);
    }

    private Report save(Caller caller, ReportInput input, boolean submit)
            throws ReportingRefusedException {
        SignedInUser by = caller.user();
        if (input.period() == null || input.instrument() == null || input.period().cadence() != input.instrument().cadence()) {
            throw new ReportingRefusedException("reporting.refused.period");
        }
        Seat seat = seat(caller, input.youngPerson(), input.instrument(), input.period());
        checkWindow(input.instrument(), input.period());
        Instant now = clock.instant();
        String name = ReportStore.name(input.instrument(), input.period(), seat.rater(), seat.raterId());
        int currentVersion = configuration.current().version();
        // the company's overdue count is recounted in the same save: a representative saving another report at the
        // same moment changes it too, and the one saved second runs again
        Report saved = RefusableWork.runAgainOnConflict(repository, ReportingRefusedException.class, session -> {
            Optional<Node> existing = ReportStore.find(session, input.youngPerson(), name);
            Report before = existing.isPresent() ? ReportStore.read(existing.get(), false) : null;
            // a report keeps the configuration version it was first saved under, so its ratings keep their meaning
            int version = before == null ? currentVersion : before.configVersion();
            checkValues(configuration.version(version).definition(), input, seat.rater(), submit);
            Optional<Instant> submitted = Optional.empty();
            if (before != null && before.isSubmitted()) {
                if (!submit) {
                    throw new ReportingRefusedException("reporting.refused.alreadySubmitted");
                }
                CorrectionWindow window = configuration.current().definition().correctionWindow();
                if (!window.isOpen(before, now)) {
                    throw new ReportingRefusedException("reporting.refused.correctionClosed", window.days());
                }
                ReportStore.keepCorrection(existing.get(), now, by.id());
                submitted = before.submitted();
            } else if (submit) {
                submitted = Optional.of(now);
            }
            Report report = new Report(name, input.youngPerson(), input.instrument(), input.period(), seat.rater(),
                    seat.raterId(), version, input.ratings(), input.comment(), Optional.ofNullable(input.absenceHours()),
                    Optional.ofNullable(input.likelihood()), submit ? Report.Status.SUBMITTED : Report.Status.DRAFT, now, by.id(), submitted, List.of());
            Node node = existing.isPresent() ? existing.get() : ReportStore.create(session, input.youngPerson(), name);
            ReportStore.write(node, report);
            if (submit) {
                // the young person's scores may change: their part of the programme's figures is due, in this same save
                CohortContribution.markDue(session, input.youngPerson());
            }
            if (seat.rater() == Rater.COMPANY) {
                // the company's overdue count, kept for the programme's overview, in the same save
                OverdueReports.recountIn(session, seat.raterId(), programme.placementsAt(seat.raterId()),
                        PortalTime.dateOf(now));
            }
            session.save();
            return ReportStore.read(node, true);
        });
        if (submit) {
            refreshes.soon(input.youngPerson());
            audit.record(caller, saved.corrections().isEmpty() ? "report.submit" : "report.correct", input.youngPerson(),
                    name);
        }
        return saved;
    }

    /**
     * The reports about a young person that the viewer may read: a coordinator or the young
     * person's counsellor all of them, a company representative those of their own company, the
     * young person their submitted ones; the counsellor's likelihood answer only for counsellors
     * and coordinators. Audited as a read of the person's data.
     */
    public List<Report> reportsAbout(Caller caller, String youngPerson) {
        SignedInUser viewer = caller.user();
        access.read(caller, youngPerson);
        List<Report> reports = repository.withServiceSession(session -> ReportStore.all(session, youngPerson));
        return reports.stream().filter(report -> mayRead(viewer, report)).map(report -> asReadBy(viewer, report))
                .sorted(Comparator.comparing(Report::period).reversed().thenComparing(Report::id)).toList();
    }

    /**
     * The counsellors' likelihood answers about a young person, oldest month first: for the young
     * person's counsellor and coordinators only (audited as a read of the person's data); refused,
     * and the refusal audited, to anyone else.
     */
    public List<Likelihood> likelihoods(Caller caller, String youngPerson) {
        if (!mayReadLikelihood(caller.user())) {
            audit.record(caller, "likelihood.refused", youngPerson, null);
            throw new AccessDeniedException("counsellors and coordinators only");
        }
        access.read(caller, youngPerson);
        List<Report> reports = repository.withServiceSession(session -> ReportStore.all(session, youngPerson));
        return reports.stream()
                .filter(report -> report.isSubmitted() && report.rater() == Rater.COUNSELLOR && report.likelihood().isPresent())
                .map(report -> new Likelihood(report.period(), report.likelihood().get(), report.raterId(),
                        report.submitted().orElseThrow()))
                .sorted(Comparator.comparing(Likelihood::month).thenComparing(Likelihood::answered)).toList();
    }

    /** Whether a viewer may read the counsellors' likelihood answers (of the young people they may see). */
    public static boolean mayReadLikelihood(SignedInUser viewer) {
        return viewer != null && (viewer.has(Role.COUNSELLOR) || viewer.has(Role.COORDINATOR));
    }

    /** A report as the viewer receives it: the likelihood answer left out unless they may read it. */
    private static Report asReadBy(SignedInUser viewer, Report report) {
        return mayReadLikelihood(viewer) ? report : report.withoutLikelihood();
    }

    /** One report with its corrections, if the viewer may read it. */
    public Optional<Report> find(Caller caller, String youngPerson, String id) {
        SignedInUser viewer = caller.user();
        access.read(caller, youngPerson);
        Optional<Report> report = repository.withServiceSession(session -> {
            Optional<Node> node = id == null || id.contains("/") ? Optional.empty() : ReportStore.find(session, youngPerson, id);
            return node.isPresent() ? Optional.of(ReportStore.read(node.get(), true)) : Optional.empty();
        });
        return report.filter(found -> mayRead(viewer, found)).map(found -> asReadBy(viewer, found));
    }

    /**
     * Whose reports about a young person the viewer may read, by kind of rater: coordinators and
     * counsellors everyone's, a representative the company's (their own company's only), the
     * young person everyone's (their submitted ones). {@link #reportsAbout} keeps to it.
     */
    public static Set<Rater> readableRaters(SignedInUser viewer) {
        if (viewer.has(Role.COORDINATOR) || viewer.has(Role.COUNSELLOR) || !viewer.has(Role.COMPANY_REP)) {
            return EnumSet.allOf(Rater.class);
        }
        return EnumSet.of(Rater.COMPANY);
    }

    static boolean mayRead(SignedInUser viewer, Report report) {
        if (!readableRaters(viewer).contains(report.rater())) {
            return false;
        }
        if (viewer.has(Role.COORDINATOR) || viewer.has(Role.COUNSELLOR)) {
            return true;
        }
        if (viewer.has(Role.COMPANY_REP) && report.rater() == Rater.COMPANY) {
            return report.raterId().equals(viewer.company());
        }
        return viewer.id().equals(report.youngPerson()) && report.isSubmitted();
    }

    /** The seat the user files from, or a refusal (audited) when they may not file this. */
    public Seat seat(Caller caller, String youngPerson, Instrument instrument, Period period) {
        SignedInUser by = caller.user();
        Optional<Seat> seat = youngPerson == null || youngPerson.contains("/") || period == null ? Optional.empty()
                : findSeat(by, youngPerson, instrument, period);
        if (seat.isEmpty()) {
            audit.record(caller, "report.refused", youngPerson, instrument + " " + period);
            throw new AccessDeniedException("you may not file this report");
        }
        return seat.get();
    }

    private Optional<Seat> findSeat(SignedInUser by, String youngPerson, Instrument instrument, Period period) {
        switch (instrument) {
            case QUESTIONNAIRE:
                return by.has(Role.YOUTH) && by.id().equals(youngPerson) ? Optional.of(new Seat(Rater.YOUNG_PERSON, by.id()))
                        : Optional.empty();
            case MONTHLY_ASSESSMENT:
                if (by.has(Role.YOUTH) && by.id().equals(youngPerson)) {
                    // their own view of a month they were placed in: optional, beside the company's and the counsellor's
                    return placedIn(youngPerson, period, null) ? Optional.of(new Seat(Rater.YOUNG_PERSON, by.id()))
                            : Optional.empty();
                }
                if (by.has(Role.COUNSELLOR) && programme.groupsLedBy(by.id()).stream()
                        .anyMatch(group -> group.members().contains(youngPerson))) {
                    return Optional.of(new Seat(Rater.COUNSELLOR, by.id()));
                }
                return companySeat(by, youngPerson, period);
            case WEEKLY_REPORT:
                return companySeat(by, youngPerson, period);
            default:
                return Optional.empty();
        }
    }

    private Optional<Seat> companySeat(SignedInUser by, String youngPerson, Period period) {
        if (!by.has(Role.COMPANY_REP) || by.company() == null) {
            return Optional.empty();
        }
        return placedIn(youngPerson, period, by.company()) ? Optional.of(new Seat(Rater.COMPANY, by.company())) : Optional.empty();
    }

    /** Whether the young person was placed in the period: with {@code company}, or anywhere when it is null. */
    private boolean placedIn(String youngPerson, Period period, String company) {
        return programme.placementsOf(youngPerson).stream().anyMatch(placement ->
                (company == null || placement.company().equals(company)) && placement.overlaps(period.start(), period.end()));
    }

    /** Which periods can be filed: begun, and for assessments and questionnaires recent enough. */
    private void checkWindow(Instrument instrument, Period period) throws ReportingRefusedException {
        LocalDate today = today();
        if (period.cadence() != instrument.cadence()) {
            throw new ReportingRefusedException("reporting.refused.period");
        }
        if (period.start().isAfter(today)) {
            throw new ReportingRefusedException("reporting.refused.future");
        }
        Period current = Period.of(instrument.cadence(), today);
        if (instrument == Instrument.MONTHLY_ASSESSMENT && period.compareTo(current.previous()) < 0) {
            throw new ReportingRefusedException("reporting.refused.monthTooOld");
        }
        if (instrument == Instrument.QUESTIONNAIRE && !period.equals(current)) {
            throw new ReportingRefusedException("reporting.refused.questionnairePeriod");
        }
    }

    private static void checkValues(Definition definition, ReportInput input, Rater rater, boolean submit)
            throws ReportingRefusedException {
        List<Indicator> form = definition.indicatorsFor(input.instrument(), rater);
        for (Map.Entry<String, Integer> rating : input.ratings().entrySet()) {
            Indicator indicator = form.stream().filter(candidate -> candidate.id().equals(rating.getKey())).findFirst()
                    .map(found -> found.askedOf(rater))
                    .orElseThrow(() -> new ReportingRefusedException("reporting.refused.unknownIndicator"));
            if (rating.getValue() == null || !indicator.scale().contains(rating.getValue())) {
                throw new ReportingRefusedException("reporting.refused.outOfScale", indicator.name(),
                        indicator.scale().min(), indicator.scale().max());
            }
        }
        if (input.comment().length() > MAX_COMMENT) {
            throw new ReportingRefusedException("reporting.refused.comment", MAX_COMMENT);
        }
        Integer absence = input.absenceHours();
        if (absence != null && (input.instrument() != Instrument.WEEKLY_REPORT || absence < 0 || absence > MAX_ABSENCE_HOURS)) {
            throw new ReportingRefusedException("reporting.refused.absence", MAX_ABSENCE_HOURS);
        }
        Integer likelihood = input.likelihood();
        if (likelihood != null && (input.instrument() != Instrument.MONTHLY_ASSESSMENT || rater != Rater.COUNSELLOR
                || !Likelihood.isAnswer(likelihood))) {
            // the question is the counsellor's alone: nobody else can store an answer the young person must never see
            throw new ReportingRefusedException("reporting.refused.likelihood", Likelihood.MIN, Likelihood.MAX);
        }
        if (submit && input.ratings().isEmpty()) {
            throw new ReportingRefusedException("reporting.refused.noRatings");
        }
    }
}
