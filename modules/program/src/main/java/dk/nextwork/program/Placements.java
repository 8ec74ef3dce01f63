package dk.nextwork.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.repository.PortalRepository;

/**
 * Placing young people with companies, by the programme's rules: an enrolled young person, a
 * company of the network with room, 6 weeks to 6 months, never two placements at once. A
 * placement can be extended (within 6 months), ended early (with a reason), or the young person
 * can move on to another company (the first ends the day before the next starts). Placements are
 * never deleted: a young person's course is the sequence of them. Coordinators only; audited.
 * Every write keeps the placement's {@value Programme#LAST_DAY} and recounts {@link Occupancy} for
 * the young person and the companies in the same save, then tells {@link PlacementsChanged}.
 */
@ApplicationScoped
public class Placements {

    public static final int MIN_WEEKS = 6;
    public static final int MAX_MONTHS = 6;
    private static final int MAX_REASON = 500;
    /**
     * A name search matching more young people than this walks the start days instead of querying
     * by each person: so many queries would cost more than the short walk that finds their
     * placements among everyone's.
     */
    static final int MOST_SEARCHED_BY_PERSON = 300;
    private static final Logger LOG = LoggerFactory.getLogger(Placements.class);

    private final PortalRepository repository;
    private final AuditTrail audit;
    private final Programme programme;
    private final PersonAccess access;
    private final Iterable<PlacementsChanged> listeners;
    private final int mostSearchedByPerson;

    /** For CDI's client proxy only. */
    protected Placements() {
        this(null, null, null, null, List.of());
    }

    @Inject
    public Placements(PortalRepository repository, AuditTrail audit, Programme programme, PersonAccess access,
                      Instance<PlacementsChanged> listeners) {
        this(repository, audit, programme, access, (Iterable<PlacementsChanged>) listeners);
    }

    /** Without anyone to tell of changes (a module keeping counts over placements then recounts on its own). */
    public Placements(PortalRepository repository, AuditTrail audit, Programme programme, PersonAccess access) {
        this(repository, audit, programme, access, List.of());
    }

    public Placements(PortalRepository repository, AuditTrail audit, Programme programme, PersonAccess access,
                      Iterable<PlacementsChanged> listeners) {
        this(repository, audit, programme, access, listeners, MOST_SEARCHED_BY_PERSON);
    }

    /** With another bound on the young people a search finds by person (tests: the walk with a search, in a small data set). */
    Placements(PortalRepository repository, AuditTrail audit, Programme programme, PersonAccess access,
               Iterable<PlacementsChanged> listeners, int mostSearchedByPerson) {
        this.repository = repository;
        this.audit = audit;
        this.programme = programme;
        this.access = access;
        this.listeners = listeners;
        this.mostSearchedByPerson = mostSearchedByPerson;
    }

    /**
     * The coordinators' list of placements, newest start first ({@link Placement#NEWEST_FIRST}):
     * those at a company ({@code null}: at any) that stand in a state today, of the young people
     * whose data the coordinator may see. A young person whose account is gone or closed is not
     * listed, so neither are their placements. Not audited: the names shown come from the viewer's
     * audited listing of people. Reads every placement: what {@link #page} returns a slice of
     * without doing so (the tests compare the two).
     */
    public List<Placement> list(SignedInUser by, String company, PlacementState state) {
        return list(by, company, state, null);
    }

    /**
     * As {@link #list(SignedInUser, String, PlacementState)}, of the young people whose name contains
     * {@code nameFilter} (any case; {@code null} or blank: anyone). Who may be seen, and their
     * names, come from the kept directory of young people: no account is read.
     */
    public List<Placement> list(SignedInUser by, String company, PlacementState state, String nameFilter) {
        Coordination.requireCoordinator(by);
        LocalDate today = programme.today();
        List<Placement> all = programme.allPlacements();
        Set<String> visible = new java.util.HashSet<>(access.visibleAmong(by,
                all.stream().map(Placement::youngPerson).distinct().toList(), nameFilter));
        PlacementState chosen = state == null ? PlacementState.ALL : state;
        return all.stream()
                .filter(placement -> visible.contains(placement.youngPerson()))
                .filter(placement -> company == null || company.equals(placement.company()))
                .filter(placement -> chosen.holds(placement, today))
                .toList();
    }

