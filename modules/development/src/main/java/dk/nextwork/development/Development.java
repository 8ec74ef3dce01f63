package dk.nextwork.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Company;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Definition;
import dk.nextwork.reporting.Indicator;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Likelihood;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.Report;
import dk.nextwork.reporting.Reports;
import dk.nextwork.reporting.ScoreHistory;
import dk.nextwork.reporting.ScoreSeries;
import dk.nextwork.reporting.Scores;
import dk.nextwork.reporting.TraitConfiguration;

/**
 * A young person's development as the visualisation shows it, for whoever may follow their course
 * (the access check and its audit are {@link Scores#history}'s), and the reports behind a score
 * and the three perspectives on each month, for whoever may read them.
 */
@ApplicationScoped
public class Development {

    private final Scores scores;
    private final Reports reports;
    private final Accounts accounts;
    private final PersonAccess access;
    private final Programme programme;
    private final Companies companies;
    private final Conversations conversations;
    private final TraitConfiguration configuration;

    protected Development() {
        this(null, null, null, null, null, null, null, null);
    }

    @Inject
    public Development(Scores scores, Reports reports, Accounts accounts, PersonAccess access, Programme programme,
                       Companies companies, Conversations conversations, TraitConfiguration configuration) {
        this.scores = scores;
        this.reports = reports;
        this.accounts = accounts;
        this.access = access;
        this.programme = programme;
        this.companies = companies;
        this.conversations = conversations;
        this.configuration = configuration;
    }

    public DevelopmentPicture picture(Caller caller, String youngPerson) {
        SignedInUser viewer = caller.user();
        ScoreHistory history = scores.history(caller, youngPerson);
        UserAccount person = accounts.find(youngPerson).orElseThrow();
        boolean readable = access.maySee(viewer, person);
        // only those who may read the conversations learn when the last one was
        Optional<Conversation> lastConversation = readable ? conversations.last(person) : Optional.empty();
        Optional<LocalDate> lastDay = lastConversation.map(Conversation::day);
        List<ScoreMovement> movements = new ArrayList<>();
        for (ScoreSeries series : history.series()) {
            if (!series.dimension()) {
                movements.add(ScoreMovement.sinceLastTime(series, lastDay));
            }
        }
        return new DevelopmentPicture(person.id(), person.name(), reports.today(), history, course(youngPerson), movements, lastConversation,
                readable, conversations.mayHold(viewer, person));
    }

    /**
     * The reports behind a trait's or dimension's score: the submitted ones that count in the
     * score's period (a month's weekly reports, say) and rate something feeding it, by the
     * configuration version they were made under; those the viewer may read, newest first.
     * Refused to a company that only follows the course.
     */
    public List<Report> reportsBehind(Caller caller, String youngPerson, String target, Period period) {
        Map<Integer, Set<String>> feedingByVersion = new HashMap<>();
        List<Report> behind = new ArrayList<>();
        for (Report report : reports.reportsAbout(caller, youngPerson)) {
            if (!Scores.countsIn(report, period)) {
                continue;
            }
            Set<String> feeding = feedingByVersion.get(report.configVersion());
            if (feeding == null) {
                feeding = configuration.version(report.configVersion()).definition().indicators().stream()
                        .filter(indicator -> indicator.feeds().stream().anyMatch(feed -> feed.target().equals(target)))
                        .map(Indicator::id).collect(Collectors.toSet());
                feedingByVersion.put(report.configVersion(), feeding);
            }
            if (report.ratings().keySet().stream().anyMatch(feeding::contains)) {
                behind.add(report);
            }
        }
        return behind;
    }

    /**
     * The company's, the counsellor's and the young person's own view of each monthly indicator,
     * per month, from the reports the viewer may read (the access check and its audit are
     * {@link Reports#reportsAbout}'s); the counsellors' likelihood answers only for counsellors
     * and coordinators. When a rater filed more than one report for a month (a young person who
     * moved on), the one submitted last counts. Refused to a company that only follows the course.
     */
    public Perspectives perspectives(Caller caller, String youngPerson) {
        SignedInUser viewer = caller.user();
        Definition current = configuration.current().definition();
        List<Indicator> monthly = current.indicators().stream().filter(indicator -> indicator.cadence() == Cadence.MONTHLY)
                .toList();
        Map<Period, Map<Rater, Report>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (Report report : reports.reportsAbout(caller, youngPerson)) {
            if (report.instrument() == Instrument.MONTHLY_ASSESSMENT && report.isSubmitted()) {
                byMonth.computeIfAbsent(report.period(), month -> new EnumMap<>(Rater.class)).merge(report.rater(), report,
                        (one, other) -> one.submitted().orElseThrow().isAfter(other.submitted().orElseThrow()) ? one : other);
            }
        }
        List<Perspectives.Month> months = new ArrayList<>();
        byMonth.forEach((month, byRater) -> {
            List<Perspectives.Row> rows = new ArrayList<>();
            for (Indicator indicator : monthly) {
                Map<Rater, Integer> ratings = new EnumMap<>(Rater.class);
                byRater.forEach((rater, report) -> {
                    Integer rating = report.ratings().get(indicator.id());
                    if (rating != null) {
                        ratings.put(rater, rating);
                    }
                });
                rows.add(new Perspectives.Row(indicator.id(), indicator.name(), indicator.scale().max(), ratings));
            }
            months.add(new Perspectives.Month(month, rows));
        });
        List<Rater> raters = Arrays.stream(Rater.values()).filter(Instrument.MONTHLY_ASSESSMENT.raters()::contains).toList();
        Optional<List<Likelihood>> likelihoods = Reports.mayReadLikelihood(viewer)
                ? Optional.of(reports.likelihoods(caller, youngPerson)) : Optional.empty();
        return new Perspectives(youngPerson, raters, Reports.readableRaters(viewer), months, likelihoods);
    }

    private List<CourseStretch> course(String youngPerson) {
        List<CourseStretch> course = new ArrayList<>();
        for (Placement placement : programme.placementsOf(youngPerson)) {
            String name = companies.find(placement.company()).map(Company::name).orElse(placement.company());
            course.add(new CourseStretch(placement.company(), name, placement.start(), placement.lastDay()));
        }
        return course;
    }
}
