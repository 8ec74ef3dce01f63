package dk.nextwork.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.query.Query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.time.PortalTime;

/**
 * The programme's records as they stand: placements (a young person's course is the sequence of
 * them) and network groups. Stored under {@value #PLACEMENTS} and {@value #GROUPS}.
 */
@ApplicationScoped
public class Programme {

    public static final String PLACEMENTS = "/program/placements";
    public static final String GROUPS = "/program/groups";
    /** The property of an ended placement that names the company the young person moved on to. */
    public static final String MOVED_ON_TO = "movedOnTo";
    /** A group's weekly meeting: the day ({@code TUESDAY}) and the time of day ({@code 14:00}). */
    public static final String MEETS_ON = "meetsOn";
    public static final String MEETS_AT = "meetsAt";
    /** The last day of a group a coordinator ended. */
    public static final String ENDED = "ended";
    /**
     * A placement's last day as stored: the day it ended early, or else its planned end (kept by
     * every write in {@link Placements}, indexed), so placements ending on given days are found
     * without reading the others.
     */
    public static final String LAST_DAY = "lastDay";
    /**
     * The first and the last start of any placement, kept on {@value #PLACEMENTS} (widened by every
     * placement added, set afresh by {@link Occupancy#recountAll()}): how far a walk over the start
     * days goes. Placements are never deleted and a start never changes, so the span only widens.
     */
    public static final String FIRST_START = "firstStart";
    public static final String LAST_START = "lastStart";

    private final PortalRepository repository;
    private final Clock clock;

    protected Programme() {
        this(null, Clock.systemUTC());
    }

    @Inject
    public Programme(PortalRepository repository) {
        this(repository, Clock.systemUTC());
    }

