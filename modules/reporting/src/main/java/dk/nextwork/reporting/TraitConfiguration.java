package dk.nextwork.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.RoleCheck;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RefusableWork;
import dk.nextwork.reporting.internal.DefinitionCheck;

/**
 * The trait configuration, versioned: coordinators save a new version, never change an old one.
 * Stored under {@value #ROOT} as {@code v<N>} nodes holding the definition as JSON; the root's
 * {@code current} property names the version in force.
 */
@ApplicationScoped
public class TraitConfiguration {

    public static final String ROOT = "/config/traits";
    private static final int MAX_COMMENT = 500;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final PortalRepository repository;
    private final AuditTrail audit;
    private final Clock clock;
    // versions never change once saved, so they can be kept for good
    private final Map<Integer, Configuration> versions = new ConcurrentHashMap<>();

    protected TraitConfiguration() {
        this(null, null, Clock.systemUTC());
    }

    @Inject
    public TraitConfiguration(PortalRepository repository, AuditTrail audit) {
        this(repository, audit, Clock.systemUTC());
    }

    public TraitConfiguration(PortalRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** The version in force. */
    public Configuration current() {
        return repository.withServiceSession(session -> version(session, currentVersion(session)));
    }

    /** A version as it was saved. */
    public Configuration version(int version) {
        Configuration known = versions.get(version);
        return known != null ? known : repository.withServiceSession(session -> version(session, version));
    }

    /** Every version, newest first. */
    public List<Configuration> history() {
        return repository.withServiceSession(session -> {
            List<Configuration> all = new ArrayList<>();
            for (int version = currentVersion(session); version >= 1; version--) {
                all.add(version(session, version));
            }
            return all;
        });
    }

    /**
     * Saves an edited definition as the next version, if it keeps the rules and {@code basedOn} is
     * still the version in force (else another coordinator saved in between, and this one is refused
     * rather than overwriting theirs).
     */
    public Configuration save(SignedInUser by, int basedOn, Definition definition, String comment)
            throws ReportingRefusedException {
        RoleCheck.require(by, "coordinators only", Role.COORDINATOR);
        DefinitionCheck.check(definition);
        String note = comment == null ? "" : comment.strip();
        if (note.length() > MAX_COMMENT) {
            throw new ReportingRefusedException("reporting.refused.config.comment", MAX_COMMENT);
        }
        Configuration saved = RefusableWork.run(repository, ReportingRefusedException.class, session -> {
            int current = currentVersion(session);
            if (current != basedOn) {
                throw new ReportingRefusedException("reporting.refused.config.stale", current);
            }
            if (version(session, current).definition().equals(definition)) {
                // a version is a change someone made: the same configuration again would only confuse its history
                throw new ReportingRefusedException("reporting.refused.config.unchanged", current);
            }
            Configuration next = store(session, current + 1, by.id(), note, definition, clock.instant());
            session.save();
            return next;
        });
        audit.record(by.id(), "traits.configure", null, "version " + saved.version(), null);
        return saved;
    }

    /** Calls {@code listener} after every saved version, on this app node or another; close the handle to stop. */
    public AutoCloseable onChange(Runnable listener) {
        return repository.onChange(ROOT, listener);
    }

    /** Whether a definition keeps the rules for saving, before it is saved (so a form can say so at once). */
    public static void check(Definition definition) throws ReportingRefusedException {
        DefinitionCheck.check(definition);
    }

    /** Stores a version and makes it current; the caller saves. For installing the first one too. */
    public static Configuration store(Session session, int version, String by, String comment, Definition definition,
                                      Instant created) throws RepositoryException {
        Node root = session.getNode(ROOT);
        Node node = root.addNode("v" + version, "nt:unstructured");
        node.setProperty("version", version);
        node.setProperty("created", JcrValues.utc(created));
        node.setProperty("createdBy", by);
        node.setProperty("comment", comment);
        try {
            node.setProperty("definition", JSON.writeValueAsString(definition));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A trait configuration could not be written as JSON", e);
        }
        root.setProperty("current", version);
        return new Configuration(version, created, by, comment, definition);
    }

    /** The version in force, read in a session of the caller's (for update steps, before the services run). */
    public static Configuration currentIn(Session session) throws RepositoryException {
        int version = currentVersion(session);
        return read(session.getNode(ROOT + "/v" + version), version);
    }

    /** A version as it was saved, read in a session of the caller's (for update steps, before the services run). */
    public static Configuration versionIn(Session session, int version) throws RepositoryException {
        String path = ROOT + "/v" + version;
        if (!session.nodeExists(path)) {
            throw new IllegalArgumentException("There is no trait configuration version " + version);
        }
        return read(session.getNode(path), version);
    }

    private static Configuration read(Node node, int version) throws RepositoryException {
        try {
            return new Configuration(version, node.getProperty("created").getDate().toInstant(),
                    node.getProperty("createdBy").getString(), node.getProperty("comment").getString(),
                    JSON.readValue(node.getProperty("definition").getString(), Definition.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Trait configuration version " + version + " could not be read", e);
        }
    }

    private static int currentVersion(Session session) throws RepositoryException {
        return (int) session.getNode(ROOT).getProperty("current").getLong();
    }

    private Configuration version(Session session, int version) throws RepositoryException {
        Configuration known = versions.get(version);
        if (known != null) {
            return known;
        }
        String path = ROOT + "/v" + version;
        if (!session.nodeExists(path)) {
            throw new IllegalArgumentException("There is no trait configuration version " + version);
        }
        Configuration read = read(session.getNode(path), version);
        versions.put(version, read);
        return read;
    }

    /** Whether the configuration tree holds any version (for the installer). */
    public static boolean isInstalled(Session session) throws RepositoryException {
        return session.nodeExists(ROOT) && session.getNode(ROOT).hasProperty("current");
    }
}
