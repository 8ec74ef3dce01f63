package dk.nextwork.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.platform.repository.ClusterConflicts;
import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.LargeFolders;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;

/**
 * How many reports are overdue at each company, counted as {@link ReportsDue#overdueAt} counts
 * them and kept in {@value #ROOT}{@code /<company>} ({@value #OVERDUE}, with the day it was counted
 * for), so the programme's overview need not look up hundreds of thousands of reports. Recounted
 * for a company when one of its reports is saved (in the same save) and after its placements
 * change ({@code PlacementsChanged}); for all companies by the hourly reminder run
 * ({@link Reminders}). Being overdue depends on the day: a reader that finds the last full count
 * of another day counts all companies afresh (the first one after midnight, if the reminder run
 * has not yet), and one of a company of another day recounts that company.
 */
@ApplicationScoped
public class OverdueReports {

    public static final String ROOT = "/system/overdueReports";
    static final String OVERDUE = "overdue";
    static final String COUNTED_FOR = "countedFor";
    /** On {@value #ROOT}: the moment of the last full count. */
    static final String COUNTED_AT = "countedAt";

    private final PortalRepository repository;
    private final Programme programme;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected OverdueReports() {
        this(null, null, Clock.systemUTC());
    }

    @Inject
    public OverdueReports(PortalRepository repository, Programme programme) {
        this(repository, programme, Clock.systemUTC());
    }

    /** With the clock whose day reports are overdue on. */
    public OverdueReports(PortalRepository repository, Programme programme, Clock clock) {
        this.repository = repository;
        this.programme = programme;
        this.clock = clock;
    }

    public LocalDate today() {
        return PortalTime.today(clock);
    }

    /**
     * Per company with reports overdue today, how many: the kept counts, those of another day
     * recounted first (all companies when the last full count is of another day). One reader
     * recounts at a time; the others then find it done.
     */
    public synchronized Map<String, Integer> byCompany() {
        LocalDate today = today();
        boolean counted = repository.withServiceSession(session -> session.nodeExists(ROOT)
                && session.getNode(ROOT).hasProperty(COUNTED_FOR)
                && today.toString().equals(session.getNode(ROOT).getProperty(COUNTED_FOR).getString()));
        if (!counted) {
            return recountAll();
        }
        Map<String, Integer> overdue = new TreeMap<>();
        List<String> stale = new ArrayList<>();
        repository.withServiceSession(session -> {
            for (NodeIterator nodes = session.getNode(ROOT).getNodes(); nodes.hasNext(); ) {
                Node company = nodes.nextNode();
                if (!today.toString().equals(company.getProperty(COUNTED_FOR).getString())) {
                    stale.add(company.getName());
                } else if (company.getProperty(OVERDUE).getLong() > 0) {
                    overdue.put(company.getName(), (int) company.getProperty(OVERDUE).getLong());
                }
            }
            return null;
        });
        for (String company : stale) {
            int count = recount(company);
            if (count > 0) {
                overdue.put(company, count);
            }
        }
        return overdue;
    }

    /** Recounts one company for today (after its placements changed); returns its count. */
    public int recount(String company) {
        if (company == null || company.isEmpty() || company.contains("/")) {
            return 0;
        }
        LocalDate today = today();
        List<Placement> placements = programme.placementsAt(company);
        return ClusterConflicts.retry("overdue reports", () -> repository.withServiceSession(session -> {
            int count = recountIn(session, company, placements, today);
            session.save();
            return count;
        }));
    }

    /**
     * Recounts one company in the caller's session, which saves it: with the report it is saving
     * as it now stands. {@code placements}: the company's placements.
     */
    static int recountIn(Session session, String company, List<Placement> placements, LocalDate today)
            throws RepositoryException {
        int count = ReportsDue.countOverdue(session, Map.of(company, placements), today).getOrDefault(company, 0);
        keep(session, company, count, today);
        return count;
    }

    /** Counts every company afresh for today (the hourly reminder run, and after a bulk load); returns those with any overdue. */
    public Map<String, Integer> recountAll() {
        return recountAll(today(), clock.instant());
    }

    /** As {@link #recountAll()}, for the day by another clock (the reminders'), at that moment. */
    public Map<String, Integer> recountAll(LocalDate day, Instant at) {
        return ClusterConflicts.retry("overdue reports", () -> repository.withServiceSession(session -> {
            Map<String, Integer> overdue = recountAllIn(session, day, at);
            session.save();
            return overdue;
        }));
    }

    /**
     * Counts every company afresh for the day in the session, which the caller saves (install and
     * update tasks): every placement read once, the reports looked up by name. Only what changed is
     * written. Returns the companies with reports overdue and how many.
     */
    public static Map<String, Integer> recountAllIn(Session session, LocalDate day, Instant at) throws RepositoryException {
        Map<String, List<Placement>> on = new HashMap<>();
        for (Placement placement : Programme.placementsIn(session)) {
            if (placement.isActiveOn(day)) {
                on.computeIfAbsent(placement.company(), company -> new ArrayList<>()).add(placement);
            }
        }
        Map<String, Integer> overdue = ReportsDue.countOverdue(session, on, day);
        Set<String> companies = new TreeSet<>(overdue.keySet());
        for (NodeIterator nodes = session.getNode(Companies.COMPANIES).getNodes(); nodes.hasNext(); ) {
            companies.add(nodes.nextNode().getName());
        }
        Node root = root(session);
        for (NodeIterator nodes = root.getNodes(); nodes.hasNext(); ) {
            companies.add(nodes.nextNode().getName()); // a count kept for a company no longer there goes to 0
        }
        for (String company : companies) {
            keep(session, company, overdue.getOrDefault(company, 0), day);
        }
        root.setProperty(COUNTED_FOR, day.toString());
        root.setProperty(COUNTED_AT, JcrValues.utc(at));
        return overdue;
    }

    private static void keep(Session session, String company, int count, LocalDate day) throws RepositoryException {
        Node root = root(session);
        Node node = root.hasNode(company) ? root.getNode(company) : root.addNode(company, "nt:unstructured");
        if (!node.hasProperty(OVERDUE) || node.getProperty(OVERDUE).getLong() != count) {
            node.setProperty(OVERDUE, (long) count);
        }
        if (!node.hasProperty(COUNTED_FOR) || !node.getProperty(COUNTED_FOR).getString().equals(day.toString())) {
            node.setProperty(COUNTED_FOR, day.toString());
        }
    }

    private static Node root(Session session) throws RepositoryException {
        return LargeFolders.child(session.getNode("/system"), ROOT.substring("/system/".length()));
    }
}