    public Programme(PortalRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Today in Denmark: the day placements are current, planned or ended by. */
    public LocalDate today() {
        return PortalTime.today(clock);
    }

    /** A young person's placements, oldest first. */
    public List<Placement> placementsOf(String youngPerson) {
        return repository.withServiceSession(session -> {
            List<Placement> placements = new ArrayList<>(placementsWhere(session, "youngPerson", youngPerson));
            placements.sort(java.util.Comparator.comparing(Placement::start));
            return placements;
        });
    }

    /** The placements at a company, past, present and planned, oldest first. */
    public List<Placement> placementsAt(String company) {
        return repository.withServiceSession(session -> {
            List<Placement> placements = new ArrayList<>(placementsWhere(session, "company", company));
            placements.sort(java.util.Comparator.comparing(Placement::start));
            return placements;
        });
    }

    /**
     * The placements whose property has the value ({@code youngPerson}, {@code company}; both
     * indexed). A query sees saved state only, not what the session has yet to save.
     */
    static List<Placement> placementsWhere(Session session, String property, String value) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery("SELECT * FROM [nt:unstructured] AS p "
                + "WHERE ISCHILDNODE(p, '" + PLACEMENTS + "') AND p.[" + property + "] = $value", Query.JCR_SQL2);
        query.bindValue("value", session.getValueFactory().createValue(value));
        List<Placement> placements = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
            placements.add(placement(nodes.nextNode()));
        }
        return placements;
    }

    /** Every network group, by name. */
    public List<NetworkGroup> allGroups() {
        return repository.withServiceSession(session -> {
            List<NetworkGroup> groups = new ArrayList<>();
            if (!session.nodeExists(GROUPS)) {
                return groups;
            }
            for (NodeIterator nodes = session.getNode(GROUPS).getNodes(); nodes.hasNext(); ) {
                groups.add(group(nodes.nextNode()));
            }
            groups.sort(java.util.Comparator.comparing(NetworkGroup::name));
            return groups;
        });
    }

    /** The network groups a counsellor leads, by name: found by the index, not by reading every group. */
    public List<NetworkGroup> groupsLedBy(String counsellor) {
        return repository.withServiceSession(session -> {
            List<NetworkGroup> groups = new ArrayList<>();
            if (counsellor == null || !session.nodeExists(GROUPS)) {
                return groups;
            }
            Query query = session.getWorkspace().getQueryManager().createQuery("SELECT * FROM [nt:unstructured] AS g "
                    + "WHERE ISCHILDNODE(g, '" + GROUPS + "') AND g.[counsellor] = $counsellor", Query.JCR_SQL2);
            query.bindValue("counsellor", session.getValueFactory().createValue(counsellor));
            for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
                groups.add(group(nodes.nextNode()));
            }
            groups.sort(java.util.Comparator.comparing(NetworkGroup::name));
            return groups;
        });
    }

    /** Every placement, newest start first ({@link Placement#NEWEST_FIRST}). Reads them all. */
    public List<Placement> allPlacements() {
        return repository.withServiceSession(session -> {
            List<Placement> placements = new ArrayList<>();
            for (NodeIterator nodes = session.getNode(PLACEMENTS).getNodes(); nodes.hasNext(); ) {
                placements.add(placement(nodes.nextNode()));
            }
            placements.sort(Placement.NEWEST_FIRST);
            return placements;
        });
    }

    /** The first and last start of any placement, as kept ({@value #FIRST_START}, {@value #LAST_START}); empty if none. */
    static Optional<LocalDate[]> startSpan(Session session) throws RepositoryException {
        Node folder = session.getNode(PLACEMENTS);
        if (!folder.hasProperty(FIRST_START) || !folder.hasProperty(LAST_START)) {
            return Optional.empty();
        }
        return Optional.of(new LocalDate[] {date(folder, FIRST_START), date(folder, LAST_START)});
    }

    /**
     * Widens the kept span of starts to a new placement's start, in the session about to be saved.
     * Written only when the span changes (rarely: a start later than any yet), so placements added
     * at once seldom touch the same property.
     */
    static void widenStartSpan(Session session, LocalDate start) throws RepositoryException {
        Node folder = session.getNode(PLACEMENTS);
        if (!folder.hasProperty(FIRST_START) || start.isBefore(date(folder, FIRST_START))) {
            folder.setProperty(FIRST_START, start.toString());
        }
        if (!folder.hasProperty(LAST_START) || start.isAfter(date(folder, LAST_START))) {
            folder.setProperty(LAST_START, start.toString());
        }
    }

    /** For install and update tasks: the kept span of starts set from every placement, in their session (which they save). */
    public static void keepStartSpan(Session session) throws RepositoryException {
        LocalDate first = null;
        LocalDate last = null;
        for (Placement placement : placementsIn(session)) {
            first = first == null || placement.start().isBefore(first) ? placement.start() : first;
            last = last == null || placement.start().isAfter(last) ? placement.start() : last;
        }
        setStartSpan(session, first, last);
    }

    /** Sets the kept span of starts to exactly that of the placements given (none: removed); whether it changed. */
    static boolean setStartSpan(Session session, LocalDate first, LocalDate last) throws RepositoryException {
        Node folder = session.getNode(PLACEMENTS);
        boolean changed = false;
        for (String property : new String[] {FIRST_START, LAST_START}) {
            LocalDate day = property.equals(FIRST_START) ? first : last;
            String now = folder.hasProperty(property) ? folder.getProperty(property).getString() : null;
            String wanted = day == null ? null : day.toString();
            if (!java.util.Objects.equals(now, wanted)) {
                folder.setProperty(property, wanted);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * The placements whose last day is between the two days (both included), soonest first (then
     * the latest start, then by id): found by the index on {@value #LAST_DAY}, one query per day,
     * not by reading every placement. Some of them may not have begun.
     */
    public List<Placement> placementsEndingBetween(LocalDate from, LocalDate to) {
        return repository.withServiceSession(session -> {
            List<Placement> placements = new ArrayList<>();
            for (Node node : placementsOnDays(session, LAST_DAY, from, to)) {
                placements.add(placement(node));
            }
            placements.sort(java.util.Comparator.comparing(Placement::lastDay)
                    .thenComparing(Placement::start, java.util.Comparator.reverseOrder()).thenComparing(Placement::id));
            return placements;
        });
    }

    /**
     * The placement nodes whose {@code property} (a day: {@code start} or {@value #LAST_DAY}, both
     * indexed) is one of the days from {@code from} to {@code to}: one equality query per day,
     * which the property index answers (a list of days in one {@code IN} is costed as a whole, and
     * Oak may then choose to traverse every placement instead). Saved state only.
     */
    static List<Node> placementsOnDays(Session session, String property, LocalDate from, LocalDate to)
            throws RepositoryException {
        List<Node> nodes = new ArrayList<>();
        Query query = session.getWorkspace().getQueryManager().createQuery("SELECT * FROM [nt:unstructured] AS p "
                + "WHERE ISCHILDNODE(p, '" + PLACEMENTS + "') AND p.[" + property + "] = $day", Query.JCR_SQL2);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            query.bindValue("day", session.getValueFactory().createValue(day.toString()));
            for (NodeIterator found = query.execute().getNodes(); found.hasNext(); ) {
                nodes.add(found.nextNode());
            }
        }
        return nodes;
    }

    /**
     * For install tasks and counts kept by other modules: every placement, read in their session
     * (in no particular order).
     */
    public static List<Placement> placementsIn(Session session) throws RepositoryException {
        List<Placement> placements = new ArrayList<>();
        for (NodeIterator nodes = session.getNode(PLACEMENTS).getNodes(); nodes.hasNext(); ) {
            placements.add(placement(nodes.nextNode()));
        }
        return placements;
    }

    /** The placement a young person is in on a day, if any. */
    public Optional<Placement> placementOn(String youngPerson, LocalDate day) {
        return placementsOf(youngPerson).stream().filter(p -> p.isActiveOn(day)).findFirst();
    }

    /** Whether a young person is placed at a company on a day. */
    public boolean isPlacedAt(String youngPerson, String company, LocalDate day) {
        return placementsOf(youngPerson).stream().anyMatch(p -> p.company().equals(company) && p.isActiveOn(day));
    }

    static Placement placement(Node node) throws RepositoryException {
        return new Placement(node.getName(), node.getProperty("youngPerson").getString(),
                node.getProperty("company").getString(), date(node, "start"), date(node, "plannedEnd"),
                node.hasProperty("ended") ? Optional.of(date(node, "ended")) : Optional.empty(),
                node.hasProperty("endReason") ? Optional.of(node.getProperty("endReason").getString()) : Optional.empty(),
                node.hasProperty(MOVED_ON_TO) ? Optional.of(node.getProperty(MOVED_ON_TO).getString()) : Optional.empty());
    }

    static NetworkGroup group(Node node) throws RepositoryException {
        Set<String> members = new LinkedHashSet<>();
        if (node.hasProperty("members")) {
            for (Value value : node.getProperty("members").getValues()) {
                members.add(value.getString());
            }
        }
        Optional<WeeklyMeeting> meets = Optional.empty();
        if (node.hasProperty(MEETS_ON) && node.hasProperty(MEETS_AT)) {
            meets = Optional.of(new WeeklyMeeting(java.time.DayOfWeek.valueOf(node.getProperty(MEETS_ON).getString()),
                    java.time.LocalTime.parse(node.getProperty(MEETS_AT).getString())));
        }
        // an ended group meets no more; when it met is kept, should it open again
        Optional<LocalDate> ended = node.hasProperty(ENDED) ? Optional.of(date(node, ENDED)) : Optional.empty();
        return new NetworkGroup(node.getName(), node.getProperty("name").getString(),
                node.getProperty("counsellor").getString(), Set.copyOf(members), ended.isPresent() ? Optional.empty() : meets,
                ended);
    }

    private static LocalDate date(Node node, String name) throws RepositoryException {
        return LocalDate.parse(node.getProperty(name).getString());
    }
}