    /**
     * The placements from {@code offset} to {@code offset + limit} of
     * {@link #list(SignedInUser, String, PlacementState, String)}, in its order, without reading
     * every placement (the coordinators' grid fetches them a page at a time, with no total: a
     * count would read them all). Where they come from, and what that costs:
     * <ul>
     * <li>a company chosen: its placements by the {@code company} index (tens to a few hundred),
     * filtered and sorted in memory;</li>
     * <li>else a name searched that matches at most {@value #MOST_SEARCHED_BY_PERSON} young people
     * the viewer may see (from the kept directory): their placements by the {@code youngPerson}
     * index, one query each (a handful of placements each);</li>
     * <li>else (no search, or one matching more, such as a single letter): a walk over the start
     * days from the newest downward, one equality query per day on the {@code start} index,
     * stopping once {@code offset + limit} are found. The placements of a day are read (a few
     * hundred at national scale), tested for the state and, in one look-up in the directory, for who
     * may be seen and the name. The walk begins at the last start kept ({@link Programme#LAST_START};
     * yesterday for ENDED, today for ACTIVE) and ends at the first ({@link Programme#FIRST_START};
     * for ACTIVE at the earliest start whose {@value #MAX_MONTHS} months reach today, as no
     * placement is longer; for PLANNED tomorrow). So a page costs about one query per day walked
     * and the placements of those days: for the first pages a few days, deeper pages more, in
     * proportion to the offset (as the grid is scrolled, never for rows not yet scrolled to); a
     * search matching many people finds them densely enough that the walk stays short, and one
     * matching few uses the index by person instead.</li>
     * </ul>
     */
    public List<Placement> page(SignedInUser by, String company, PlacementState state, String nameFilter,
                                int offset, int limit) {
        Coordination.requireCoordinator(by);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        LocalDate today = programme.today();
        PlacementState chosen = state == null ? PlacementState.ALL : state;
        String searched = nameFilter == null || nameFilter.isBlank() ? null : nameFilter;
        int wanted = (int) Math.min(Integer.MAX_VALUE, (long) offset + limit);
        return repository.withServiceSession(session -> {
            List<Placement> found = company == null ? null
                    : visibleOf(by, Programme.placementsWhere(session, "company", company), searched, chosen, today);
            if (found == null && searched != null) {
                found = ofSearched(session, by, searched, chosen, today);
            }
            if (found == null) {
                found = walk(session, by, searched, chosen, today, wanted);
            }
            return found.subList(Math.min(offset, found.size()), Math.min(wanted, found.size()));
        });
    }

    /** Those of the placements in the state today whose young person the viewer may see (and is named so), sorted. */
    private List<Placement> visibleOf(SignedInUser by, List<Placement> placements, String nameFilter,
                                      PlacementState state, LocalDate today) {
        List<Placement> inState = placements.stream().filter(placement -> state.holds(placement, today)).toList();
        Set<String> visible = new java.util.HashSet<>(access.visibleAmong(by,
                inState.stream().map(Placement::youngPerson).distinct().toList(), nameFilter));
        List<Placement> shown = new ArrayList<>();
        for (Placement placement : inState) {
            if (visible.contains(placement.youngPerson())) {
                shown.add(placement);
            }
        }
        shown.sort(Placement.NEWEST_FIRST);
        return shown;
    }

    /** The placements of the young people the search names, by the person index; {@code null} if it names too many. */
    private List<Placement> ofSearched(Session session, SignedInUser by, String nameFilter, PlacementState state,
                                       LocalDate today) throws RepositoryException {
        List<String> named = access.visibleNamed(by, nameFilter, mostSearchedByPerson + 1);
        if (named.size() > mostSearchedByPerson) {
            return null;
        }
        List<Placement> found = new ArrayList<>();
        for (String person : named) {
            for (Placement placement : Programme.placementsWhere(session, "youngPerson", person)) {
                if (state.holds(placement, today)) {
                    found.add(placement);
                }
            }
        }
        found.sort(Placement.NEWEST_FIRST);
        return found;
    }

