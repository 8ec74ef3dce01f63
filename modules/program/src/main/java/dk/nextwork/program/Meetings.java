package dk.nextwork.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.time.PortalTime;

/**
 * Who came to the meetings: a network group's weekly meeting (recorded by its counsellor or a
 * coordinator, young people of the group only) and the company network's monthly meeting
 * (recorded by a coordinator, companies of the network only). A meeting is recorded once it has
 * taken place, never ahead; recording the same day again replaces the attendance.
 */
@ApplicationScoped
public class Meetings {

    public static final String NETWORK_MEETINGS = "/program/network-meetings";
    private static final String GROUP_MEETINGS = "meetings";

    private final PortalRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected Meetings() {
        this(null, null, Clock.systemUTC());
    }

    @Inject
    public Meetings(PortalRepository repository, AuditTrail audit) {
        this(repository, audit, Clock.systemUTC());
    }

    public Meetings(PortalRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in Denmark: the latest day a meeting can be recorded for. */
    public LocalDate today() {
        return PortalTime.today(clock);
    }

    /**
     * Records who came to a group's meeting: of the members shown, the chosen ones came; a member
     * the recorder did not see keeps what an earlier record of the day said.
     */
    public Meeting recordGroupMeeting(SignedInUser by, String groupId, LocalDate date, Selection attendance)
            throws ProgrammeRefusedException {
        Meeting meeting = Coordination.run(repository, session -> {
            String path = Programme.GROUPS + "/" + groupId;
            if (groupId == null || groupId.contains("/") || !session.nodeExists(path)) {
                throw new ProgrammeRefusedException("program.refused.noGroup");
            }
            Node group = session.getNode(path);
            NetworkGroup read = Programme.group(group);
            boolean coordinator = by != null && by.has(Role.COORDINATOR);
            if (!coordinator && (by == null || !by.id().equals(read.counsellor()))) {
                throw new AccessDeniedException("the group's counsellor or a coordinator only");
            }
            checkDate(date);
            for (String person : attendance.chosen()) {
                if (!read.members().contains(person)) {
                    throw new ProgrammeRefusedException("program.refused.notMember");
                }
            }
            Node meetings = group.hasNode(GROUP_MEETINGS) ? group.getNode(GROUP_MEETINGS)
                    : group.addNode(GROUP_MEETINGS, "nt:unstructured");
            Set<String> before = meetings.hasNode(date.toString()) ? read(meetings.getNode(date.toString())).attended() : Set.of();
            Meeting saved = write(meetings, date, attendance.applyTo(before), by.displayName());
            session.save();
            return saved;
        });
        audit.record(by.id(), "program.groupMeeting", null, groupId + " " + date, meeting.attended().size() + " attended");
        return meeting;
    }

    public Meeting recordNetworkMeeting(SignedInUser by, LocalDate date, Set<String> companies)
            throws ProgrammeRefusedException {
        Coordination.requireCoordinator(by);
        Meeting meeting = Coordination.run(repository, session -> {
            checkDate(date);
            for (String company : companies) {
                if (company.contains("/") || !session.nodeExists(Companies.COMPANIES + "/" + company)) {
                    throw new ProgrammeRefusedException("program.refused.noCompany");
                }
            }
            Meeting saved = write(session.getNode(NETWORK_MEETINGS), date, companies, by.displayName());
            session.save();
            return saved;
        });
        audit.record(by.id(), "program.networkMeeting", null, date.toString(), companies.size() + " companies");
        return meeting;
    }

    private void checkDate(LocalDate date) throws ProgrammeRefusedException {
        if (date == null || date.isAfter(today())) {
            throw new ProgrammeRefusedException("program.refused.meetingDate");
        }
    }

    private static Meeting write(Node meetings, LocalDate date, Set<String> attended, String recordedBy)
            throws RepositoryException {
        Node meeting = meetings.hasNode(date.toString()) ? meetings.getNode(date.toString())
                : meetings.addNode(date.toString(), "nt:unstructured");
        meeting.setProperty("attended", attended.stream().sorted().toArray(String[]::new));
        meeting.setProperty("recordedBy", recordedBy);
        return read(meeting);
    }

    /** A group's meetings, newest first: for its counsellor and coordinators. */
    public List<Meeting> groupMeetings(SignedInUser by, String groupId) {
        return repository.withServiceSession(session -> {
            String path = Programme.GROUPS + "/" + groupId;
            if (groupId == null || groupId.contains("/") || !session.nodeExists(path)) {
                return List.<Meeting>of();
            }
            NetworkGroup group = Programme.group(session.getNode(path));
            boolean coordinator = by.has(Role.COORDINATOR);
            if (!coordinator && !by.id().equals(group.counsellor())) {
                throw new AccessDeniedException("the group's counsellor or a coordinator only");
            }
            Node node = session.getNode(path);
            return node.hasNode(GROUP_MEETINGS) ? all(node.getNode(GROUP_MEETINGS)) : List.<Meeting>of();
        });
    }

    /** The company network's meetings, newest first: for coordinators. */
    public List<Meeting> networkMeetings(SignedInUser by) {
        Coordination.requireCoordinator(by);
        return repository.withServiceSession(session -> all(session.getNode(NETWORK_MEETINGS)));
    }

    private static List<Meeting> all(Node meetings) throws RepositoryException {
        List<Meeting> found = new ArrayList<>();
        for (NodeIterator nodes = meetings.getNodes(); nodes.hasNext(); ) {
            found.add(read(nodes.nextNode()));
        }
        found.sort(Comparator.comparing(Meeting::date).reversed());
        return found;
    }

    private static Meeting read(Node node) throws RepositoryException {
        Set<String> attended = new LinkedHashSet<>();
        for (Value value : node.getProperty("attended").getValues()) {
            attended.add(value.getString());
        }
        return new Meeting(LocalDate.parse(node.getName()), attended, node.getProperty("recordedBy").getString());
    }
}
