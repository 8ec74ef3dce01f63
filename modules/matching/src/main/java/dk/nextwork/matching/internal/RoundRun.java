package dk.nextwork.matching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.identity.Accounts;
import dk.nextwork.matching.Offer;
import dk.nextwork.matching.Offers;
import dk.nextwork.matching.ProposalState;
import dk.nextwork.matching.algorithm.ChoiceList;
import dk.nextwork.matching.algorithm.DeferredAcceptance;
import dk.nextwork.matching.algorithm.MatchingInput;
import dk.nextwork.matching.algorithm.MatchingResult;
import dk.nextwork.matching.algorithm.MissedChoice;
import dk.nextwork.matching.algorithm.OfferOutcome;
import dk.nextwork.matching.algorithm.OfferRanking;
import dk.nextwork.matching.algorithm.Placement;
import dk.nextwork.platform.repository.LargeFolders;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.YoungPerson;

/**
 * A round's run over the repository: the input read from the round's lists and rankings, the
 * algorithm run, and its result stored with the round in the same save (results, offer outcomes,
 * proposals, the check and the seed). The input of a stored run can be read again from what the
 * run stored, so that running it again with the stored seed must give the same result.
 */
public final class RoundRun {

    private RoundRun() {
    }

    /**
     * The input as it stands: the open offers with the seats not held by an earlier round's
     * proposal still waiting for answers, and the lists of the young people taking part (active in
     * the programme, no proposal waiting), each keeping only open offers. A company's candidates
     * are the young people who listed its offer: those it ranked, in its order, then those it
     * neither ranked nor marked "ikke denne gang", tied (the lottery orders them).
     */
    public static MatchingInput inputNow(Session session, Node round, List<Offer> open, LocalDate today, long seed)
            throws RepositoryException {
        Map<String, Integer> held = waitingProposals(session, round.getName(), today);
        Map<String, Integer> seats = new LinkedHashMap<>();
        for (Offer offer : open) {
            seats.put(offer.id(), Math.max(0, offer.terms().seats() - held.getOrDefault(offer.id(), 0)));
        }
        Set<String> waiting = youngPeopleWaiting(session, round.getName(), today);
        List<ChoiceList> lists = new ArrayList<>();
        for (NodeIterator nodes = LargeFolders.child(round, MatchingTree.WISHES).getNodes(); nodes.hasNext(); ) {
            Node list = nodes.nextNode();
            String youngPerson = list.getName();
            if (waiting.contains(youngPerson) || !activeInProgramme(session, youngPerson)) {
                continue;
            }
            List<String> kept = MatchingTree.strings(list, "offers").stream().filter(seats::containsKey).toList();
            lists.add(new ChoiceList(youngPerson, kept));
        }
        return input(round, lists, seats, seed);
    }

    /** The input a stored run had: its participants' lists, the offers and seats it ran with, its seed. */
    public static MatchingInput inputOfRun(Node round) throws RepositoryException {
        Map<String, Integer> seats = new LinkedHashMap<>();
        for (NodeIterator nodes = round.getNode(MatchingTree.OUTCOMES).getNodes(); nodes.hasNext(); ) {
            Node outcome = nodes.nextNode();
            seats.put(outcome.getName(), (int) outcome.getProperty("seats").getLong());
        }
        Node wishes = LargeFolders.child(round, MatchingTree.WISHES);
        List<ChoiceList> lists = new ArrayList<>();
        for (NodeIterator nodes = round.getNode(MatchingTree.RESULTS).getNodes(); nodes.hasNext(); ) {
            String youngPerson = nodes.nextNode().getName();
            List<String> listed = wishes.hasNode(youngPerson) ? MatchingTree.strings(wishes.getNode(youngPerson), "offers")
                    : List.of();
            lists.add(new ChoiceList(youngPerson, listed.stream().filter(seats::containsKey).toList()));
        }
        return input(round, lists, seats, round.getProperty("seed").getLong());
    }

    private static MatchingInput input(Node round, List<ChoiceList> lists, Map<String, Integer> seats, long seed)
            throws RepositoryException {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        seats.keySet().forEach(offer -> candidates.put(offer, new ArrayList<>()));
        for (ChoiceList list : lists) {
            list.offers().forEach(offer -> candidates.get(offer).add(list.youngPerson()));
        }
        Node rankings = LargeFolders.child(round, MatchingTree.RANKINGS);
        List<OfferRanking> offers = new ArrayList<>();
        for (Map.Entry<String, Integer> offer : seats.entrySet()) {
            List<String> wishedBy = candidates.get(offer.getKey());
            List<String> ranked = new ArrayList<>();
            Set<String> notThisTime = new HashSet<>();
            if (rankings.hasNode(offer.getKey())) {
                Node ranking = rankings.getNode(offer.getKey());
                ranked.addAll(MatchingTree.strings(ranking, "ranked"));
                notThisTime.addAll(MatchingTree.strings(ranking, "notThisTime"));
            }
            ranked.retainAll(wishedBy);
            List<Set<String>> tiers = new ArrayList<>();
            ranked.forEach(candidate -> tiers.add(Set.of(candidate)));
            Set<String> open = new LinkedHashSet<>(wishedBy);
            ranked.forEach(open::remove);
            open.removeAll(notThisTime);
            if (!open.isEmpty()) {
                tiers.add(open);
            }
            offers.add(new OfferRanking(offer.getKey(), offer.getValue(), tiers));
        }
        return new MatchingInput(lists, offers, seed);
    }

