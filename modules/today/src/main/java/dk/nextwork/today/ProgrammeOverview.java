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
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Company;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.Occupancy;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.OverdueReports;
import dk.nextwork.signals.SignalPage;
import dk.nextwork.signals.Signals;

/**
 * The coordinator's start view: the programme at a glance. Every young person named on it is in
 * their audit trail. Its counts come from what the programme and reporting keep
 * ({@link Occupancy}, {@link OverdueReports}) and from indexes, not from reading every placement,
 * enrolment or report.
 */
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
    private final PersonAccess access;
    private final AuditTrail audit;
    private final Occupancy occupancy;
    private final OverdueReports overdue;
    private final Signals signals;

    /** For CDI's client proxy only. */
    protected ProgrammeOverview() {
        this(null, null, null, null, null, null, null, null, null);
    }

    @Inject
    public ProgrammeOverview(Programme programme, Companies companies, Enrolments enrolments, Accounts accounts,
                             PersonAccess access, AuditTrail audit, Occupancy occupancy, OverdueReports overdue,
                             Signals signals) {
        this.programme = programme;
        this.companies = companies;
        this.enrolments = enrolments;
        this.facts = new CourseFacts(companies, enrolments, accounts);
        this.access = access;
        this.audit = audit;
        this.occupancy = occupancy;
        this.overdue = overdue;
        this.signals = signals;
    }

    /**
     * The programme today. Read: the kept occupancy (the companies' counts and the young people
     * awaiting a placement, one query, put in name order by the kept directory of young people,
     * which also leaves out closed accounts; names read for the first {@value #SHOWN}), the
     * placements ending in the coming weeks (counted per last day; the soonest days' placements read
     * by the index on their last day until {@value #SHOWN} are found), every company (for
     * the free places), the kept overdue counts, and the signals of the young people who have
     * open ones. Only those on the first {@value #SHOWN} of each list are in their audit trail.
     */
    public ProgrammeGlance glance(Caller caller) {
        if (!caller.user().has(Role.COORDINATOR)) {
            throw new AccessDeniedException("the programme's overview is for coordinators");
        }
        LocalDate today = programme.today();
        Occupancy.Counted counted = occupancy.counted();

        // in name order from the kept directory of young people (no account read); names read for those shown only
        List<String> unplaced = access.visibleAmong(caller.user(), counted.awaitingPlacement(), null);
        List<String> unplacedFirst = first(unplaced);
        Map<String, String> names = facts.personNames(unplacedFirst);
        List<ProgrammeGlance.Unplaced> unplacedShown = new ArrayList<>();
        for (String person : unplacedFirst) {
            // the next placement only of those shown: their own placements, by the index
            Optional<LocalDate> next = programme.placementsOf(person).stream().map(Placement::start)
                    .filter(start -> start.isAfter(today)).min(Comparator.naturalOrder());
            unplacedShown.add(new ProgrammeGlance.Unplaced(person, names.getOrDefault(person, ""), next));
        }

        // counted from the kept counts per last day; of those shown, the soonest days read one by one until the list is full
        LocalDate endingBy = today.plusDays(ENDING_WITHIN_DAYS);
        int endingCount = counted.endingBetween(today, endingBy);
        List<Placement> endingPlacements = new ArrayList<>();
        for (LocalDate day : counted.endingOn().subMap(today, endingBy.plusDays(1)).keySet()) {
            if (endingPlacements.size() >= SHOWN) {
                break;
            }
            programme.placementsEndingBetween(day, day).stream().filter(placement -> placement.isActiveOn(today))
                    .forEach(endingPlacements::add);
        }
        List<ProgrammeGlance.Ending> ending = new ArrayList<>();
        for (Placement placement : first(endingPlacements)) {
            ending.add(new ProgrammeGlance.Ending(placement.youngPerson(), facts.personName(placement.youngPerson()),
                    facts.companyName(placement.company()), placement.lastDay()));
        }

        List<Company> network = companies.all();
        Map<String, Integer> late = overdue.byCompany();
        List<ProgrammeGlance.CompanyPlaces> places = new ArrayList<>();
        List<ProgrammeGlance.CompanyOverdue> overdueAt = new ArrayList<>();
        for (Company company : network) {
            places.add(new ProgrammeGlance.CompanyPlaces(company.id(), company.name(), company.placementCapacity(),
                    counted.placed().getOrDefault(company.id(), 0)));
            int count = late.getOrDefault(company.id(), 0);
            if (count > 0) {
                overdueAt.add(new ProgrammeGlance.CompanyOverdue(company.id(), company.name(), count));
            }
        }
        places.sort(Comparator.comparing(ProgrammeGlance.CompanyPlaces::free).reversed()
                .thenComparing(ProgrammeGlance.CompanyPlaces::name));
        overdueAt.sort(Comparator.comparing(ProgrammeGlance.CompanyOverdue::overdue).reversed()
                .thenComparing(ProgrammeGlance.CompanyOverdue::name));

        // of the young people with open signals, those whose participation is active: their enrolments only
        SignalPage open = signals.openPage(caller, enrolments::activeAmong, SHOWN);
        List<String> named = new ArrayList<>(unplacedShown.stream().map(ProgrammeGlance.Unplaced::youngPerson).toList());
        ending.forEach(one -> named.add(one.youngPerson()));
        audit.recordAll(caller, "person.listed", named.stream().distinct().toList(), "start view");
        return new ProgrammeGlance(today, unplacedShown, unplaced.size(), ending, endingCount, first(places),
                places.size(), places.stream().mapToInt(ProgrammeGlance.CompanyPlaces::free).sum(), first(overdueAt),
                overdueAt.size(), overdueAt.stream().mapToInt(ProgrammeGlance.CompanyOverdue::overdue).sum(), open.shown(),
                open.total());
    }

    private static <T> List<T> first(List<T> all) {
        return all.subList(0, Math.min(SHOWN, all.size()));
    }
}
