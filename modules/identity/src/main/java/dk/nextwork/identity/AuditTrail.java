package dk.nextwork.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.platform.repository.ClusterConflicts;
import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.LargeFolders;
import dk.nextwork.platform.repository.PortalRepository;

/**
 * The append-only record of who read or changed whose data, and of sign-ins. Entries are added
 * and read, never changed or removed (there is no way to here); they live under
 * {@value #ROOT}/yyyy/mm/dd.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String ROOT = "/system/audit";
    public static final String SUBJECT = "auditSubject";
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final PortalRepository repository;
    private final Clock clock;

    protected AuditTrail() {
        this(null, Clock.systemUTC());
    }

    @Inject
    public AuditTrail(PortalRepository repository) {
        this(repository, Clock.systemUTC());
    }

    /** With the clock entries are stamped by and recent days are counted from. */
    public AuditTrail(PortalRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Adds an entry for what the caller did; a failure to record is logged loudly but does not undo what was done. */
    public void record(Caller caller, String action, String subject, String detail) {
        record(caller.userId(), action, subject, detail, caller.client());
    }

    /**
     * Adds an entry for an actor who is not the caller's user (a scheduled job, the account that has just
     * signed in); a failure to record is logged loudly but does not undo what was done.
     */
    public void record(String actor, String action, String subject, String detail, String client) {
        recordAll(actor, action, java.util.Collections.singletonList(subject), detail, client);
    }

    /** Adds one entry for each subject, as {@link #recordAll(String, String, java.util.Collection, String, String)}, for the caller. */
    public void recordAll(Caller caller, String action, java.util.Collection<String> subjects, String detail) {
        recordAll(caller.userId(), action, subjects, detail, caller.client());
    }

    /**
     * Adds one entry for each subject (such as every young person on a list that was shown), all
     * in one save; a failure to record is logged loudly but does not undo what was done.
     */
    public void recordAll(String actor, String action, java.util.Collection<String> subjects, String detail,
                          String client) {
        if (subjects.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        try {
            ClusterConflicts.retry("audit", () -> repository.withServiceSession(session -> {
                Node day = day(session, now);
                for (String subject : subjects) {
                    Node entry = day.addNode(now.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8),
                            "nt:unstructured");
                    entry.setProperty("auditAt", JcrValues.utc(now));
                    entry.setProperty("actor", actor == null ? "anonymous" : actor);
                    entry.setProperty("action", action);
                    if (subject != null) {
                        entry.setProperty(SUBJECT, subject);
                    }
                    if (detail != null) {
                        entry.setProperty("detail", detail);
                    }
                    if (client != null) {
                        entry.setProperty("client", client);
                    }
                }
                session.save();
                return null;
            }));
        } catch (RuntimeException e) {
            LOG.error("AUDIT NOT RECORDED: {} by {} on {} ({})", action, actor, subjects, detail, e);
        }
    }

    /** A person's trail as someone reads it: the reading is recorded in that trail too. */
    public List<AuditEntry> readAbout(Caller reader, String subject, int limit) {
        record(reader, "audit.read", subject, null);
        return about(subject, limit);
    }

    /** The newest entries as someone reads them: recorded in the trail of each person they are about. */
    public List<AuditEntry> readRecent(Caller reader, int limit, int days) {
        List<AuditEntry> entries = recent(limit, days);
        recordAll(reader, "audit.read", entries.stream().map(AuditEntry::subject).filter(java.util.Objects::nonNull)
                .distinct().toList(), "recent entries");
        return entries;
    }

    /** Everything recorded about a person's data, newest first. */
    public List<AuditEntry> about(String subject, int limit) {
        return repository.withServiceSession(session -> {
            Query query = session.getWorkspace().getQueryManager().createQuery(
                    "SELECT * FROM [nt:unstructured] AS e WHERE ISDESCENDANTNODE(e, '" + ROOT + "') AND e.["
                            + SUBJECT + "] = $subject ORDER BY e.[auditAt] DESC", Query.JCR_SQL2);
            query.bindValue("subject", session.getValueFactory().createValue(subject));
            query.setLimit(limit);
            List<AuditEntry> entries = new ArrayList<>();
            for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
                entries.add(read(nodes.nextNode()));
            }
            return entries;
        });
    }

    /** The newest entries, newest first, looking back at most {@code days} days. */
    public List<AuditEntry> recent(int limit, int days) {
        return repository.withServiceSession(session -> {
            List<AuditEntry> entries = new ArrayList<>();
            LocalDate date = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC); // the day folders are UTC days
            for (int back = 0; back < days && entries.size() < limit; back++, date = date.minusDays(1)) {
                String path = dayPath(date);
                if (!session.nodeExists(path)) {
                    continue;
                }
                List<AuditEntry> day = new ArrayList<>();
                for (NodeIterator nodes = session.getNode(path).getNodes(); nodes.hasNext(); ) {
                    day.add(read(nodes.nextNode()));
                }
                day.sort((a, b) -> b.at().compareTo(a.at()));
                entries.addAll(day.subList(0, Math.min(day.size(), limit - entries.size())));
            }
            return entries;
        });
    }

    private static Node day(Session session, Instant instant) throws RepositoryException {
        LocalDate date = instant.atZone(ZoneOffset.UTC).toLocalDate();
        Node node = session.getNode(ROOT);
        for (String part : new String[] {String.valueOf(date.getYear()), twoDigits(date.getMonthValue())}) {
            node = node.hasNode(part) ? node.getNode(part) : node.addNode(part, "nt:unstructured");
        }
        String day = twoDigits(date.getDayOfMonth());
        // a busy day has very many entries; they are read sorted by time
        return LargeFolders.child(node, day);
    }

    private static String dayPath(LocalDate date) {
        return ROOT + "/" + date.getYear() + "/" + twoDigits(date.getMonthValue()) + "/" + twoDigits(date.getDayOfMonth());
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    private static AuditEntry read(Node node) throws RepositoryException {
        return new AuditEntry(node.getProperty("auditAt").getDate().toInstant(), node.getProperty("actor").getString(),
                node.getProperty("action").getString(), text(node, SUBJECT), text(node, "detail"), text(node, "client"));
    }

    private static String text(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : null;
    }
}
