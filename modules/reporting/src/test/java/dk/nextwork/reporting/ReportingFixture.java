package dk.nextwork.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Placements;
import dk.nextwork.program.Programme;
import dk.nextwork.program.internal.ProgramRelationships;
import dk.nextwork.reporting.internal.CohortAccountActivation;
import dk.nextwork.reporting.internal.RefreshRequests;
import dk.nextwork.reporting.internal.OverdueAfterPlacementChange;

/** The reporting services wired by hand over a started demo platform, as CDI wires them in the portal. */
public final class ReportingFixture {

    public static final SignedInUser COORDINATOR = new SignedInUser("coordinator-test", "k@example.org", "Hanne",
            Set.of(Role.COORDINATOR), null, "da");

    public final IdentityFixture identity;
    public final Programme programme;
    public final Placements placements;
    public final Companies companies;
    public final PersonAccess access;
    public final TraitConfiguration configuration;
    public final Reports reports;
    public final ReportsDue due;
    public final OverdueReports overdue;
    public final Scores scores;
    /** The programme's kept figures; nothing refreshes them in the background here: call {@code refreshNow()} after saves. */
    public final ProgrammeScores programmeScores;

    public ReportingFixture(Platform platform, Clock clock) {
        identity = new IdentityFixture(platform, clock);
        programme = new Programme(platform.repository(), clock);
        companies = new Companies(platform.repository(), identity.audit, clock);
        access = new PersonAccess(identity.accounts, identity.audit, List.of(new ProgramRelationships(programme, clock)));
        overdue = new OverdueReports(platform.repository(), programme, clock);
        placements = new Placements(platform.repository(), identity.audit, programme, access,
                List.of(new OverdueAfterPlacementChange(overdue)));
        configuration = new TraitConfiguration(platform.repository(), identity.audit, clock);
        reports = new Reports(platform.repository(), configuration, programme, access, identity.audit, clock);
        due = new ReportsDue(platform.repository(), configuration, programme);
        scores = new Scores(platform.repository(), configuration, access, reports);
        programmeScores = new ProgrammeScores(platform.repository(), configuration, identity.audit, clock);
        identity.activations.add(new CohortAccountActivation(RefreshRequests.NONE));
    }

    /** Reports as they behave at another moment (for windows that close). */
    public Reports reportsAt(Clock clock) {
        return new Reports(identity.platform.repository(), configuration, programme, access, identity.audit, clock);
    }

    public SignedInUser user(String email) throws Exception {
        UserAccount account = identity.accounts.findByEmail(email).orElseThrow();
        return new SignedInUser(account.id(), account.email(), account.name(), account.roles(), account.company().orElse(null),
                account.language());
    }

    /** A representative of a company who is not a demo account. */
    public static SignedInUser representative(String company) {
        return new SignedInUser("rep-" + company, company + "@example.org", "Rep " + company, Set.of(Role.COMPANY_REP),
                company, "da");
    }

    /** Sofie, who has no demo placement, placed at the plant nursery from the Monday three weeks ago for 8 weeks. */
    public Placement placeSofie(LocalDate today) throws Exception {
        String sofie = user("sofie.ahmadi@nextwork.example").id();
        LocalDate monday = Period.of(Cadence.WEEKLY, today).start().minusWeeks(3);
        return placements.place(COORDINATOR, sofie, "planteskolen-laerkereden", monday, monday.plusWeeks(8));
    }
}