    /** The first {@code wanted} placements in the state today, walking the start days down (see {@link #page}). */
    private List<Placement> walk(Session session, SignedInUser by, String nameFilter, PlacementState state,
                                 LocalDate today, int wanted) throws RepositoryException {
        List<Placement> found = new ArrayList<>();
        LocalDate[] span = Programme.startSpan(session).orElse(null);
        if (span == null || wanted == 0) {
            return found;
        }
        LocalDate newest = switch (state) {
            case ACTIVE -> today;
            case ENDED -> today.minusDays(1);
            default -> span[1];
        };
        newest = newest.isAfter(span[1]) ? span[1] : newest;
        LocalDate oldest = state == PlacementState.PLANNED ? today.plusDays(1) : span[0];
        for (LocalDate day = newest; !day.isBefore(oldest) && found.size() < wanted; day = day.minusDays(1)) {
            if (state == PlacementState.ACTIVE && day.plusMonths(MAX_MONTHS).isBefore(today)) {
                break; // ended by now, as is every placement begun earlier (no placement is longer)
            }
            List<Placement> ofDay = new ArrayList<>();
            for (Node node : Programme.placementsOnDays(session, "start", day, day)) {
                ofDay.add(Programme.placement(node));
            }
            found.addAll(visibleOf(by, ofDay, nameFilter, state, today));
        }
        return found;
    }

    public Placement place(SignedInUser by, String youngPerson, String company, LocalDate start, LocalDate plannedEnd)
            throws ProgrammeRefusedException {
        Coordination.requireCoordinator(by);
        Placement placed = Coordination.runRecounting(repository, session -> {
            Placement created = add(session, youngPerson, company, start, plannedEnd);
            recount(session, List.of(), created);
            session.save();
            return created;
        });
        audit.record(by.id(), "placement.create", youngPerson, placed.id(), null);
        tell(placed.company());
        return placed;
    }

    private Placement add(Session session, String youngPerson, String company, LocalDate start, LocalDate plannedEnd)
            throws RepositoryException, ProgrammeRefusedException {
        if (youngPerson == null || youngPerson.contains("/") || !session.nodeExists(Enrolments.YOUTH + "/" + youngPerson)
                || Enrolments.read(session.getNode(Enrolments.YOUTH + "/" + youngPerson)).status() != YoungPerson.Status.ACTIVE) {
            throw new ProgrammeRefusedException("program.refused.notEnrolled");
        }
        if (company == null || company.isBlank()) {
            throw new ProgrammeRefusedException("program.refused.chooseCompany");
        }
        if (company.contains("/") || !session.nodeExists(Companies.COMPANIES + "/" + company)) {
            throw new ProgrammeRefusedException("program.refused.noCompany");
        }
        checkLength(start, plannedEnd);
        checkNoOverlap(session, youngPerson, null, start, plannedEnd);
        Company host = Companies.read(session.getNode(Companies.COMPANIES + "/" + company));
        long concurrent = Programme.placementsWhere(session, "company", company).stream()
                .filter(other -> other.overlaps(start, plannedEnd)).count();
        if (concurrent >= host.placementCapacity()) {
            throw new ProgrammeRefusedException("program.refused.full", host.name(), host.placementCapacity());
        }
        String id = youngPerson + "-" + company + "-" + UUID.randomUUID().toString().substring(0, 8);
        Node node = session.getNode(Programme.PLACEMENTS).addNode(id, "nt:unstructured");
        node.setProperty("youngPerson", youngPerson);
        node.setProperty("company", company);
        node.setProperty("start", start.toString());
        node.setProperty("plannedEnd", plannedEnd.toString());
        OccupancyRecount.keepLastDay(node);
        Programme.widenStartSpan(session, start);
        return Programme.placement(node);
    }

