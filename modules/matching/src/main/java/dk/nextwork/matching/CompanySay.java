package dk.nextwork.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.matching.internal.MatchingTree;
import dk.nextwork.platform.repository.LargeFolders;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RefusableWork;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.YoungPerson;

/**
 * The company's say in the open round: per offer, the candidates who put it on their list, as
 * match cards; trial days (praktikbesøg) with their outcome; and the company's ranking of the
 * candidates it would take, or "ikke denne gang". A representative sees only their own company's
 * offers' candidates, never anyone who did not choose the company, nor other companies'
 * rankings. Every card shown is audited in the young person's trail.
 */
@ApplicationScoped
public class CompanySay {

    private final PortalRepository repository;
    private final Accounts accounts;
    private final Enrolments enrolments;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected CompanySay() {
        this(null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public CompanySay(PortalRepository repository, Accounts accounts, Enrolments enrolments, AuditTrail audit) {
        this(repository, accounts, enrolments, audit, Clock.systemUTC());
    }

    public CompanySay(PortalRepository repository, Accounts accounts, Enrolments enrolments, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.enrolments = enrolments;
        this.audit = audit;
        this.clock = clock;
    }

    /** The offer's candidates in the open round: the company's ranking first, in its order, then the others by name. */
    public List<MatchCard> candidates(Caller by, String offer) throws MatchingRefusedException {
        Offer shown = offerFor(by, offer);
        Optional<Round> round = repository.withServiceSession(Rounds::current);
        if (round.isEmpty()) {
            return List.of();
        }
        List<String> ids = repository.withServiceSession(session -> candidatesIn(session, round.get().id(), shown.id()));
        CandidateRanking ranking = repository.withServiceSession(session -> ranking(session, round.get().id(), shown.id()));
        List<TrialDay> trials = repository.withServiceSession(session -> trialDays(session, round.get().id(), shown.id()));
        LocalDate today = PortalTime.today(clock);
        List<MatchCard> cards = new ArrayList<>();
        for (UserAccount account : accounts.findAll(ids)) {
            Optional<YoungPerson> enrolment = enrolments.find(account.id());
            String why = repository.withServiceSession(session -> Wishes.read(session, round.get().id(), account.id()))
                    .wishes().stream().filter(wish -> wish.offer().equals(shown.id())).map(Wish::why).findFirst().orElse("");
            MatchProfile profile = repository.withServiceSession(session -> MatchProfiles.read(session, account.id()));
            cards.add(new MatchCard(account.id(), account.firstName(), profile.ageOn(today),
                    enrolment.map(YoungPerson::hoursPerWeek).orElse(0), enrolment.map(YoungPerson::interests).orElse(""),
                    enrolment.map(YoungPerson::goals).orElse(""), why, profile.sharesDevelopment(),
                    trials.stream().filter(trial -> trial.youngPerson().equals(account.id())).findFirst()));
        }
        List<String> order = ranking.ranked();
        cards.sort(Comparator.comparing((MatchCard card) -> order.contains(card.youngPerson()) ? order.indexOf(card.youngPerson())
                : Integer.MAX_VALUE).thenComparing(MatchCard::firstName).thenComparing(MatchCard::youngPerson));
        audit.recordAll(by, "matching.card.read", cards.stream().map(MatchCard::youngPerson).toList(), shown.id());
        return cards;
    }

    /** The company's ranking of the offer's candidates in the open round (empty before it has ranked). */
    public CandidateRanking ranking(Caller by, String offer) throws MatchingRefusedException {
        Offer shown = offerFor(by, offer);
        return repository.withServiceSession(session -> {
            Optional<Round> round = Rounds.current(session);
            return round.isPresent() ? ranking(session, round.get().id(), shown.id())
                    : new CandidateRanking(shown.id(), List.of(), Set.of());
        });
    }

    /** Saves the company's ranking: those it would take, best first, and those it says "ikke denne gang" to. */
    public CandidateRanking rank(Caller by, String offer, List<String> ranked, Set<String> notThisTime)
            throws MatchingRefusedException {
        Offer shown = offerFor(by, offer);
        if (new HashSet<>(ranked).size() != ranked.size()) {
            throw new MatchingRefusedException("matching.refused.rankedTwice");
        }
        Set<String> both = new HashSet<>(ranked);
        both.retainAll(notThisTime);
        if (!both.isEmpty()) {
            throw new MatchingRefusedException("matching.refused.rankedAndNot");
        }
        LocalDate today = PortalTime.today(clock);
        CandidateRanking saved = RefusableWork.run(repository, MatchingRefusedException.class, session -> {
            Round round = Rounds.current(session).orElseThrow(() -> new MatchingRefusedException("matching.refused.noOpenRound"));
            if (!round.takesRankings(today)) {
                throw new MatchingRefusedException("matching.refused.rankingsClosed", round.rankingsDue());
            }
            Set<String> candidates = new HashSet<>(candidatesIn(session, round.id(), shown.id()));
            Set<String> named = new LinkedHashSet<>(ranked);
            named.addAll(notThisTime);
            if (!candidates.containsAll(named)) {
                throw new MatchingRefusedException("matching.refused.notACandidate");
            }
            Node node = LargeFolders.child(LargeFolders.child(Rounds.roundNode(session, round.id()), MatchingTree.RANKINGS),
                    shown.id());
            MatchingTree.setStrings(node, "ranked", ranked);
            MatchingTree.setStrings(node, "notThisTime", new ArrayList<>(notThisTime));
            node.setProperty("by", by.user().id());
            node.setProperty("at", clock.instant().toString());
            session.save();
            return ranking(session, round.id(), shown.id());
        });
        audit.record(by, "matching.ranking.save", null, shown.id() + ": " + ranked.size() + " ranked, "
                + notThisTime.size() + " not this time");
        return saved;
    }

    /** Invites a candidate to a trial day on the offer (or moves the day). */
    public TrialDay inviteToTrialDay(Caller by, String offer, String youngPerson, LocalDate day) throws MatchingRefusedException {
        Offer shown = offerFor(by, offer);
        LocalDate today = PortalTime.today(clock);
        if (day == null || day.isBefore(today)) {
            throw new MatchingRefusedException("matching.refused.trialDayPast");
        }
        TrialDay trial = RefusableWork.run(repository, MatchingRefusedException.class, session -> {
            Node node = trialNode(session, shown.id(), youngPerson, true);
            node.setProperty("day", day.toString());
            if (node.hasProperty("outcome")) {
                node.getProperty("outcome").remove();
            }
            node.setProperty("by", by.user().id());
            session.save();
            return trial(node, shown.id());
        });
        audit.record(by, "matching.trialDay.invite", youngPerson, shown.id() + " " + day);
        return trial;
    }

    /** Records how a trial day went, from its day on. */
    public TrialDay recordTrialDay(Caller by, String offer, String youngPerson, TrialDay.Outcome outcome)
            throws MatchingRefusedException {
        Offer shown = offerFor(by, offer);
        LocalDate today = PortalTime.today(clock);
        TrialDay trial = RefusableWork.run(repository, MatchingRefusedException.class, session -> {
            Node node = trialNode(session, shown.id(), youngPerson, false);
            if (LocalDate.parse(node.getProperty("day").getString()).isAfter(today)) {
                throw new MatchingRefusedException("matching.refused.trialDayAhead");
            }
            node.setProperty("outcome", outcome.name());
            session.save();
            return trial(node, shown.id());
        });
        audit.record(by, "matching.trialDay.outcome", youngPerson, shown.id() + " " + outcome);
        return trial;
    }

    private Node trialNode(Session session, String offer, String youngPerson, boolean create)
            throws RepositoryException, MatchingRefusedException {
        Round round = Rounds.current(session).orElseThrow(() -> new MatchingRefusedException("matching.refused.noOpenRound"));
        if (!candidatesIn(session, round.id(), offer).contains(youngPerson)) {
            throw new MatchingRefusedException("matching.refused.notACandidate");
        }
        Node trials = LargeFolders.child(LargeFolders.child(Rounds.roundNode(session, round.id()), MatchingTree.TRIALS), offer);
        if (!create && !trials.hasNode(youngPerson)) {
            throw new MatchingRefusedException("matching.refused.noTrialDay");
        }
        return LargeFolders.child(trials, youngPerson);
    }

    private Offer offerFor(Caller by, String offer) throws MatchingRefusedException {
        Offer found = repository.withServiceSession(session -> Offers.find(session, offer == null ? "" : offer))
                .orElseThrow(() -> new MatchingRefusedException("matching.refused.noOffer"));
        MatchingRoles.requireForCompany(by.user(), found.company());
        return found;
    }

    /** The young people whose list in the round has the offer. */
    static List<String> candidatesIn(Session session, String round, String offer) throws RepositoryException {
        List<String> candidates = new ArrayList<>();
        String path = MatchingTree.ROUNDS + "/" + round + "/" + MatchingTree.WISHES;
        if (session.nodeExists(path)) {
            for (NodeIterator nodes = session.getNode(path).getNodes(); nodes.hasNext(); ) {
                Node list = nodes.nextNode();
                if (MatchingTree.strings(list, "offers").contains(offer)) {
                    candidates.add(list.getName());
                }
            }
        }
        return candidates;
    }

    private static CandidateRanking ranking(Session session, String round, String offer) throws RepositoryException {
        String path = MatchingTree.ROUNDS + "/" + round + "/" + MatchingTree.RANKINGS + "/" + offer;
        if (!session.nodeExists(path)) {
            return new CandidateRanking(offer, List.of(), Set.of());
        }
        Node node = session.getNode(path);
        return new CandidateRanking(offer, MatchingTree.strings(node, "ranked"), new HashSet<>(MatchingTree.strings(node, "notThisTime")));
    }

    private static List<TrialDay> trialDays(Session session, String round, String offer) throws RepositoryException {
        List<TrialDay> trials = new ArrayList<>();
        String path = MatchingTree.ROUNDS + "/" + round + "/" + MatchingTree.TRIALS + "/" + offer;
        if (session.nodeExists(path)) {
            for (NodeIterator nodes = session.getNode(path).getNodes(); nodes.hasNext(); ) {
                trials.add(trial(nodes.nextNode(), offer));
            }
        }
        return trials;
    }

    private static TrialDay trial(Node node, String offer) throws RepositoryException {
        return new TrialDay(offer, node.getName(), LocalDate.parse(node.getProperty("day").getString()),
                node.hasProperty("outcome") ? Optional.of(TrialDay.Outcome.valueOf(node.getProperty("outcome").getString()))
                        : Optional.empty());
    }
}
