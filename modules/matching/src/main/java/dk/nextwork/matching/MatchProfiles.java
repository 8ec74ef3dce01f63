package dk.nextwork.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.matching.internal.MatchingTree;
import dk.nextwork.platform.repository.LargeFolders;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.time.PortalTime;

/**
 * The young person's match profile ({@link MatchProfile}): read and changed by the young person,
 * or by their counsellor or a coordinator helping them (the change carries the helper's name);
 * every change is audited in the young person's trail.
 */
@ApplicationScoped
public class MatchProfiles {

    private final PortalRepository repository;
    private final PersonAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected MatchProfiles() {
        this(null, null, null, Clock.systemUTC());
    }

    @Inject
    public MatchProfiles(PortalRepository repository, PersonAccess access, AuditTrail audit) {
        this(repository, access, audit, Clock.systemUTC());
    }

    public MatchProfiles(PortalRepository repository, PersonAccess access, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public MatchProfile of(Caller by, String youngPerson) {
        MatchingRoles.requireSelfOrHelper(access, by, youngPerson);
        return repository.withServiceSession(session -> read(session, youngPerson));
    }

    /** The birth years that can give an age from {@value MatchProfile#YOUNGEST} to {@value MatchProfile#OLDEST} today, newest first. */
    public List<Integer> birthYears() {
        int year = PortalTime.today(clock).getYear();
        List<Integer> years = new ArrayList<>();
        for (int born = year - MatchProfile.YOUNGEST; born >= year - MatchProfile.OLDEST - 1; born--) {
            years.add(born);
        }
        return years;
    }

    /** Replaces the profile; a birth month that gives no plausible age is refused and nothing changes. */
    public MatchProfile save(Caller by, String youngPerson, Optional<YearMonth> born, boolean sharesDevelopment)
            throws MatchingRefusedException {
        MatchingRoles.requireSelfOrHelper(access, by, youngPerson);
        LocalDate today = PortalTime.today(clock);
        if (born.isPresent()) {
            if (born.get().isAfter(YearMonth.from(today))) {
                throw new MatchingRefusedException("matching.refused.bornAhead");
            }
            int age = MatchProfile.ageOn(born.get(), today);
            if (age < MatchProfile.YOUNGEST || age > MatchProfile.OLDEST) {
                throw new MatchingRefusedException("matching.refused.age", MatchProfile.YOUNGEST, MatchProfile.OLDEST);
            }
        }
        MatchProfile saved = repository.withServiceSession(session -> {
            Node node = LargeFolders.child(session.getNode(MatchingTree.PROFILES), youngPerson);
            if (born.isPresent()) {
                node.setProperty("born", born.get().toString());
            } else if (node.hasProperty("born")) {
                node.getProperty("born").remove();
            }
            node.setProperty("sharesDevelopment", sharesDevelopment);
            node.setProperty("changedBy", by.user().id());
            node.setProperty("changed", clock.instant().toString());
            session.save();
            return read(session, youngPerson);
        });
        audit.record(by, "matching.profile.save", youngPerson,
                (born.isPresent() ? "birth month given" : "no birth month") + ", development " + (sharesDevelopment ? "shared" : "not shared"));
        return saved;
    }

    static MatchProfile read(Session session, String youngPerson) throws RepositoryException {
        String path = MatchingTree.PROFILES + "/" + youngPerson;
        if (!session.nodeExists(path)) {
            return MatchProfile.empty(youngPerson);
        }
        Node node = session.getNode(path);
        return new MatchProfile(youngPerson,
                node.hasProperty("born") ? Optional.of(YearMonth.parse(node.getProperty("born").getString())) : Optional.empty(),
                node.hasProperty("sharesDevelopment") && node.getProperty("sharesDevelopment").getBoolean());
    }
}
