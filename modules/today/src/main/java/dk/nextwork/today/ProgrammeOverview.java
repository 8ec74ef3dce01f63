package dk.nextwork.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Company;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;
import dk.nextwork.program.YoungPerson;
import dk.nextwork.reporting.Reports;
import dk.nextwork.reporting.ReportsDue;
import dk.nextwork.signals.Signal;
import dk.nextwork.signals.Signals;

/** The coordinator's start view: the programme at a glance. Every young person named is in their audit trail. */
@ApplicationScoped
public class ProgrammeOverview {

    /** Three weeks: time enough to find the next placement or plan the next step. */
    public static final int ENDING_WITHIN_DAYS = 21;

    private final Programme programme;
    private final Companies companies;
    private final Enrolments enrolments;
    private final CourseFacts facts;
    private final AuditTrail audit;
    private final Reports reports;
    private final ReportsDue due;
    private final Signals signals;

    /** For CDI's client proxy only. */
    protected ProgrammeOverview() {
        this(null, null, null, null, null, null, null, null);
    }

    @Inject
    public ProgrammeOverview(Programme programme, Companies companies, Enrolments enrolments, Accounts accounts,
                             AuditTrail audit, Reports reports, ReportsDue due, Signals signals) {
        this.programme = programme;
        this.companies = companies;
        this.enrolments = enrolments;
        this.facts = new CourseFacts(companies, enrolments, accounts);
        this.audit = audit;
        this.reports = reports;
        this.due = due;
        this.signals = signals;
    }

    public ProgrammeGlance glance(Caller caller) {
        if (!caller.user().has(Role.COORDINATOR)) {
            throw new AccessDeniedException("the programme's overview is for coordinators");
        }
        LocalDate today = programme.today();
        List<Placement> placements = programme.allPlacements();

        List<ProgrammeGlance.Unplaced> unplaced = new ArrayList<>();
        List<YoungPerson> active = enrolments.active();
        List<Signal> open = signals.open(caller, active.stream().map(YoungPerson::id).toList()).values().stream()
                .flatMap(List::stream).toList();
        for (YoungPerson person : active) {
            List<Placement> theirs = placements.stream().filter(placement -> placement.youngPerson().equals(person.id())).toList();
            String name = facts.personName(person.id());
            if (!name.isEmpty() && theirs.stream().noneMatch(placement -> placement.isActiveOn(today))) {
                Optional<LocalDate> next = theirs.stream().map(Placement::start).filter(start -> start.isAfter(today))
                        .min(Comparator.naturalOrder());
                unplaced.add(new ProgrammeGlance.Unplaced(person.id(), name, next));
            }
        }
        unplaced.sort(Comparator.comparing(ProgrammeGlance.Unplaced::name));

        List<ProgrammeGlance.Ending> ending = new ArrayList<>();
        for (Placement placement : placements) {
            if (placement.isActiveOn(today) && !placement.lastDay().isAfter(today.plusDays(ENDING_WITHIN_DAYS))) {
                ending.add(new ProgrammeGlance.Ending(placement.youngPerson(), facts.personName(placement.youngPerson()),
                        facts.companyName(placement.company()), placement.lastDay()));
            }
        }
        ending.sort(Comparator.comparing(ProgrammeGlance.Ending::lastDay));

        List<ProgrammeGlance.CompanyPlaces> places = new ArrayList<>();
        List<ProgrammeGlance.CompanyOverdue> overdue = new ArrayList<>();
        for (Company company : companies.all()) {
            int taken = (int) placements.stream().filter(placement -> placement.company().equals(company.id())
                    && placement.isActiveOn(today)).count();
            places.add(new ProgrammeGlance.CompanyPlaces(company.id(), company.name(), company.placementCapacity(), taken));
            int late = due.overdueAt(company.id(), today, reports.now()).size();
            if (late > 0) {
                overdue.add(new ProgrammeGlance.CompanyOverdue(company.id(), company.name(), late));
            }
        }
        places.sort(Comparator.comparing(ProgrammeGlance.CompanyPlaces::free).reversed()
                .thenComparing(ProgrammeGlance.CompanyPlaces::name));
        overdue.sort(Comparator.comparing(ProgrammeGlance.CompanyOverdue::overdue).reversed()
                .thenComparing(ProgrammeGlance.CompanyOverdue::name));

        List<String> named = new ArrayList<>(unplaced.stream().map(ProgrammeGlance.Unplaced::youngPerson).toList());
        ending.forEach(one -> named.add(one.youngPerson()));
        audit.recordAll(caller, "person.listed", named.stream().distinct().toList(), "start view");
        return new ProgrammeGlance(today, unplaced, ending, places, overdue, open);
    }
}
