package dk.nextwork.program;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Keeps {@link Occupancy}'s counts in a session, for the caller to save: each recount sets the
 * value afresh from the placements (never adds or subtracts), so recounting twice is harmless.
 * Queries see saved state only: a write passes the ids of the placements it has changed or added,
 * which are read from the session as they now stand.
 */
final class OccupancyRecount {

    /** A longer gap between the day counted for and today is counted afresh rather than rolled on. */
    static final int MOST_DAYS_ROLLED = 31;

    private OccupancyRecount() {
    }

    /**
     * Brings the counts to {@code today}: unchanged when they are of that day; else only the young
     * people and companies of placements that begin or end between the two days are recounted (a
     * placement is on one day and not the other only then); no day kept, or a long gap, counts all.
     */
    static LocalDate bringTo(Session session, LocalDate today) throws RepositoryException {
        Node root = root(session);
        LocalDate counted = root.hasProperty(Occupancy.COUNTED_FOR)
                ? LocalDate.parse(root.getProperty(Occupancy.COUNTED_FOR).getString()) : null;
        if (today.equals(counted)) {
            return today;
        }
        if (counted == null || Math.abs(ChronoUnit.DAYS.between(counted, today)) > MOST_DAYS_ROLLED) {
            countAll(session, today);
            return today;
        }
        LocalDate earlier = counted.isBefore(today) ? counted : today;
        LocalDate later = counted.isBefore(today) ? today : counted;
        Set<String> people = new TreeSet<>();
        Set<String> companies = new TreeSet<>();
        Set<LocalDate> lastDays = new TreeSet<>();
        // on the earlier day and not the later one (ended), or the other way round (begun)
        for (String property : new String[] {"start", Programme.LAST_DAY}) {
            LocalDate from = property.equals("start") ? earlier.plusDays(1) : earlier;
            LocalDate to = property.equals("start") ? later : later.minusDays(1);
            for (Node placement : Programme.placementsOnDays(session, property, from, to)) {
                people.add(placement.getProperty("youngPerson").getString());
                companies.add(placement.getProperty("company").getString());
                lastDays.add(LocalDate.parse(placement.getProperty(Programme.LAST_DAY).getString()));
            }
        }
        for (String person : people) {
            recountYoungPerson(session, person, today, Set.of());
        }
        for (String company : companies) {
            recountCompany(session, company, today, Set.of());
        }
        // nobody placed today has a last day before today
        Node ending = endingNode(session);
        for (LocalDate past : endingCounts(ending).headMap(today).keySet()) {
            setEnding(ending, past, 0);
        }
        for (LocalDate lastDay : lastDays) {
            recountEndingOn(session, lastDay, today, Set.of());
        }
        root.setProperty(Occupancy.COUNTED_FOR, today.toString());
        return today;
    }

    /** Whether the young person is awaiting a placement on the day: active, and no placement on that day. */
    static void recountYoungPerson(Session session, String youngPerson, LocalDate day, Collection<String> changed)
            throws RepositoryException {
        String path = Enrolments.YOUTH + "/" + youngPerson;
        if (!session.nodeExists(path)) {
            return;
        }
        Node enrolment = session.getNode(path);
        boolean active = YoungPerson.Status.ACTIVE.name().equals(enrolment.getProperty("status").getString());
        boolean awaiting = active && placements(session, "youngPerson", youngPerson, changed).values().stream()
                .noneMatch(placement -> placement.isActiveOn(day));
        setAwaiting(enrolment, awaiting);
    }

    /**
     * How many of the placements active on {@code day} have {@code lastDay} as their last day
     * (none before the day itself): the overview's "ending soon" is the sum over the coming days.
     */
    static void recountEndingOn(Session session, LocalDate lastDay, LocalDate day, Collection<String> changed)
            throws RepositoryException {
        long ending = lastDay.isBefore(day) ? 0 : placements(session, Programme.LAST_DAY, lastDay.toString(), changed)
                .values().stream().filter(placement -> placement.isActiveOn(day)).count();
        setEnding(endingNode(session), lastDay, ending);
    }

    /** How many young people are placed at the company on the day. */
    static void recountCompany(Session session, String company, LocalDate day, Collection<String> changed)
            throws RepositoryException {
        String path = Companies.COMPANIES + "/" + company;
        if (!session.nodeExists(path)) {
            return;
        }
        long placed = placements(session, "company", company, changed).values().stream()
                .filter(placement -> placement.isActiveOn(day)).count();
        setPlaced(session.getNode(path), placed);
    }

