package dk.nextwork.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.matching.algorithm.DeferredAcceptance;
import dk.nextwork.matching.internal.MatchingTree;
import dk.nextwork.platform.repository.LargeFolders;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RefusableWork;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.YoungPerson;

/**
 * A young person's wishes: the offers they marked as interesting, and their list in the open
 * round, up to {@value DeferredAcceptance#MAX_CHOICES} offers best first, each with an optional
 * "hvorfor" in their own words, which they can change until the lists' deadline. The young person
 * makes it; their counsellor (or a coordinator) can help, and the change then carries the helper's
 * name; every read and change is audited in the young person's trail.
 */
@ApplicationScoped
public class Wishes {

    public static final int MAX_WHY = 300;

    private final PortalRepository repository;
    private final PersonAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected Wishes() {
        this(null, null, null, Clock.systemUTC());
    }

    @Inject
    public Wishes(PortalRepository repository, PersonAccess access, AuditTrail audit) {
        this(repository, access, audit, Clock.systemUTC());
    }

    public Wishes(PortalRepository repository, PersonAccess access, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The young person's list in the open round (empty when they have none yet); none without an open round. */
    public Optional<WishList> list(Caller by, String youngPerson) {
        MatchingRoles.requireSelfOrHelper(access, by, youngPerson);
        return repository.withServiceSession(session -> {
            Optional<Round> round = Rounds.current(session);
            if (round.isEmpty()) {
                return Optional.<WishList>empty();
            }
            return Optional.of(read(session, round.get().id(), youngPerson));
        });
    }

    /** The young person's list in a round (an earlier one, for their results). */
    public WishList listIn(Caller by, String round, String youngPerson) {
        MatchingRoles.requireSelfOrHelper(access, by, youngPerson);
        return repository.withServiceSession(session -> read(session, round, youngPerson));
    }

    /** Replaces the young person's list in the open round. */
    public WishList save(Caller by, String youngPerson, List<Wish> wishes) throws MatchingRefusedException {
        MatchingRoles.requireSelfOrHelper(access, by, youngPerson);
        if (wishes.size() > DeferredAcceptance.MAX_CHOICES) {
            throw new MatchingRefusedException("matching.refused.tooManyWishes", DeferredAcceptance.MAX_CHOICES);
        }
        Set<String> offers = new HashSet<>();
        for (Wish wish : wishes) {
            if (!offers.add(wish.offer())) {
                throw new MatchingRefusedException("matching.refused.wishTwice");
            }
            if (wish.why().length() > MAX_WHY) {
                throw new MatchingRefusedException("matching.refused.whyTooLong", MAX_WHY);
            }
        }
        var today = PortalTime.today(clock);
        WishList saved = RefusableWork.run(repository, MatchingRefusedException.class, session -> {
            Round round = Rounds.current(session).orElseThrow(() -> new MatchingRefusedException("matching.refused.noOpenRound"));
            if (!round.takesLists(today)) {
                throw new MatchingRefusedException("matching.refused.listsClosed", round.listsDue());
            }
            requireActive(session, youngPerson);
            for (Wish wish : wishes) {
                if (Offers.find(session, wish.offer()).filter(Offer::open).isEmpty()) {
                    throw new MatchingRefusedException("matching.refused.offerClosed");
                }
            }
            Node lists = LargeFolders.child(session.getNode(MatchingTree.ROUNDS + "/" + round.id()), MatchingTree.WISHES);
            Node list = LargeFolders.child(lists, youngPerson);
            MatchingTree.setStrings(list, "offers", wishes.stream().map(Wish::offer).toList());
            MatchingTree.setStrings(list, "whys", wishes.stream().map(Wish::why).toList());
            list.setProperty("changedBy", by.user().id());
            list.setProperty("changed", clock.instant().toString());
            session.save();
            return read(session, round.id(), youngPerson);
        });
        audit.record(by, "matching.wishes.save", youngPerson, saved.round() + ": " + saved.wishes().size());
        return saved;
    }

    /** The round a list belongs to (its deadline). */
    public Round roundOf(WishList list) {
        return repository.withServiceSession(session -> Rounds.read(session.getNode(MatchingTree.ROUNDS + "/" + list.round())));
    }

    /** The offers the young person marked as interesting. */
    public Set<String> interesting(Caller by, String youngPerson) {
        MatchingRoles.requireSelfOrHelper(access, by, youngPerson);
        return repository.withServiceSession(session -> {
            String path = MatchingTree.INTEREST + "/" + youngPerson;
            return session.nodeExists(path) ? new LinkedHashSet<>(MatchingTree.strings(session.getNode(path), "offers"))
                    : new LinkedHashSet<String>();
        });
    }

    public Set<String> markInteresting(Caller by, String youngPerson, String offer, boolean interesting) {
        MatchingRoles.requireSelfOrHelper(access, by, youngPerson);
        return repository.withServiceSession(session -> {
            Node node = LargeFolders.child(session.getNode(MatchingTree.INTEREST), youngPerson);
            Set<String> marked = new LinkedHashSet<>(MatchingTree.strings(node, "offers"));
            if (interesting && Offers.find(session, offer).isPresent()) {
                marked.add(offer);
            } else {
                marked.remove(offer);
            }
            MatchingTree.setStrings(node, "offers", new ArrayList<>(marked));
            session.save();
            return marked;
        });
    }

    private static void requireActive(Session session, String youngPerson) throws RepositoryException, MatchingRefusedException {
        String path = Enrolments.YOUTH + "/" + youngPerson;
        if (!session.nodeExists(path)
                || !YoungPerson.Status.ACTIVE.name().equals(session.getNode(path).getProperty("status").getString())) {
            throw new MatchingRefusedException("matching.refused.notActive");
        }
    }

    static WishList read(Session session, String round, String youngPerson) throws RepositoryException {
        String path = MatchingTree.ROUNDS + "/" + round + "/" + MatchingTree.WISHES + "/" + youngPerson;
        if (!session.nodeExists(path)) {
            return new WishList(round, youngPerson, List.of(), Optional.empty(), Optional.empty());
        }
        Node node = session.getNode(path);
        List<String> offers = MatchingTree.strings(node, "offers");
        List<String> whys = MatchingTree.strings(node, "whys");
        List<Wish> wishes = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            wishes.add(new Wish(offers.get(i), i < whys.size() ? whys.get(i) : ""));
        }
        return new WishList(round, youngPerson, wishes, Optional.of(node.getProperty("changedBy").getString()),
                Optional.of(Instant.parse(node.getProperty("changed").getString())));
    }
}