    public static MatchingResult run(MatchingInput input) {
        return DeferredAcceptance.youthProposing(input);
    }

    /** Stores the result with the round: results, outcomes, proposals and the check; does not save. */
    public static void store(Node round, MatchingResult result, LocalDate answerBy) throws RepositoryException {
        Node results = LargeFolders.child(round, MatchingTree.RESULTS);
        for (var explanation : result.explanations().values()) {
            Node node = results.addNode(explanation.youngPerson(), "nt:unstructured");
            node.setProperty("placedChoice", explanation.placement().map(Placement::choice).orElse(0));
            List<String> missed = new ArrayList<>();
            for (MissedChoice miss : explanation.missed()) {
                missed.add(miss.choice() + "|" + miss.offer() + "|" + miss.reason().name() + "|" + miss.yourRank() + "|"
                        + miss.lastAdmittedRank());
            }
            MatchingTree.setStrings(node, "missed", missed);
        }
        Node outcomes = LargeFolders.child(round, MatchingTree.OUTCOMES);
        for (OfferOutcome outcome : result.offers().values()) {
            Node node = outcomes.addNode(outcome.offer(), "nt:unstructured");
            node.setProperty("wishedBy", outcome.wishedBy());
            node.setProperty("seats", outcome.seats());
            node.setProperty("filled", outcome.seatsFilled());
            node.setProperty("lastAdmittedRank", outcome.lastAdmittedRank());
        }
        Node proposals = LargeFolders.child(round, MatchingTree.PROPOSALS);
        for (Placement placement : result.placements().values()) {
            Node node = proposals.addNode(placement.youngPerson(), "nt:unstructured");
            node.setProperty("offer", placement.offer());
            node.setProperty("choice", placement.choice());
            node.setProperty("answerBy", answerBy.toString());
            node.setProperty("state", ProposalState.WAITING.name());
        }
        var check = result.check();
        round.setProperty("blockingPairs", check.blockingPairs());
        round.setProperty("seatsRespected", check.seatsRespected());
        round.setProperty("onlyMutuallyAcceptable", check.onlyMutuallyAcceptable());
        round.setProperty("placedAtChoice", check.placedAtChoice().stream().map(String::valueOf).toArray(String[]::new));
        round.setProperty("unplaced", check.unplaced());
        round.setProperty("seed", result.seed());
    }

    /** Seats of each offer held by proposals of other rounds that still wait for answers. */
    private static Map<String, Integer> waitingProposals(Session session, String except, LocalDate today)
            throws RepositoryException {
        Map<String, Integer> held = new LinkedHashMap<>();
        for (Node proposal : waitingInOtherRounds(session, except, today)) {
            held.merge(proposal.getProperty("offer").getString(), 1, Integer::sum);
        }
        return held;
    }

    private static Set<String> youngPeopleWaiting(Session session, String except, LocalDate today) throws RepositoryException {
        Set<String> waiting = new HashSet<>();
        for (Node proposal : waitingInOtherRounds(session, except, today)) {
            waiting.add(proposal.getName());
        }
        return waiting;
    }

    /** The proposals still waiting for answers in every round but {@code except} (null: in every round). */
    public static List<Node> waitingInOtherRounds(Session session, String except, LocalDate today) throws RepositoryException {
        List<Node> waiting = new ArrayList<>();
        for (Node proposal : proposalsOfOtherRounds(session, except)) {
            if (ProposalState.of(proposal, today) == ProposalState.WAITING) {
                waiting.add(proposal);
            }
        }
        return waiting;
    }

    private static List<Node> proposalsOfOtherRounds(Session session, String except) throws RepositoryException {
        List<Node> proposals = new ArrayList<>();
        for (NodeIterator rounds = session.getNode(MatchingTree.ROUNDS).getNodes(); rounds.hasNext(); ) {
            Node round = rounds.nextNode();
            if (!round.getName().equals(except) && round.hasNode(MatchingTree.PROPOSALS)) {
                for (NodeIterator nodes = round.getNode(MatchingTree.PROPOSALS).getNodes(); nodes.hasNext(); ) {
                    proposals.add(nodes.nextNode());
                }
            }
        }
        return proposals;
    }

    private static boolean activeInProgramme(Session session, String youngPerson) throws RepositoryException {
        String path = Enrolments.YOUTH + "/" + youngPerson;
        return Accounts.isActiveYoungPerson(session, youngPerson) && session.nodeExists(path)
                && YoungPerson.Status.ACTIVE.name().equals(session.getNode(path).getProperty("status").getString());
    }

    /** The open offers, read in the run's session. */
    public static List<Offer> openOffers(Session session) throws RepositoryException {
        List<Offer> open = new ArrayList<>();
        if (session.nodeExists(Offers.ROOT)) {
            for (NodeIterator nodes = session.getNode(Offers.ROOT).getNodes(); nodes.hasNext(); ) {
                Node node = nodes.nextNode();
                Offers.find(session, node.getName()).filter(Offer::open).ifPresent(open::add);
            }
        }
        return open;
    }
}
