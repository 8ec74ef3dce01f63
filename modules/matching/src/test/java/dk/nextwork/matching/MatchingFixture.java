package dk.nextwork.matching;

import java.time.Clock;
import java.util.List;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.internal.ProgramRelationships;
import dk.nextwork.reporting.ReportingFixture;
import dk.nextwork.reporting.Scores;

/** The matching's services wired by hand over a started demo platform, as CDI wires them in the portal. */
public final class MatchingFixture {

    public final ReportingFixture programme;
    public final Enrolments enrolments;
    public final Offers offers;
    public final Rounds rounds;
    public final Wishes wishes;
    public final CompanySay companySay;
    public final Proposals proposals;
    public final MatchingBoard board;
    public final MatchingNotices notices;
    public final MatchProfiles profiles;
    public final SharedDevelopment sharedDevelopment;
    /** Who may see whom as in the portal, where the programme's and the matching's relationships count together. */
    public final PersonAccess access;
    /** Scores read through {@link #access}. */
    public final Scores scores;
    private final Platform platform;

    public MatchingFixture(Platform platform, Clock clock) {
        this.platform = platform;
        programme = new ReportingFixture(platform, clock);
        enrolments = new Enrolments(platform.repository(), programme.identity.accounts, programme.identity.audit, clock);
        offers = new Offers(platform.repository(), platform.definitions(), programme.companies, programme.programme,
                programme.identity.audit, clock);
        rounds = new Rounds(platform.repository(), programme.identity.audit, clock);
        wishes = new Wishes(platform.repository(), programme.access, programme.identity.audit, clock);
        companySay = new CompanySay(platform.repository(), programme.identity.accounts, enrolments, programme.identity.audit,
                clock);
        proposals = new Proposals(platform.repository(), programme.identity.accounts, programme.access, programme.companies, programme.programme,
                programme.placements, programme.identity.audit, clock);
        board = new MatchingBoard(platform.repository(), programme.access, programme.programme, enrolments, wishes,
                programme.identity.audit, clock);
        profiles = new MatchProfiles(platform.repository(), programme.access, programme.identity.audit, clock);
        sharedDevelopment = new SharedDevelopment(platform.repository());
        access = new PersonAccess(programme.identity.accounts, programme.identity.audit,
                List.of(new ProgramRelationships(programme.programme, clock), sharedDevelopment));
        scores = new Scores(platform.repository(), programme.configuration, access, programme.reports);
        notices = new MatchingNotices(platform.repository(), programme.identity.accounts, enrolments, offers,
                programme.programme, programme.identity.mail, programme.identity.audit, clock);
    }

    /** The same services as they behave on another day (deadlines that pass). */
    public MatchingFixture at(Clock clock) {
        return new MatchingFixture(platform, clock);
    }

    public SignedInUser user(String email) throws Exception {
        return programme.user(email);
    }

    public Caller caller(String email) throws Exception {
        return new Caller(user(email), "test");
    }

    public static Caller caller(SignedInUser user) {
        return new Caller(user, "test");
    }
}
