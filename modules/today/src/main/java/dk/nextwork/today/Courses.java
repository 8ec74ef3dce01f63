package dk.nextwork.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.development.Conversations;
import dk.nextwork.development.Development;
import dk.nextwork.development.DevelopmentPicture;
import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreSeries;
import dk.nextwork.signals.Signals;

/**
 * A young person's course for their page: for whoever may see the young person (the read is
 * audited, anyone else refused), each part by its own rule.
 */
@ApplicationScoped
public class Courses {

    private final PersonAccess access;
    private final Programme programme;
    private final Enrolments enrolments;
    private final CourseFacts facts;
    private final Development development;
    private final Conversations conversations;
    private final Signals signals;

    /** For CDI's client proxy only. */
    protected Courses() {
        this(null, null, null, null, null, null, null, null);
    }

    @Inject
    public Courses(PersonAccess access, Programme programme, Companies companies, Enrolments enrolments, Accounts accounts,
                   Development development, Conversations conversations, Signals signals) {
        this.access = access;
        this.programme = programme;
        this.enrolments = enrolments;
        this.facts = new CourseFacts(companies, enrolments, accounts);
        this.development = development;
        this.conversations = conversations;
        this.signals = signals;
    }

    public Course of(Caller caller, String youngPerson) {
        UserAccount person = access.read(caller, youngPerson);
        SignedInUser viewer = caller.user();
        LocalDate today = programme.today();
        boolean own = viewer.id().equals(person.id());
        // what a young person wants is for those who work with them closely, not for every company they meet
        boolean closely = own || viewer.has(Role.COORDINATOR) || viewer.has(Role.COUNSELLOR);
        Optional<Course.Enrolment> enrolment = enrolments.find(youngPerson).map(enrolled -> new Course.Enrolment(
                enrolled.enrolled(), enrolled.hoursPerWeek(),
                closely ? Optional.of(new Course.Wishes(enrolled.interests(), enrolled.goals())) : Optional.empty()));

        DevelopmentPicture picture = development.picture(caller, youngPerson);
        List<Course.Latest> dimensions = new ArrayList<>();
        for (ScoreSeries series : picture.history().series()) {
            if (series.dimension()) {
                series.scores().stream().filter(score -> !score.isMissing()).reduce((first, second) -> second)
                        .ifPresent(latest -> dimensions.add(latest(series, latest)));
            }
        }
        return new Course(youngPerson, person.firstName(), own, today, enrolment,
                facts.journey(programme.placementsOf(youngPerson), today), facts.groupMeeting(programme, youngPerson, today),
                dimensions, picture.focusMovement(), picture.reportsReadable() ? conversations.of(caller, youngPerson) : List.of(),
                signals.open(caller, youngPerson));
    }

    private static Course.Latest latest(ScoreSeries series, Score score) {
        return new Course.Latest(series.target(), series.name(), score.value().getAsDouble(), score.period());
    }
}