    /**
     * Recounts {@link Occupancy} for the young people, companies and last days of the placements
     * just written (and the last days they had before), in the session about to be saved (rolled
     * on to today first if need be).
     */
    private void recount(Session session, Collection<LocalDate> formerLastDays, Placement... written)
            throws RepositoryException {
        LocalDate day = OccupancyRecount.bringTo(session, programme.today());
        Set<String> ids = new LinkedHashSet<>();
        Set<String> people = new LinkedHashSet<>();
        Set<String> companies = new LinkedHashSet<>();
        Set<LocalDate> lastDays = new LinkedHashSet<>(formerLastDays);
        for (Placement placement : written) {
            ids.add(placement.id());
            people.add(placement.youngPerson());
            companies.add(placement.company());
            lastDays.add(placement.lastDay());
        }
        for (LocalDate lastDay : lastDays) {
            OccupancyRecount.recountEndingOn(session, lastDay, day, ids);
        }
        for (String person : people) {
            OccupancyRecount.recountYoungPerson(session, person, day, ids);
        }
        for (String company : companies) {
            OccupancyRecount.recountCompany(session, company, day, ids);
        }
    }

    /** After the save: those keeping counts over the companies' placements recount them. */
    private void tell(String... companies) {
        Set<String> changed = new LinkedHashSet<>(List.of(companies));
        for (PlacementsChanged listener : listeners) {
            try {
                listener.placementsChangedAt(changed);
            } catch (RuntimeException e) {
                // the placement is saved; the hourly count of overdue reports counts it then
                LOG.warn("Counts over the placements at {} not updated now", changed, e);
            }
        }
    }

    private static String companyName(Session session, String company) throws RepositoryException {
        String path = Companies.COMPANIES + "/" + company;
        return session.nodeExists(path) ? Companies.read(session.getNode(path)).name() : company;
    }

    /** At least 6 weeks, at most 6 months, from the first day to the planned end. */
    static void checkLength(LocalDate start, LocalDate plannedEnd) throws ProgrammeRefusedException {
        if (start == null || plannedEnd == null || plannedEnd.isBefore(start.plusWeeks(MIN_WEEKS))
                || plannedEnd.isAfter(start.plusMonths(MAX_MONTHS))) {
            throw new ProgrammeRefusedException("program.refused.length", MIN_WEEKS, MAX_MONTHS);
        }
    }

    private static void checkNoOverlap(Session session, String youngPerson, String except, LocalDate start, LocalDate lastDay)
            throws RepositoryException, ProgrammeRefusedException {
        for (Placement other : Programme.placementsWhere(session, "youngPerson", youngPerson)) {
            if (!other.id().equals(except) && other.overlaps(start, lastDay)) {
                // named as people know the company; the dates as the reader's language writes them
                throw new ProgrammeRefusedException("program.refused.overlap", companyName(session, other.company()),
                        other.start(), other.lastDay());
            }
        }
    }

    private static Node current(Session session, String id) throws RepositoryException, ProgrammeRefusedException {
        String path = Programme.PLACEMENTS + "/" + id;
        if (id == null || id.contains("/") || !session.nodeExists(path)) {
            throw new ProgrammeRefusedException("program.refused.noPlacement");
        }
        Node node = session.getNode(path);
        if (node.hasProperty("ended")) {
            throw new ProgrammeRefusedException("program.refused.ended");
        }
        return node;
    }

