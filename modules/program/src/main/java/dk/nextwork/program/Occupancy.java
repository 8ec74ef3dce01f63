package dk.nextwork.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.platform.repository.ClusterConflicts;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.time.PortalTime;

/**
 * Who is placed where today, kept so the programme's overview need not read every placement: per
 * company how many young people are placed there ({@value #PLACED_TODAY} on the company), per
 * enrolment whether the young person is active and without a placement ({@value #AWAITING},
 * present only then, indexed), and per day how many of those placed today have it as their last
 * day ({@value #ENDING_ON}). Recounted for the young person and the companies concerned in the
 * same save as every placement write and enrolment change. The counts are of one day, kept in
 * {@value #ROOT} ({@value #COUNTED_FOR}); whoever finds them of another day (the hourly
 * {@code OccupancySchedule}, a reader, a write) rolls them on first, recounting only the young
 * people and companies of placements that began or ended in between (a gap over a month: all).
 */
@ApplicationScoped
public class Occupancy {

    public static final String ROOT = "/program/occupancy";
    public static final String COUNTED_FOR = "countedFor";
    public static final String PLACED_TODAY = "placedToday";
    public static final String AWAITING = "awaitingPlacement";
    /** Below {@value #ROOT}: per day (the property's name), how many of those placed today end their placement then. */
    public static final String ENDING_ON = "endingOn";
    /** How many placements' last days {@link #recountAll} writes per save. */
    private static final int SAVE_EVERY = 1_000;

    private final PortalRepository repository;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected Occupancy() {
        this(null, Clock.systemUTC());
    }

    @Inject
    public Occupancy(PortalRepository repository) {
        this(repository, Clock.systemUTC());
    }

    /** With the clock whose day the counts are of. */
    public Occupancy(PortalRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public LocalDate today() {
        return PortalTime.today(clock);
    }

    /**
     * The counts of today.
     *
     * @param day                the day they are of (today by the clock)
     * @param placed             per company how many are placed there on that day; companies with none left out
     * @param awaitingPlacement  the young people whose participation is active and who have no placement on that day,
     *                           in no particular order
     * @param endingOn           per last day, how many of the placements active on that day end then; days with none
     *                           left out, soonest first
     */
    public record Counted(LocalDate day, Map<String, Integer> placed, List<String> awaitingPlacement,
                          SortedMap<LocalDate, Integer> endingOn) {

        public Counted {
            placed = Map.copyOf(placed);
            awaitingPlacement = List.copyOf(awaitingPlacement);
            endingOn = Collections.unmodifiableSortedMap(new TreeMap<>(endingOn));
        }

        /** How many of those placed on the day end their placement from {@code from} to {@code to}, both included. */
        public int endingBetween(LocalDate from, LocalDate to) {
            return to.isBefore(from) ? 0 : endingOn.subMap(from, to.plusDays(1)).values().stream()
                    .mapToInt(Integer::intValue).sum();
        }
    }

    /** Today's counts, rolled on first if they are of another day: the companies' counts, one indexed query, one node. */
    public Counted counted() {
        LocalDate today = rollOn();
        return repository.withServiceSession(session -> {
            Map<String, Integer> placed = new TreeMap<>();
            for (NodeIterator companies = session.getNode(Companies.COMPANIES).getNodes(); companies.hasNext(); ) {
                Node company = companies.nextNode();
                long count = company.hasProperty(PLACED_TODAY) ? company.getProperty(PLACED_TODAY).getLong() : 0;
                if (count > 0) {
                    placed.put(company.getName(), (int) count);
                }
            }
            String ending = ROOT + "/" + ENDING_ON;
            return new Counted(today, placed, awaiting(session), session.nodeExists(ending)
                    ? OccupancyRecount.endingCounts(session.getNode(ending)) : new TreeMap<>());
        });
    }

    private static List<String> awaiting(Session session) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery("SELECT * FROM [nt:unstructured] AS y "
                + "WHERE ISCHILDNODE(y, '" + Enrolments.YOUTH + "') AND y.[" + AWAITING + "] = $awaiting", Query.JCR_SQL2);
        query.bindValue("awaiting", session.getValueFactory().createValue(true));
        List<String> ids = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
            ids.add(nodes.nextNode().getName());
        }
        return ids;
    }

    /**
     * Brings the counts to today if they are of another day (the hourly schedule calls it; so do
     * readers and writes): cheap, only the placements that began or ended in between are read.
     * Returns today. One at a time on this app node: readers arriving together after midnight
     * find it done rather than racing each other.
     */
    public synchronized LocalDate rollOn() {
        LocalDate today = today();
        boolean current = repository.withServiceSession(session -> session.nodeExists(ROOT)
                && session.getNode(ROOT).hasProperty(COUNTED_FOR)
                && today.toString().equals(session.getNode(ROOT).getProperty(COUNTED_FOR).getString()));
        if (!current) {
            // two app nodes may roll on at once: the one refused looks again and finds it done
            ClusterConflicts.retry("occupancy", () -> repository.withServiceSession(session -> {
                OccupancyRecount.bringTo(session, today);
                session.save();
                return null;
            }));
        }
        return today;
    }

    /**
     * Counts everything afresh for today from every placement, and writes each placement's
     * {@value Programme#LAST_DAY} where it is missing or wrong, and the span of starts the
     * placements' listing walks ({@value Programme#FIRST_START}, {@value Programme#LAST_START}): for install and update steps, and
     * after a load that wrote placements or enrolments directly. Reads every placement; saves the
     * last days in batches. Returns how many nodes changed.
     */
    public int recountAll() {
        LocalDate today = today();
        int lastDays = repository.withServiceSession(session -> {
            int changed = 0;
            for (NodeIterator nodes = session.getNode(Programme.PLACEMENTS).getNodes(); nodes.hasNext(); ) {
                if (OccupancyRecount.keepLastDay(nodes.nextNode()) && ++changed % SAVE_EVERY == 0) {
                    session.save();
                }
            }
            session.save();
            return changed;
        });
        return lastDays + ClusterConflicts.retry("occupancy", () -> repository.withServiceSession(session -> {
            int changed = OccupancyRecount.countAll(session, today);
            session.save();
            return changed;
        }));
    }

    /** For install and update tasks: everything counted for the day in their session, which they save. */
    public static void recountAll(Session session, LocalDate day) throws RepositoryException {
        OccupancyRecount.countAll(session, day);
    }
}
