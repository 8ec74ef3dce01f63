package dk.nextwork.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import dk.nextwork.signals.SignalPage;
import dk.nextwork.signals.Signals;

/** The coordinator's start view: the programme at a glance. Every young person named on it is in their audit trail. */
@ApplicationScoped
public class ProgrammeOverview {

    /** Three weeks: time enough to find the next placement or plan the next step. */
    public static final int ENDING_WITHIN_DAYS = 21;

    /** How many of each list the overview shows; the rest are counted ("og 12 flere"). */
    public static final int SHOWN = 20;

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

    /**
     * The programme today. Every enrolment, placement and company is read once (no query per
     * company or per young person); reports are looked up by name only where one may be overdue;
     * names are read for the young people who are listed, and only those on the first
     * {@value #SHOWN} of each list are in their audit trail.
     */
    public ProgrammeGlance glance(Caller caller) {
        if (!caller.user().has(Role.COORDINATOR)) {
            throw new AccessDeniedException("the programme's overview is for coordinators");
        }
        LocalDate today = programme.today();
        List<Placement> placements = programme.allPlacements();
        List<Placement> on = placements.stream().filter(placement -> placement.isActiveOn(today)).toList();
        Set<String> placedToday = new HashSet<>();
        Map<String, Integer> taken = new HashMap<>();
        for (Placement placement : on) {
            placedToday.add(placement.youngPerson());
            taken.merge(placement.company(), 1, Integer::sum);
        }
        Map<String, LocalDate> nextStart = new HashMap<>();
        for (Placement placement : placements) {
            if (placement.start().isAfter(today)) {
                nextStart.merge(placement.youngPerson(), placement.start(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }

        List<String> active = enrolments.active().stream().map(YoungPerson::id).toList();
        List<ProgrammeGlance.Unplaced> unplaced = new ArrayList<>();
        for (String person : active) {
            if (!placedToday.contains(person)) {
                String name = facts.personName(person);
                if (!name.isEmpty()) {
                    unplaced.add(new ProgrammeGlance.Unplaced(person, name, Optional.ofNullable(nextStart.get(person))));
                }
            }
        }
        unplaced.sort(Comparator.comparing(ProgrammeGlance.Unplaced::name));

        List<Placement> endingPlacements = on.stream()
                .filter(placement -> !placement.lastDay().isAfter(today.plusDays(ENDING_WITHIN_DAYS)))
                .sorted(Comparator.comparing(Placement::lastDay)).toList();
        List<ProgrammeGlance.Ending> ending = new ArrayList<>();
        for (Placement placement : first(endingPlacements)) {
            ending.add(new ProgrammeGlance.Ending(placement.youngPerson(), facts.personName(placement.youngPerson()),
                    facts.companyName(placement.company()), placement.lastDay()));
        }

        List<Company> network = companies.all();
        Map<String, Integer> late = due.overdueByCompany(on, today, reports.now());
        List<ProgrammeGlance.CompanyPlaces> places = new ArrayList<>();
        List<ProgrammeGlance.CompanyOverdue> overdue = new ArrayList<>();
        for (Company company : network) {
            places.add(new ProgrammeGlance.CompanyPlaces(company.id(), company.name(), company.placementCapacity(),
                    taken.getOrDefault(company.id(), 0)));
            int count = late.getOrDefault(company.id(), 0);
            if (count > 0) {
                overdue.add(new ProgrammeGlance.CompanyOverdue(company.id(), company.name(), count));
            }
        }
        places.sort(Comparator.comparing(ProgrammeGlance.CompanyPlaces::free).reversed()
                .thenComparing(ProgrammeGlance.CompanyPlaces::name));
        overdue.sort(Comparator.comparing(ProgrammeGlance.CompanyOverdue::overdue).reversed()
                .thenComparing(ProgrammeGlance.CompanyOverdue::name));

        SignalPage open = signals.openPage(caller, active, SHOWN);
        List<String> named = new ArrayList<>(first(unplaced).stream().map(ProgrammeGlance.Unplaced::youngPerson).toList());
        ending.forEach(one -> named.add(one.youngPerson()));
        audit.recordAll(caller, "person.listed", named.stream().distinct().toList(), "start view");
        return new ProgrammeGlance(today, first(unplaced), unplaced.size(), ending, endingPlacements.size(), first(places),
                places.size(), places.stream().mapToInt(ProgrammeGlance.CompanyPlaces::free).sum(), first(overdue),
                overdue.size(), overdue.stream().mapToInt(ProgrammeGlance.CompanyOverdue::overdue).sum(), open.shown(),
                open.total());
    }

    private static <T> List<T> first(List<T> all) {
        return all.subList(0, Math.min(SHOWN, all.size()));
    }
}
