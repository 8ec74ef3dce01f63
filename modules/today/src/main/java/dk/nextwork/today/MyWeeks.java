package dk.nextwork.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.development.ConversationOpening;
import dk.nextwork.development.Conversations;
import dk.nextwork.development.Development;
import dk.nextwork.development.DevelopmentPicture;
import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.DueReport;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.Reports;
import dk.nextwork.reporting.ReportsDue;
import dk.nextwork.reporting.TraitConfiguration;
import dk.nextwork.signals.Signals;

/** A young person's week ("Min uge"): for the young person themselves only. */
@ApplicationScoped
public class MyWeeks {

    private final Programme programme;
    private final CourseFacts facts;
    private final Reports reports;
    private final ReportsDue due;
    private final TraitConfiguration configuration;
    private final Development development;
    private final Conversations conversations;
    private final Signals signals;

    /** For CDI's client proxy only. */
    protected MyWeeks() {
        this(null, null, null, null, null, null, null, null, null, null);
    }

    @Inject
    public MyWeeks(Programme programme, Companies companies, Enrolments enrolments, Accounts accounts, Reports reports,
                   ReportsDue due, TraitConfiguration configuration, Development development, Conversations conversations,
                   Signals signals) {
        this.programme = programme;
        this.facts = new CourseFacts(companies, enrolments, accounts);
        this.reports = reports;
        this.due = due;
        this.configuration = configuration;
        this.development = development;
        this.conversations = conversations;
        this.signals = signals;
    }

    public MyWeek of(Caller caller) {
        SignedInUser me = caller.user();
        if (!me.has(Role.YOUTH)) {
            throw new AccessDeniedException("a week is the young person's own");
        }
        LocalDate today = programme.today();
        List<Placement> mine = programme.placementsOf(me.id());
        Optional<PlacementNow> now = mine.stream().filter(placement -> placement.isActiveOn(today)).findFirst().map(facts::of);
        Optional<PlacementNow> next = now.isPresent() ? Optional.empty()
                : mine.stream().filter(placement -> placement.start().isAfter(today)).findFirst().map(facts::of);

        DevelopmentPicture picture = development.picture(caller, me.id());
        ConversationOpening opening = conversations.opening(caller, picture);

        return new MyWeek(UserAccount.firstName(me.displayName()), today, now, next, opening.focusMovement(),
                opening.previous().map(conversation -> conversation.day()), waiting(me, today), facts.groupMeeting(programme, me.id(), today),
                facts.journey(mine, today), signals.open(caller, me.id()));
    }

    private List<MyWeek.Waiting> waiting(SignedInUser me, LocalDate today) {
        List<MyWeek.Waiting> waiting = new ArrayList<>();
        for (DueReport item : due.forUser(me, today, reports.now())) {
            if (!item.isSubmitted()) {
                waiting.add(MyWeek.Waiting.of(item, configuration.current().definition()
                        .indicatorsFor(item.instrument(), Rater.YOUNG_PERSON).size()));
            }
        }
        return waiting;
    }
}
