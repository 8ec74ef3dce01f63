package dk.nextwork.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.time.PortalTime;

/**
 * The companies of the network as the programme runs them, in {@value #COMPANIES}: the id is the
 * partner page's name (a representative's account names it too), with how many young people the
 * company can have in placement at once.
 */
@ApplicationScoped
public class Companies {

    public static final String COMPANIES = "/program/companies";
    public static final int MAX_CAPACITY = 50;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final PortalRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected Companies() {
        this(null, null, Clock.systemUTC());
    }

    @Inject
    public Companies(PortalRepository repository, AuditTrail audit) {
        this(repository, audit, Clock.systemUTC());
    }

    /** With the clock whose day a new company's membership begins on. */
    public Companies(PortalRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a company to the network, or updates it. */
    public Company register(SignedInUser by, String id, String name, String industry, int employees, int placementCapacity)
            throws ProgrammeRefusedException {
        Coordination.requireCoordinator(by);
        if (id == null || !ID.matcher(id).matches()) {
            throw new ProgrammeRefusedException("program.refused.companyId");
        }
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new ProgrammeRefusedException("program.refused.companyName");
        }
        if (employees < 1) {
            throw new ProgrammeRefusedException("program.refused.employees");
        }
        if (placementCapacity < 0 || placementCapacity > MAX_CAPACITY) {
            throw new ProgrammeRefusedException("program.refused.capacity", MAX_CAPACITY);
        }
        Company company = Coordination.run(repository, session -> {
            Node companies = session.getNode(COMPANIES);
            Node node = companies.hasNode(id) ? companies.getNode(id) : companies.addNode(id, "nt:unstructured");
            if (!node.hasProperty("memberSince")) {
                node.setProperty("memberSince", PortalTime.today(clock).toString());
            }
            node.setProperty("name", name.strip());
            node.setProperty("industry", industry == null ? "" : industry.strip());
            node.setProperty("employees", employees);
            node.setProperty("placementCapacity", placementCapacity);
            session.save();
            return read(node);
        });
        audit.record(by.id(), "program.company", null, id, null);
        return company;
    }

    public Optional<Company> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return repository.withServiceSession(session -> session.nodeExists(COMPANIES + "/" + id)
                ? Optional.of(read(session.getNode(COMPANIES + "/" + id))) : Optional.<Company>empty());
    }

    /** Every company of the network, by name. */
    public List<Company> all() {
        return repository.withServiceSession(session -> {
            List<Company> companies = new ArrayList<>();
            for (NodeIterator nodes = session.getNode(COMPANIES).getNodes(); nodes.hasNext(); ) {
                companies.add(read(nodes.nextNode()));
            }
            companies.sort(Comparator.comparing(Company::name));
            return companies;
        });
    }

    static Company read(Node node) throws RepositoryException {
        return new Company(node.getName(), node.getProperty("name").getString(), node.getProperty("industry").getString(),
                (int) node.getProperty("employees").getLong(), (int) node.getProperty("placementCapacity").getLong(),
                LocalDate.parse(node.getProperty("memberSince").getString()));
    }
}
