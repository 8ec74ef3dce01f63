package dk.nextwork.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.time.PortalTime;

/**
 * Young people in the programme, in {@value #YOUTH}: enrolled by a coordinator, with the hours a
 * week they can be in a placement (at least {@value #MIN_HOURS_PER_WEEK}, as the programme asks),
 * their interests and goals.
 */
@ApplicationScoped
public class Enrolments {

    public static final String YOUTH = "/program/youth";
    public static final int MIN_HOURS_PER_WEEK = 15;
    /** More is not a placement any more but a full-time job (and most likely a typing error). */
    public static final int MAX_HOURS_PER_WEEK = 45;
    private static final int MAX_TEXT = 2000;

    private final PortalRepository repository;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected Enrolments() {
        this(null, null, null, Clock.systemUTC());
    }

    @Inject
    public Enrolments(PortalRepository repository, Accounts accounts, AuditTrail audit) {
        this(repository, accounts, audit, Clock.systemUTC());
    }

    /** With the clock whose day a new enrolment begins on. */
    public Enrolments(PortalRepository repository, Accounts accounts, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Enrols a young person (their account must have the young person's role), or updates their enrolment. */
    public YoungPerson enrol(SignedInUser by, String youngPerson, int hoursPerWeek, String interests, String goals)
            throws ProgrammeRefusedException {
        return enrol(by, youngPerson, hoursPerWeek, interests, goals, null);
    }

    /**
     * Enrols a young person or updates their enrolment, and sets their participation's status in
     * the same save ({@code null}: a new enrolment is active, an existing one keeps its status).
     * A changed status is audited as {@link #setStatus} audits it.
     */
    public YoungPerson enrol(SignedInUser by, String youngPerson, int hoursPerWeek, String interests, String goals,
                             YoungPerson.Status status) throws ProgrammeRefusedException {
        Coordination.requireCoordinator(by);
        Optional<UserAccount> account = accounts.find(youngPerson);
        if (account.isEmpty() || !account.get().has(Role.YOUTH)) {
            throw new ProgrammeRefusedException("program.refused.notYouth");
        }
        checkHours(hoursPerWeek);
        String cleanInterests = text(interests);
        String cleanGoals = text(goals);
        Saved saved = Coordination.runRecounting(repository, session -> {
            Node youth = session.getNode(YOUTH);
            Node node = youth.hasNode(youngPerson) ? youth.getNode(youngPerson) : youth.addNode(youngPerson, "nt:unstructured");
            if (!node.hasProperty("enrolled")) {
                node.setProperty("enrolled", PortalTime.today(clock).toString());
                node.setProperty("status", YoungPerson.Status.ACTIVE.name());
            }
            boolean statusChanged = status != null && !status.name().equals(node.getProperty("status").getString());
            if (statusChanged) {
                node.setProperty("status", status.name());
            }
            node.setProperty("hoursPerWeek", hoursPerWeek);
            node.setProperty("interests", cleanInterests);
            node.setProperty("goals", cleanGoals);
            recount(session, youngPerson);
            session.save();
            return new Saved(read(node), statusChanged);
        });
        audit.record(by.id(), "program.enrol", youngPerson, hoursPerWeek + " h/week", null);
        if (saved.statusChanged()) {
            audit.record(by.id(), "program.status", youngPerson, status.name(), null);
        }
        return saved.enrolment();
    }

    private record Saved(YoungPerson enrolment, boolean statusChanged) {
    }

    /** Pauses a young person's participation, ends it, or takes it up again. */
    public YoungPerson setStatus(SignedInUser by, String youngPerson, YoungPerson.Status status)
            throws ProgrammeRefusedException {
        Coordination.requireCoordinator(by);
        YoungPerson changed = Coordination.runRecounting(repository, session -> {
            String path = YOUTH + "/" + youngPerson;
            if (youngPerson == null || youngPerson.contains("/") || !session.nodeExists(path) || status == null) {
                throw new ProgrammeRefusedException("program.refused.notEnrolled");
            }
            Node node = session.getNode(path);
            node.setProperty("status", status.name());
            recount(session, youngPerson);
            session.save();
            return read(node);
        });
        audit.record(by.id(), "program.status", youngPerson, status.name(), null);
        return changed;
    }

    /** Whether the young person awaits a placement ({@link Occupancy}), in the save that may change it. */
    private void recount(javax.jcr.Session session, String youngPerson) throws RepositoryException {
        OccupancyRecount.recountYoungPerson(session, youngPerson,
                OccupancyRecount.bringTo(session, PortalTime.today(clock)), java.util.Set.of());
    }

    /** The programme asks for at least 15 hours a week: fewer is refused, with the rule said. */
    static void checkHours(int hoursPerWeek) throws ProgrammeRefusedException {
        if (hoursPerWeek < MIN_HOURS_PER_WEEK) {
            throw new ProgrammeRefusedException("program.refused.hours", hoursPerWeek, MIN_HOURS_PER_WEEK);
        }
        if (hoursPerWeek > MAX_HOURS_PER_WEEK) {
            throw new ProgrammeRefusedException("program.refused.hoursTooMany", hoursPerWeek, MAX_HOURS_PER_WEEK);
        }
    }

    private static String text(String value) throws ProgrammeRefusedException {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > MAX_TEXT) {
            throw new ProgrammeRefusedException("program.refused.tooLong", MAX_TEXT);
        }
        return clean;
    }

    /**
     * A young person's enrolment as a coordinator opens it (hours, interests, goals): personal
     * data, so the opening is in the young person's audit trail.
     */
    public Optional<YoungPerson> open(Caller caller, String youngPerson) {
        SignedInUser by = caller.user();
        Coordination.requireCoordinator(by);
        audit.record(caller, "person.enrolment.read", youngPerson, null);
        return find(youngPerson);
    }

    public Optional<YoungPerson> find(String youngPerson) {
        return repository.withServiceSession(session -> session.nodeExists(YOUTH + "/" + youngPerson)
                ? Optional.of(read(session.getNode(YOUTH + "/" + youngPerson))) : Optional.<YoungPerson>empty());
    }

    /**
     * Of the given young people, those whose participation is active: each enrolment read by its
     * path, in one session (for a start view that asks about a few thousand, not everyone).
     */
    public java.util.Set<String> activeAmong(java.util.Collection<String> youngPeople) {
        return repository.withServiceSession(session -> {
            java.util.Set<String> active = new java.util.HashSet<>();
            for (String youngPerson : youngPeople) {
                String path = YOUTH + "/" + youngPerson;
                if (youngPerson != null && !youngPerson.contains("/") && !youngPerson.isEmpty() && session.nodeExists(path)
                        && YoungPerson.Status.ACTIVE.name().equals(session.getNode(path).getProperty("status").getString())) {
                    active.add(youngPerson);
                }
            }
            return active;
        });
    }

    /** The enrolments whose participation is active (not paused, not completed): reads every enrolment. */
    public java.util.List<YoungPerson> active() {
        return repository.withServiceSession(session -> {
            java.util.List<YoungPerson> active = new java.util.ArrayList<>();
            for (javax.jcr.NodeIterator nodes = session.getNode(YOUTH).getNodes(); nodes.hasNext(); ) {
                YoungPerson person = read(nodes.nextNode());
                if (person.status() == YoungPerson.Status.ACTIVE) {
                    active.add(person);
                }
            }
            return active;
        });
    }

    static YoungPerson read(Node node) throws RepositoryException {
        return new YoungPerson(node.getName(), (int) node.getProperty("hoursPerWeek").getLong(),
                node.getProperty("interests").getString(), node.getProperty("goals").getString(),
                YoungPerson.Status.valueOf(node.getProperty("status").getString()),
                LocalDate.parse(node.getProperty("enrolled").getString()));
    }
}