    /**
     * Counts everything for the day from every placement, read once; writes each placement's
     * {@value Programme#LAST_DAY} where it is missing or wrong (placements stored before 1.6.0, or
     * written by a bulk load), and the span of starts ({@value Programme#FIRST_START},
     * {@value Programme#LAST_START}). Only what changes is written. Returns how many nodes it changed.
     */
    static int countAll(Session session, LocalDate day) throws RepositoryException {
        int changed = 0;
        Set<String> placedToday = new java.util.HashSet<>();
        Map<String, Long> perCompany = new HashMap<>();
        Map<LocalDate, Long> perLastDay = new HashMap<>();
        LocalDate firstStart = null;
        LocalDate lastStart = null;
        for (NodeIterator nodes = session.getNode(Programme.PLACEMENTS).getNodes(); nodes.hasNext(); ) {
            Node node = nodes.nextNode();
            if (keepLastDay(node)) {
                changed++;
            }
            Placement placement = Programme.placement(node);
            firstStart = firstStart == null || placement.start().isBefore(firstStart) ? placement.start() : firstStart;
            lastStart = lastStart == null || placement.start().isAfter(lastStart) ? placement.start() : lastStart;
            if (placement.isActiveOn(day)) {
                placedToday.add(placement.youngPerson());
                perCompany.merge(placement.company(), 1L, Long::sum);
                perLastDay.merge(placement.lastDay(), 1L, Long::sum);
            }
        }
        Node ending = endingNode(session);
        for (LocalDate kept : endingCounts(ending).keySet()) {
            if (!perLastDay.containsKey(kept) && setEnding(ending, kept, 0)) {
                changed++;
            }
        }
        for (Map.Entry<LocalDate, Long> lastDay : perLastDay.entrySet()) {
            if (setEnding(ending, lastDay.getKey(), lastDay.getValue())) {
                changed++;
            }
        }
        for (NodeIterator nodes = session.getNode(Enrolments.YOUTH).getNodes(); nodes.hasNext(); ) {
            Node enrolment = nodes.nextNode();
            boolean active = YoungPerson.Status.ACTIVE.name().equals(enrolment.getProperty("status").getString());
            if (setAwaiting(enrolment, active && !placedToday.contains(enrolment.getName()))) {
                changed++;
            }
        }
        for (NodeIterator nodes = session.getNode(Companies.COMPANIES).getNodes(); nodes.hasNext(); ) {
            Node company = nodes.nextNode();
            if (setPlaced(company, perCompany.getOrDefault(company.getName(), 0L))) {
                changed++;
            }
        }
        if (Programme.setStartSpan(session, firstStart, lastStart)) {
            changed++;
        }
        root(session).setProperty(Occupancy.COUNTED_FOR, day.toString());
        return changed;
    }

    /** Sets the placement's stored last day from its end or planned end; whether it changed. */
    static boolean keepLastDay(Node placement) throws RepositoryException {
        String lastDay = placement.hasProperty("ended") ? placement.getProperty("ended").getString()
                : placement.getProperty("plannedEnd").getString();
        if (placement.hasProperty(Programme.LAST_DAY) && placement.getProperty(Programme.LAST_DAY).getString().equals(lastDay)) {
            return false;
        }
        placement.setProperty(Programme.LAST_DAY, lastDay);
        return true;
    }

    /**
     * The saved placements with the property's value ({@code youngPerson}, {@code company},
     * {@value Programme#LAST_DAY}) and the changed ones, as the session has them now.
     */
    private static Map<String, Placement> placements(Session session, String property, String value,
                                                     Collection<String> changed) throws RepositoryException {
        Map<String, Placement> found = new LinkedHashMap<>();
        for (Placement saved : Programme.placementsWhere(session, property, value)) {
            found.put(saved.id(), saved);
        }
        for (String id : changed) {
            String path = Programme.PLACEMENTS + "/" + id;
            if (session.nodeExists(path)) {
                Placement now = Programme.placement(session.getNode(path));
                String valueNow = switch (property) {
                    case "company" -> now.company();
                    case Programme.LAST_DAY -> now.lastDay().toString();
                    default -> now.youngPerson();
                };
                if (value.equals(valueNow)) {
                    found.put(id, now);
                } else {
                    found.remove(id);
                }
            }
        }
        return found;
    }

    /** Present (true) only while awaiting a placement, so those awaiting are one indexed query. */
    private static boolean setAwaiting(Node enrolment, boolean awaiting) throws RepositoryException {
        if (awaiting == enrolment.hasProperty(Occupancy.AWAITING)) {
            return false;
        }
        if (awaiting) {
            enrolment.setProperty(Occupancy.AWAITING, true);
        } else {
            enrolment.getProperty(Occupancy.AWAITING).remove();
        }
        return true;
    }

    private static boolean setPlaced(Node company, long placed) throws RepositoryException {
        if (company.hasProperty(Occupancy.PLACED_TODAY) && company.getProperty(Occupancy.PLACED_TODAY).getLong() == placed) {
            return false;
        }
        company.setProperty(Occupancy.PLACED_TODAY, placed);
        return true;
    }

    /** Kept as a property named by the day, present only while some end that day. */
    private static boolean setEnding(Node ending, LocalDate lastDay, long count) throws RepositoryException {
        String name = lastDay.toString();
        if (count == 0) {
            if (!ending.hasProperty(name)) {
                return false;
            }
            ending.getProperty(name).remove();
            return true;
        }
        if (ending.hasProperty(name) && ending.getProperty(name).getLong() == count) {
            return false;
        }
        ending.setProperty(name, count);
        return true;
    }

    /** The kept counts of the placements ending on each day ({@link Occupancy.Counted#endingOn}), read from the node. */
    static java.util.SortedMap<LocalDate, Integer> endingCounts(Node ending) throws RepositoryException {
        java.util.SortedMap<LocalDate, Integer> counts = new java.util.TreeMap<>();
        for (javax.jcr.PropertyIterator days = ending.getProperties(); days.hasNext(); ) {
            javax.jcr.Property day = days.nextProperty();
            if (isDay(day.getName())) {
                counts.put(LocalDate.parse(day.getName()), (int) day.getLong());
            }
        }
        return counts;
    }

    /** The node's own properties ({@code jcr:primaryType}) are not days. */
    private static boolean isDay(String name) {
        return !name.contains(":");
    }

    private static Node endingNode(Session session) throws RepositoryException {
        Node root = root(session);
        return root.hasNode(Occupancy.ENDING_ON) ? root.getNode(Occupancy.ENDING_ON)
                : root.addNode(Occupancy.ENDING_ON, "nt:unstructured");
    }

    private static Node root(Session session) throws RepositoryException {
        if (!session.nodeExists(Occupancy.ROOT)) {
            return session.getNode("/program").addNode(Occupancy.ROOT.substring("/program/".length()), "nt:unstructured");
        }
        return session.getNode(Occupancy.ROOT);
    }
}
