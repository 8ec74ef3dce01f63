package dk.nextwork.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.development.Conversation;
import dk.nextwork.development.Conversations;
import dk.nextwork.development.ScoreMovement;
import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.ReportsToFile;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.DueReport;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Report;
import dk.nextwork.reporting.Reports;
import dk.nextwork.reporting.ReportsDue;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreSeries;
import dk.nextwork.reporting.Scores;
import dk.nextwork.signals.Signal;
import dk.nextwork.signals.Signals;

/**
 * A company representative's start view: the young people placed with the company now, those it
 * had before, and the reports to file, grouped by young person. Only the representative's own
 * company; every young person shown is in their audit trail.
 */
@ApplicationScoped
public class CompanyDesk {

    /** Guided conversations follow the monthly assessments: the next is due a month after the last one, or the start. */
    public static final java.time.Period CONVERSATION_INTERVAL = java.time.Period.ofMonths(1);

    /** How many weeks the card's small trend shows. */
    public static final int TREND_WEEKS = 6;

    private final Programme programme;
    private final CourseFacts facts;
    private final AuditTrail audit;
    private final Reports reports;
    private final ReportsDue due;
    private final Scores scores;
    private final Conversations conversations;
    private final Signals signals;

    /** For CDI's client proxy only. */
    protected CompanyDesk() {
        this(null, null, null, null, null, null, null, null, null, null);
    }

    @Inject
    public CompanyDesk(Programme programme, Companies companies, Enrolments enrolments, Accounts accounts, AuditTrail audit,
                       Reports reports, ReportsDue due, Scores scores, Conversations conversations, Signals signals) {
        this.programme = programme;
        this.facts = new CourseFacts(companies, enrolments, accounts);
        this.audit = audit;
        this.reports = reports;
        this.due = due;
        this.scores = scores;
        this.conversations = conversations;
        this.signals = signals;
    }

    /** The young people placed with the representative's company today, by start. */
    public List<PlacedYoungPerson> placedNow(Caller caller) {
        String company = companyOf(caller.user());
        LocalDate today = programme.today();
        List<DueReport> toFile = due.forUser(caller.user(), today, reports.now());
        List<Placement> now = programme.placementsAt(company).stream().filter(placement -> placement.isActiveOn(today)).toList();
        Map<String, List<Signal>> open = signals.open(caller, now.stream().map(Placement::youngPerson).toList());
        List<PlacedYoungPerson> placed = new ArrayList<>();
        for (Placement placement : now) {
            placed.add(card(caller, placement, today, toFile, open.getOrDefault(placement.youngPerson(), List.of())));
        }
        audit.recordAll(caller, "person.listed", placed.stream().map(PlacedYoungPerson::youngPerson).toList(), "start view");
        return placed;
    }

    /** The young people the company had placed before, latest first (only those not placed there now). */
    public List<EarlierYoungPerson> placedBefore(Caller caller) {
        String company = companyOf(caller.user());
        LocalDate today = programme.today();
        List<Placement> atCompany = programme.placementsAt(company);
        List<EarlierYoungPerson> earlier = new ArrayList<>();
        for (Placement placement : atCompany) {
            boolean placedNow = atCompany.stream().anyMatch(other -> other.youngPerson().equals(placement.youngPerson())
                    && other.isActiveOn(today));
            if (placement.lastDay().isBefore(today) && !placedNow) {
                earlier.add(new EarlierYoungPerson(placement.youngPerson(), name(placement.youngPerson()), placement.start(),
                        placement.lastDay(), facts.companyNameOf(placement.movedOnTo())));
            }
        }
        earlier.sort(java.util.Comparator.comparing(EarlierYoungPerson::until).reversed());
        audit.recordAll(caller, "person.listed", earlier.stream().map(EarlierYoungPerson::youngPerson).toList(), "start view");
        return earlier;
    }

    /** The representative's reports to file and to correct, grouped by young person. */
    public List<ReportsToFile> toDo(Caller caller) {
        companyOf(caller.user());
        LocalDate today = programme.today();
        return ReportsToFile.group(due.forUser(caller.user(), today, reports.now()), today, this::name);
    }

    private PlacedYoungPerson card(Caller caller, Placement placement, LocalDate today, List<DueReport> toFile,
                                   List<Signal> open) {
        String youngPerson = placement.youngPerson();
        Period week = Period.of(Cadence.WEEKLY, today);
        // the week under way is not over: the trend stands on the weeks that are
        Optional<ScoreSeries> weekly = scores.history(caller, youngPerson).series().stream()
                .filter(series -> series.dimension() && series.cadence() == Cadence.WEEKLY).findFirst()
                .map(series -> new ScoreSeries(series.target(), series.name(), true, series.cadence(),
                        series.scores().stream().filter(score -> score.period().compareTo(week) < 0).toList()));
        List<Double> recent = weekly.map(CompanyDesk::recent).orElse(List.of());
        Optional<ScoreMovement> trend = weekly.map(ScoreMovement::lastStep);
        LocalDate lastTalk = conversations.of(caller, youngPerson).stream().findFirst().map(Conversation::day)
                .orElse(placement.start());
        return new PlacedYoungPerson(youngPerson, name(youngPerson), placement.start(), placement.lastDay(),
                thisWeek(toFile, youngPerson, week), recent, trend, lastTalk.plus(CONVERSATION_INTERVAL), open);
    }

    /** The to-do list holds this week's report until it is sent and its correction window has closed. */
    private static PlacedYoungPerson.WeekReport thisWeek(List<DueReport> toFile, String youngPerson, Period week) {
        Optional<DueReport> item = toFile.stream()
                .filter(one -> one.youngPerson().equals(youngPerson) && one.instrument() == Instrument.WEEKLY_REPORT
                        && one.period().equals(week))
                .findFirst();
        if (item.isEmpty()) {
            return PlacedYoungPerson.WeekReport.SENT;
        }
        return item.get().saved().map(report -> report.status() == Report.Status.SUBMITTED ? PlacedYoungPerson.WeekReport.SENT
                : PlacedYoungPerson.WeekReport.DRAFT).orElse(PlacedYoungPerson.WeekReport.NOT_STARTED);
    }

    /** The latest scores, at most {@value #TREND_WEEKS} of them. */
    private static List<Double> recent(ScoreSeries series) {
        List<Double> values = series.scores().stream().filter(score -> !score.isMissing()).map(Score::value).map(value -> value.getAsDouble()).toList();
        return values.subList(Math.max(0, values.size() - TREND_WEEKS), values.size());
    }

    private String name(String youngPerson) {
        return facts.personName(youngPerson);
    }

    private static String companyOf(SignedInUser user) {
        if (!user.has(Role.COMPANY_REP) || user.companyId().isEmpty()) {
            throw new AccessDeniedException("the company's start view is for its representatives");
        }
        return user.companyId().get();
    }
}