    /** Moves the planned end later, within 6 months of the start and before the young person's next placement. */
    public Placement extend(SignedInUser by, String id, LocalDate newPlannedEnd) throws ProgrammeRefusedException {
        Coordination.requireCoordinator(by);
        Placement extended = Coordination.runRecounting(repository, session -> {
            Node node = current(session, id);
            Placement placement = Programme.placement(node);
            if (newPlannedEnd == null || !newPlannedEnd.isAfter(placement.plannedEnd())) {
                throw new ProgrammeRefusedException("program.refused.notLater", placement.plannedEnd());
            }
            checkLength(placement.start(), newPlannedEnd);
            checkNoOverlap(session, placement.youngPerson(), id, placement.plannedEnd().plusDays(1), newPlannedEnd);
            node.setProperty("plannedEnd", newPlannedEnd.toString());
            OccupancyRecount.keepLastDay(node);
            Placement now = Programme.placement(node);
            recount(session, List.of(placement.lastDay()), now);
            session.save();
            return now;
        });
        audit.record(by.id(), "placement.extend", extended.youngPerson(), id, newPlannedEnd.toString());
        tell(extended.company());
        return extended;
    }

    /** Ends a placement before its planned end; {@code lastDay} is its last day, and the reason is kept. */
    public Placement endEarly(SignedInUser by, String id, LocalDate lastDay, String reason)
            throws ProgrammeRefusedException {
        Coordination.requireCoordinator(by);
        Placement ended = Coordination.runRecounting(repository, session -> {
            Node node = current(session, id);
            if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
                throw new ProgrammeRefusedException("program.refused.reason", MAX_REASON);
            }
            LocalDate planned = Programme.placement(node).lastDay();
            Placement placement = end(node, lastDay, "endReason", reason.strip());
            recount(session, List.of(planned), placement);
            session.save();
            return placement;
        });
        audit.record(by.id(), "placement.end", ended.youngPerson(), id, null);
        tell(ended.company());
        return ended;
    }

    /** Ends the placement on {@code lastDay}, keeping why in {@code why}: the reason, or the company moved on to. */
    private static Placement end(Node node, LocalDate lastDay, String why, String value)
            throws RepositoryException, ProgrammeRefusedException {
        Placement placement = Programme.placement(node);
        if (lastDay == null || lastDay.isBefore(placement.start()) || !lastDay.isBefore(placement.plannedEnd())) {
            throw new ProgrammeRefusedException("program.refused.endDay", placement.start(), placement.plannedEnd());
        }
        node.setProperty("ended", lastDay.toString());
        node.setProperty(why, value);
        OccupancyRecount.keepLastDay(node);
        return Programme.placement(node);
    }

    /**
     * The young person moves on: the placement ends the day before {@code firstDay}, and a new one
     * at {@code company} starts then. Both or neither.
     */
    public Placement moveOn(SignedInUser by, String id, String company, LocalDate firstDay, LocalDate plannedEnd)
            throws ProgrammeRefusedException {
        Coordination.requireCoordinator(by);
        Moved moved = Coordination.runRecounting(repository, session -> {
            Node current = current(session, id);
            LocalDate planned = Programme.placement(current).lastDay();
            Placement ending = end(current, firstDay == null ? null : firstDay.minusDays(1), Programme.MOVED_ON_TO, company);
            if (ending.company().equals(company)) {
                throw new ProgrammeRefusedException("program.refused.sameCompany");
            }
            // the query index sees saved state only: the ended placement must not count as an overlap
            recount(session, List.of(planned), ending);
            session.save();
            try {
                Placement created = add(session, ending.youngPerson(), company, firstDay, plannedEnd);
                recount(session, List.of(), ending, created);
                session.save();
                return new Moved(ending, created);
            } catch (ProgrammeRefusedException | RepositoryException failed) {
                session.refresh(false);
                Node node = session.getNode(Programme.PLACEMENTS + "/" + id);
                node.getProperty("ended").remove();
                if (node.hasProperty(Programme.MOVED_ON_TO)) { // none when no company was chosen
                    node.getProperty(Programme.MOVED_ON_TO).remove();
                }
                OccupancyRecount.keepLastDay(node);
                recount(session, List.of(ending.lastDay()), Programme.placement(node));
                session.save();
                throw failed;
            }
        });
        Placement next = moved.next();
        audit.record(by.id(), "placement.moveOn", next.youngPerson(), id + " -> " + next.id(), null);
        tell(moved.ended().company(), next.company());
        return next;
    }

    private record Moved(Placement ended, Placement next) {
    }
}
