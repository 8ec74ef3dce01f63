package dk.nextwork.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.NetworkGroup;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.ReportsToFile;
import dk.nextwork.reporting.Reports;
import dk.nextwork.reporting.ReportsDue;
import dk.nextwork.signals.Signal;
import dk.nextwork.signals.Signals;

/**
 * A counsellor's start view: the groups they lead with their next meeting, each young person's
 * placement, and the assessments they owe. Only their own groups; every young person shown is in
 * their audit trail.
 */
@ApplicationScoped
public class CounsellorDesk {

    private final Programme programme;
    private final CourseFacts facts;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Reports reports;
    private final ReportsDue due;
    private final Signals signals;

    /** For CDI's client proxy only. */
    protected CounsellorDesk() {
        this(null, null, null, null, null, null, null, null);
    }

    @Inject
    public CounsellorDesk(Programme programme, Companies companies, Enrolments enrolments, Accounts accounts, AuditTrail audit,
                          Reports reports, ReportsDue due, Signals signals) {
        this.programme = programme;
        this.facts = new CourseFacts(companies, enrolments, accounts);
        this.accounts = accounts;
        this.audit = audit;
        this.reports = reports;
        this.due = due;
        this.signals = signals;
    }

    /** The counsellor's groups by name, their young people by name. */
    public List<GroupToday> groups(Caller caller) {
        SignedInUser counsellor = counsellor(caller);
        LocalDate today = programme.today();
        String leader = UserAccount.firstName(counsellor.displayName());
        List<GroupToday> groups = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<NetworkGroup> led = programme.groupsLedBy(counsellor.id());
        Map<String, List<Signal>> open = signals.open(caller, led.stream().flatMap(group -> group.members().stream()).toList());
        for (NetworkGroup group : led) {
            List<GroupToday.Member> members = new ArrayList<>();
            for (String youngPerson : group.members()) {
                Optional<UserAccount> account = accounts.find(youngPerson).filter(UserAccount::active);
                if (account.isEmpty()) {
                    continue;
                }
                List<Placement> placements = programme.placementsOf(youngPerson);
                Optional<Placement> now = placements.stream().filter(placement -> placement.isActiveOn(today)).findFirst();
                Optional<Placement> shownPlacement = now.isPresent() ? now
                        : placements.stream().filter(placement -> placement.start().isAfter(today)).findFirst();
                members.add(new GroupToday.Member(youngPerson, account.get().name(), shownPlacement.map(facts::of), now.isPresent(),
                        open.getOrDefault(youngPerson, List.of())));
                shown.add(youngPerson);
            }
            members.sort(Comparator.comparing(GroupToday.Member::name));
            groups.add(new GroupToday(group.id(), group.name(), group.meets().map(meeting ->
                    new GroupMeeting(group.name(), meeting.nextOn(today), meeting.time(), leader)), members));
        }
        groups.sort(Comparator.comparing(GroupToday::name));
        audit.recordAll(caller, "person.listed", shown, "start view");
        return groups;
    }

    /** The assessments the counsellor owes and can still correct, grouped by young person. */
    public List<ReportsToFile> owed(Caller caller) {
        SignedInUser counsellor = counsellor(caller);
        LocalDate today = programme.today();
        return ReportsToFile.group(due.forUser(counsellor, today, reports.now()), today,
                facts::personName);
    }

    private static SignedInUser counsellor(Caller caller) {
        if (!caller.user().has(Role.COUNSELLOR)) {
            throw new AccessDeniedException("the counsellor's start view is for counsellors");
        }
        return caller.user();
    }
}
