package dk.nextwork.matching;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.matching.algorithm.MatchingInput;
import dk.nextwork.matching.algorithm.MatchingResult;
import dk.nextwork.matching.internal.MatchingTree;
import dk.nextwork.matching.internal.RoundRun;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RefusableWork;
import dk.nextwork.platform.time.PortalTime;

/**
 * Matching rounds: a coordinator opens one (the deadlines for young people's lists and companies'
 * rankings, the planned start, the days to answer a proposal) and, from the rankings' deadline,
 * runs it: youth-proposing deferred acceptance with seats over the round's lists and rankings,
 * ties broken by one lottery whose seed is stored with the round. The result is stored at once,
 * with a proposal for everyone placed. One round at a time is open.
 */
@ApplicationScoped
public class Rounds {

    public static final int MAX_ANSWER_DAYS = 14;
    private static final SecureRandom SEEDS = new SecureRandom();

    private final PortalRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected Rounds() {
        this(null, null, Clock.systemUTC());
    }

    @Inject
    public Rounds(PortalRepository repository, AuditTrail audit) {
        this(repository, audit, Clock.systemUTC());
    }

    public Rounds(PortalRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return PortalTime.today(clock);
    }

    public Round open(SignedInUser by, LocalDate listsDue, LocalDate rankingsDue, LocalDate plannedStart, int answerDays)
            throws MatchingRefusedException {
        MatchingRoles.requireCoordinator(by);
        LocalDate today = today();
        checkDates(today, listsDue, rankingsDue, plannedStart, answerDays);
        Round round = RefusableWork.run(repository, MatchingRefusedException.class, session -> {
            if (current(session).isPresent()) {
                throw new MatchingRefusedException("matching.refused.roundOpen");
            }
            String id = today + "-" + UUID.randomUUID().toString().substring(0, 6);
            Node node = session.getNode(MatchingTree.ROUNDS).addNode(id, "nt:unstructured");
            node.setProperty("listsDue", listsDue.toString());
            node.setProperty("rankingsDue", rankingsDue.toString());
            node.setProperty("plannedStart", plannedStart.toString());
            node.setProperty("answerDays", answerDays);
            node.setProperty("opened", today.toString());
            node.setProperty("openedBy", by.id());
            session.save();
            return read(node);
        });
        audit.record(by.id(), "matching.round.open", null, round.id(), null);
        return round;
    }

    /**
     * Moves the open round's deadlines, planned start or days to answer (the same rules as
     * opening it); what the young people and companies saved stays.
     */
    public Round change(SignedInUser by, String id, LocalDate listsDue, LocalDate rankingsDue, LocalDate plannedStart,
                        int answerDays) throws MatchingRefusedException {
        MatchingRoles.requireCoordinator(by);
        checkDates(today(), listsDue, rankingsDue, plannedStart, answerDays);
        Round round = RefusableWork.run(repository, MatchingRefusedException.class, session -> {
            Node node = roundNode(session, id);
            if (node.hasProperty("ran")) {
                throw new MatchingRefusedException("matching.refused.alreadyRun");
            }
            node.setProperty("listsDue", listsDue.toString());
            node.setProperty("rankingsDue", rankingsDue.toString());
            node.setProperty("plannedStart", plannedStart.toString());
            node.setProperty("answerDays", answerDays);
            session.save();
            return read(node);
        });
        audit.record(by.id(), "matching.round.change", null, id + ": " + listsDue + " " + rankingsDue + " " + plannedStart, null);
        return round;
    }

    private static void checkDates(LocalDate today, LocalDate listsDue, LocalDate rankingsDue, LocalDate plannedStart,
                                   int answerDays) throws MatchingRefusedException {
        if (listsDue == null || rankingsDue == null || plannedStart == null) {
            throw new MatchingRefusedException("matching.refused.roundDates");
        }
        if (listsDue.isBefore(today)) {
            throw new MatchingRefusedException("matching.refused.listsDuePast");
        }
        if (rankingsDue.isBefore(listsDue)) {
            throw new MatchingRefusedException("matching.refused.rankingsBeforeLists");
        }
        if (!plannedStart.isAfter(rankingsDue)) {
            throw new MatchingRefusedException("matching.refused.startBeforeRankings");
        }
        if (answerDays < 1 || answerDays > MAX_ANSWER_DAYS) {
            throw new MatchingRefusedException("matching.refused.answerDays", MAX_ANSWER_DAYS);
        }
    }

    /** The round not yet run, if one is open. */
    public Optional<Round> current() {
        return repository.withServiceSession(Rounds::current);
    }

    /** Every round, newest first. */
    public List<Round> all() {
        return repository.withServiceSession(session -> {
            List<Round> rounds = new ArrayList<>();
            for (NodeIterator nodes = session.getNode(MatchingTree.ROUNDS).getNodes(); nodes.hasNext(); ) {
                rounds.add(read(nodes.nextNode()));
            }
            rounds.sort(NEWEST_FIRST);
            return rounds;
        });
    }

    /** The newest round that has been run. */
    public Optional<Round> latestRun() {
        return all().stream().filter(Round::isRun).findFirst();
    }

    public Optional<Round> find(String id) {
        if (id == null || id.contains("/") || id.isBlank()) {
            return Optional.empty();
        }
        return repository.withServiceSession(session -> session.nodeExists(MatchingTree.ROUNDS + "/" + id)
                ? Optional.of(read(session.getNode(MatchingTree.ROUNDS + "/" + id))) : Optional.<Round>empty());
    }

