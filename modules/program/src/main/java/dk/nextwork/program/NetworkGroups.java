package dk.nextwork.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.time.PortalTime;

/**
 * The network groups young people meet in every week: a coordinator starts one with a youth
 * counsellor to lead it, and puts enrolled young people in it. A young person is in one group at a
 * time: putting them in another takes them out of the first.
 */
@ApplicationScoped
public class NetworkGroups {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private final PortalRepository repository;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected NetworkGroups() {
        this(null, null, null, Clock.systemUTC());
    }

    @Inject
    public NetworkGroups(PortalRepository repository, Accounts accounts, AuditTrail audit) {
        this(repository, accounts, audit, Clock.systemUTC());
    }

    public NetworkGroups(PortalRepository repository, Accounts accounts, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts a group (its id made from its name) or renames one, changes its counsellor and when it
     * meets every week (empty: not settled yet).
     */
    public NetworkGroup save(SignedInUser by, String id, String name, String counsellor, Optional<WeeklyMeeting> meets)
            throws ProgrammeRefusedException {
        Coordination.requireCoordinator(by);
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw new ProgrammeRefusedException("program.refused.groupName");
        }
        Optional<UserAccount> lead = counsellor == null ? Optional.empty() : accounts.find(counsellor);
        if (lead.isEmpty() || !lead.get().has(Role.COUNSELLOR)) {
            throw new ProgrammeRefusedException("program.refused.notCounsellor");
        }
        String groupId = id != null ? id : idFor(name);
        if (!ID.matcher(groupId).matches()) {
            throw new ProgrammeRefusedException("program.refused.groupName");
        }
        NetworkGroup saved = Coordination.run(repository, session -> {
            Node groups = session.getNode(Programme.GROUPS);
            if (id == null && groups.hasNode(groupId)) {
                throw new ProgrammeRefusedException("program.refused.groupExists", name.strip());
            }
            if (id != null && !groups.hasNode(groupId)) {
                throw new ProgrammeRefusedException("program.refused.noGroup");
            }
            Node group = groups.hasNode(groupId) ? groups.getNode(groupId) : groups.addNode(groupId, "nt:unstructured");
            requireOpen(group);
            if (!group.hasProperty("members")) {
                group.setProperty("members", new String[0]);
            }
            group.setProperty("name", name.strip());
            group.setProperty("counsellor", counsellor);
            group.setProperty(Programme.MEETS_ON, meets.map(meeting -> meeting.day().name()).orElse(null));
            group.setProperty(Programme.MEETS_AT, meets.map(meeting -> meeting.time().toString()).orElse(null));
            session.save();
            return Programme.group(group);
        });
        audit.record(by.id(), "program.group", null, groupId, null);
        return saved;
    }

    /**
     * Changes the group's members as the selection says (of those shown, the chosen ones are
     * members; anyone not shown stays as they were). Only enrolled young people can be chosen; one
     * chosen here who is in another group leaves it.
     */
    public NetworkGroup setMembers(SignedInUser by, String groupId, Selection members)
            throws ProgrammeRefusedException {
        Coordination.requireCoordinator(by);
        NetworkGroup saved = Coordination.run(repository, session -> {
            String path = Programme.GROUPS + "/" + groupId;
            if (groupId == null || groupId.contains("/") || !session.nodeExists(path)) {
                throw new ProgrammeRefusedException("program.refused.noGroup");
            }
            for (String member : members.chosen()) {
                if (member.contains("/") || !session.nodeExists(Enrolments.YOUTH + "/" + member)) {
                    throw new ProgrammeRefusedException("program.refused.notEnrolled");
                }
            }
            Node group = session.getNode(path);
            requireOpen(group);
            Set<String> after = members.applyTo(Programme.group(group).members());
            for (NodeIterator nodes = session.getNode(Programme.GROUPS).getNodes(); nodes.hasNext(); ) {
                Node other = nodes.nextNode();
                if (!other.getName().equals(groupId)) {
                    NetworkGroup otherGroup = Programme.group(other);
                    if (otherGroup.members().stream().anyMatch(members.chosen()::contains)) {
                        other.setProperty("members", otherGroup.members().stream()
                                .filter(m -> !members.chosen().contains(m)).sorted().toArray(String[]::new));
                    }
                }
            }
            group.setProperty("members", after.stream().sorted().toArray(String[]::new));
            session.save();
            return Programme.group(group);
        });
        audit.record(by.id(), "program.groupMembers", null, groupId, saved.members().size() + " members");
        return saved;
    }

    /**
     * Ends the group on its last day (today or before): it meets no more, its channel is read
     * only, and its messages are deleted a set time after (messaging's retention). Its members
     * stay in it, for the record.
     */
    public NetworkGroup end(SignedInUser by, String groupId, LocalDate lastDay) throws ProgrammeRefusedException {
        Coordination.requireCoordinator(by);
        if (lastDay == null || lastDay.isAfter(PortalTime.today(clock))) {
            throw new ProgrammeRefusedException("program.refused.groupLastDay");
        }
        NetworkGroup ended = Coordination.run(repository, session -> {
            Node group = existing(session, groupId);
            group.setProperty(Programme.ENDED, lastDay.toString());
            session.save();
            return Programme.group(group);
        });
        audit.record(by.id(), "program.group.end", null, groupId, lastDay.toString());
        return ended;
    }

    /** Opens an ended group again, as it was. */
    public NetworkGroup reopen(SignedInUser by, String groupId) throws ProgrammeRefusedException {
        Coordination.requireCoordinator(by);
        NetworkGroup open = Coordination.run(repository, session -> {
            Node group = existing(session, groupId);
            if (group.hasProperty(Programme.ENDED)) {
                group.getProperty(Programme.ENDED).remove();
            }
            session.save();
            return Programme.group(group);
        });
        audit.record(by.id(), "program.group.reopen", null, groupId, null);
        return open;
    }

    private static Node existing(Session session, String groupId) throws RepositoryException, ProgrammeRefusedException {
        String path = Programme.GROUPS + "/" + groupId;
        if (groupId == null || groupId.contains("/") || !session.nodeExists(path)) {
            throw new ProgrammeRefusedException("program.refused.noGroup");
        }
        return session.getNode(path);
    }

    private static void requireOpen(Node group) throws RepositoryException, ProgrammeRefusedException {
        if (group.hasProperty(Programme.ENDED)) {
            throw new ProgrammeRefusedException("program.refused.groupEnded");
        }
    }

    /** A group's id from its name: lower-case letters, digits and dashes ("Tirsdagsgruppen" → "tirsdagsgruppen"). */
    static String idFor(String name) {
        String id = java.text.Normalizer.normalize(name.strip().toLowerCase(java.util.Locale.ROOT)
                        .replace("æ", "ae").replace("ø", "oe").replace("å", "aa"), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "gruppe" : id.substring(0, Math.min(60, id.length()));
    }
}
