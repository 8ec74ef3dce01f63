package dk.nextwork.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import dk.nextwork.reporting.Indicator;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Report;
import dk.nextwork.reporting.Reports;
import dk.nextwork.reporting.ScoreHistory;
import dk.nextwork.reporting.ScoreSeries;
import dk.nextwork.reporting.Scores;
import dk.nextwork.reporting.TraitConfiguration;

/**
 * A young person's development as the visualisation shows it, for whoever may follow their course
 * (the access check and its audit are {@link Scores#history}'s), and the reports behind a score,
 * for whoever may read them.
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

    private List<CourseStretch> course(String youngPerson) {
        List<CourseStretch> course = new ArrayList<>();
        for (Placement placement : programme.placementsOf(youngPerson)) {
            String name = companies.find(placement.company()).map(Company::name).orElse(placement.company());
            course.add(new CourseStretch(placement.company(), name, placement.start(), placement.lastDay()));
        }
        return course;
    }
}