    /** Runs the round with a new seed and stores its result and proposals; returns its check. */
    public RoundCheck run(SignedInUser by, String id) throws MatchingRefusedException {
        MatchingRoles.requireCoordinator(by);
        LocalDate today = today();
        RoundCheck check = RefusableWork.run(repository, MatchingRefusedException.class, session -> {
            Node node = roundNode(session, id);
            Round round = read(node);
            if (round.isRun()) {
                throw new MatchingRefusedException("matching.refused.alreadyRun");
            }
            if (!round.mayRun(today)) {
                throw new MatchingRefusedException("matching.refused.notYet", round.rankingsDue());
            }
            MatchingInput input = RoundRun.inputNow(session, node, RoundRun.openOffers(session), today, SEEDS.nextLong());
            MatchingResult result = RoundRun.run(input);
            RoundRun.store(node, result, today.plusDays(round.answerDays()));
            node.setProperty("ran", clock.instant().toString());
            node.setProperty("ranBy", by.id());
            session.save();
            return check(node);
        });
        audit.record(by.id(), "matching.round.run", null, id, null);
        return check;
    }

    /** A run round's check, as stored with it. */
    public RoundCheck check(SignedInUser by, String id) throws MatchingRefusedException {
        MatchingRoles.requireCoordinator(by);
        return RefusableWork.run(repository, MatchingRefusedException.class, session -> check(runNode(session, id)));
    }

    /**
     * Runs a stored round again with its stored seed, on the input the run had, and tells whether
     * every young person got the same (the proof that a run can be repeated exactly).
     */
    public boolean repeatsExactly(SignedInUser by, String id) throws MatchingRefusedException {
        MatchingRoles.requireCoordinator(by);
        return RefusableWork.run(repository, MatchingRefusedException.class, session -> {
            Node node = runNode(session, id);
            MatchingResult again = RoundRun.run(RoundRun.inputOfRun(node));
            Node results = node.getNode(MatchingTree.RESULTS);
            for (NodeIterator nodes = results.getNodes(); nodes.hasNext(); ) {
                Node stored = nodes.nextNode();
                int choice = again.placementOf(stored.getName()).map(dk.nextwork.matching.algorithm.Placement::choice).orElse(0);
                if (choice != stored.getProperty("placedChoice").getLong()) {
                    return false;
                }
            }
            Node proposals = node.getNode(MatchingTree.PROPOSALS);
            for (var placement : again.placements().values()) {
                if (!proposals.hasNode(placement.youngPerson())
                        || !proposals.getNode(placement.youngPerson()).getProperty("offer").getString().equals(placement.offer())) {
                    return false;
                }
            }
            return again.placements().size() == MatchingTree.count(proposals);
        });
    }

    static Node roundNode(Session session, String id) throws RepositoryException, MatchingRefusedException {
        String path = MatchingTree.ROUNDS + "/" + id;
        if (id == null || id.contains("/") || id.isBlank() || !session.nodeExists(path)) {
            throw new MatchingRefusedException("matching.refused.noRound");
        }
        return session.getNode(path);
    }

    private static Node runNode(Session session, String id) throws RepositoryException, MatchingRefusedException {
        Node node = roundNode(session, id);
        if (!node.hasProperty("ran")) {
            throw new MatchingRefusedException("matching.refused.notRun");
        }
        return node;
    }

    /** A round whose id was read from the repository. */
    static Node knownRound(Session session, String id) throws RepositoryException {
        return session.getNode(MatchingTree.ROUNDS + "/" + id);
    }

    static Optional<Round> current(Session session) throws RepositoryException {
        Round newest = null;
        for (NodeIterator nodes = session.getNode(MatchingTree.ROUNDS).getNodes(); nodes.hasNext(); ) {
            Round round = read(nodes.nextNode());
            if (!round.isRun() && (newest == null || NEWEST_FIRST.compare(round, newest) < 0)) {
                newest = round;
            }
        }
        return Optional.ofNullable(newest);
    }

    private static final Comparator<Round> NEWEST_FIRST = Comparator.comparing(Round::opened).reversed()
            .thenComparing(Round::id, Comparator.reverseOrder());

    private static RoundCheck check(Node node) throws RepositoryException {
        List<Integer> atChoice = new ArrayList<>();
        for (String count : MatchingTree.strings(node, "placedAtChoice")) {
            atChoice.add(Integer.parseInt(count));
        }
        return new RoundCheck(MatchingTree.count(node.getNode(MatchingTree.RESULTS)),
                MatchingTree.count(node.getNode(MatchingTree.OUTCOMES)), (int) node.getProperty("blockingPairs").getLong(),
                node.getProperty("seatsRespected").getBoolean(), node.getProperty("onlyMutuallyAcceptable").getBoolean(),
                atChoice, (int) node.getProperty("unplaced").getLong());
    }

    static Round read(Node node) throws RepositoryException {
        return new Round(node.getName(), LocalDate.parse(node.getProperty("listsDue").getString()),
                LocalDate.parse(node.getProperty("rankingsDue").getString()),
                LocalDate.parse(node.getProperty("plannedStart").getString()), (int) node.getProperty("answerDays").getLong(),
                LocalDate.parse(node.getProperty("opened").getString()),
                node.hasProperty("seed") ? Optional.of(node.getProperty("seed").getLong()) : Optional.empty(),
                node.hasProperty("ran") ? Optional.of(Instant.parse(node.getProperty("ran").getString())) : Optional.empty());
    }
}
