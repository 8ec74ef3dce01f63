package dk.nextwork.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.matching.algorithm.MissReason;
import dk.nextwork.matching.internal.MatchingTree;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RefusableWork;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Company;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Placements;
import dk.nextwork.program.Programme;
import dk.nextwork.program.ProgrammeRefusedException;

/**
 * The rounds' results and proposals. The young person and the company each answer a proposal by
 * its answer day; when both have said yes, the placement is made through the programme's rules
 * (a young person in a placement moves on: the current one ends the day before the new one
 * starts), and the offer gives up a seat. A rule that refuses it is kept with the proposal for
 * the coordinator, and nothing else changes. A no, or no answers by the day, frees the seat for a
 * later round.
 */
@ApplicationScoped
public class Proposals {

    /** Who makes the placement both sides agreed to, in the audit trail: the matching, on the programme's rules. */
    public static final String MATCHING_ID = "system:matching";
    static final SignedInUser MATCHING = new SignedInUser(MATCHING_ID, "", "NExTWORK matching", Set.of(Role.COORDINATOR),
            null, "da");

    private final PortalRepository repository;
    private final Accounts accounts;
    private final PersonAccess access;
    private final Companies companies;
    private final Programme programme;
    private final Placements placements;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected Proposals() {
        this(null, null, null, null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public Proposals(PortalRepository repository, Accounts accounts, PersonAccess access, Companies companies,
                     Programme programme, Placements placements, AuditTrail audit) {
        this(repository, accounts, access, companies, programme, placements, audit, Clock.systemUTC());
    }

    public Proposals(PortalRepository repository, Accounts accounts, PersonAccess access, Companies companies,
                     Programme programme, Placements placements, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.access = access;
        this.companies = companies;
        this.programme = programme;
        this.placements = placements;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the newest run round the young person took part in gave them; for them, their counsellor and coordinators. */
    public Optional<RoundResult> resultOf(Caller by, String youngPerson) {
        MatchingRoles.requireSelfOrHelper(access, by, youngPerson);
        LocalDate today = PortalTime.today(clock);
        return repository.withServiceSession(session -> {
            List<Round> run = new ArrayList<>();
            for (NodeIterator nodes = session.getNode(MatchingTree.ROUNDS).getNodes(); nodes.hasNext(); ) {
                Node round = nodes.nextNode();
                if (round.hasNode(MatchingTree.RESULTS) && round.getNode(MatchingTree.RESULTS).hasNode(youngPerson)) {
                    run.add(Rounds.read(round));
                }
            }
            Optional<Round> newest = run.stream().max(Comparator.comparing((Round round) -> round.ran().orElseThrow()));
            if (newest.isEmpty()) {
                return Optional.<RoundResult>empty();
            }
            Node round = Rounds.knownRound(session, newest.get().id());
            Node result = round.getNode(MatchingTree.RESULTS).getNode(youngPerson);
            List<MissedWish> missed = new ArrayList<>();
            for (String encoded : MatchingTree.strings(result, "missed")) {
                String[] parts = encoded.split("\\|");
                Optional<Offer> offer = Offers.find(session, parts[1]);
                if (offer.isPresent()) {
                    missed.add(new MissedWish(Integer.parseInt(parts[0]), offer.get(), companyName(offer.get().company()),
                            MissReason.valueOf(parts[2])));
                }
            }
            Optional<Proposal> proposal = round.hasNode(MatchingTree.PROPOSALS) && round.getNode(MatchingTree.PROPOSALS)
                    .hasNode(youngPerson) ? Optional.of(read(session, round.getNode(MatchingTree.PROPOSALS).getNode(youngPerson), today))
                    : Optional.empty();
            int wishes = Wishes.read(session, newest.get().id(), youngPerson).wishes().size();
            return Optional.of(new RoundResult(newest.get(), (int) result.getProperty("placedChoice").getLong(), proposal,
                    missed, wishes));
        });
    }

    /** The proposals on a company's offers, waiting ones first; for its representatives and coordinators. */
    public List<Proposal> ofCompany(Caller by, String company) {
        MatchingRoles.requireForCompany(by.user(), company);
        List<Proposal> found = all(proposal -> proposal.offer().company().equals(company));
        audit.recordAll(by, "matching.proposal.read", found.stream().map(Proposal::youngPerson).toList(), company);
        return found;
    }

    /** The proposed young person's first name, as the company and the coordinators who see the proposal name them. */
    public String firstNameOf(Proposal proposal) {
        return accounts.find(proposal.youngPerson()).map(dk.nextwork.identity.UserAccount::firstName).orElse("");
    }

    /** The proposed young person's full name, for the coordinators' list. */
    public String nameOf(Proposal proposal) {
        return accounts.find(proposal.youngPerson()).map(dk.nextwork.identity.UserAccount::name).orElse("");
    }

    /** Every proposal of a round, for coordinators. */
    public List<Proposal> ofRound(SignedInUser by, String round) {
        MatchingRoles.requireCoordinator(by);
        return all(proposal -> proposal.round().equals(round));
    }

    /** How the company's offers fared in the newest run round. */
    public List<OfferResult> offerResults(Caller by, String company) {
        MatchingRoles.requireForCompany(by.user(), company);
        return repository.withServiceSession(session -> {
            List<OfferResult> results = new ArrayList<>();
            Optional<Round> newest = newestRun(session);
            if (newest.isEmpty()) {
                return results;
            }
            Node outcomes = Rounds.knownRound(session, newest.get().id()).getNode(MatchingTree.OUTCOMES);
            for (NodeIterator nodes = outcomes.getNodes(); nodes.hasNext(); ) {
                Node outcome = nodes.nextNode();
                Optional<Offer> offer = Offers.find(session, outcome.getName());
                if (offer.isPresent() && offer.get().company().equals(company)) {
                    results.add(new OfferResult(newest.get(), offer.get(), (int) outcome.getProperty("wishedBy").getLong(),
                            (int) outcome.getProperty("seats").getLong(), (int) outcome.getProperty("filled").getLong(),
                            (int) outcome.getProperty("lastAdmittedRank").getLong()));
                }
            }
            return results;
        });
    }

    /**
     * The young person's or the company's answer (as the caller is the young person, or acts for
     * the offer's company); with both yeses the placement is made.
     */
    public Proposal answer(Caller by, String round, String youngPerson, boolean yes) throws MatchingRefusedException {
        LocalDate today = PortalTime.today(clock);
        Proposal current = repository.withServiceSession(session -> {
            Optional<Node> node = proposalNode(session, round, youngPerson);
            return node.isPresent() ? Optional.of(read(session, node.get(), today)) : Optional.<Proposal>empty();
        }).orElseThrow(() -> new MatchingRefusedException("matching.refused.noProposal"));
        boolean asYoungPerson = by.user().id().equals(youngPerson) && by.user().has(Role.YOUTH);
        if (!asYoungPerson) {
            MatchingRoles.requireForCompany(by.user(), current.offer().company());
        }
        if (current.state() != ProposalState.WAITING) {
            throw new MatchingRefusedException(current.state() == ProposalState.LAPSED ? "matching.refused.answerLapsed"
                    : "matching.refused.answered");
        }
        Proposal answered = RefusableWork.run(repository, MatchingRefusedException.class, session -> {
            Node node = proposalNode(session, round, youngPerson).orElseThrow();
            node.setProperty(asYoungPerson ? "youngPersonSaid" : "companySaid", yes);
            node.setProperty(asYoungPerson ? "youngPersonAnsweredBy" : "companyAnsweredBy", by.user().id());
            if (!yes) {
                node.setProperty("state", ProposalState.DECLINED.name());
            }
            session.save();
            return read(session, node, today);
        });
        audit.record(by, yes ? "matching.proposal.yes" : "matching.proposal.no", youngPerson, round + " " + current.offer().id());
        if (answered.youngPersonSaid().orElse(false) && answered.companySaid().orElse(false)) {
            return place(answered, today);
        }
        return answered;
    }

    /** Both said yes: the placement through the programme's rules, or the rules' refusal kept for the coordinator. */
    private Proposal place(Proposal agreed, LocalDate today) {
        Round round = repository.withServiceSession(session -> Rounds.read(Rounds.knownRound(session, agreed.round())));
        OfferTerms terms = agreed.offer().terms();
        LocalDate start = latest(terms.start(), round.plannedStart(), today.plusDays(1));
        LocalDate plannedEnd = terms.plannedEndFrom(start);
        String placementId = null;
        ProgrammeRefusedException refused = null;
        try {
            Optional<Placement> continuing = programme.placementsOf(agreed.youngPerson()).stream()
                    .filter(placement -> !placement.lastDay().isBefore(start.minusDays(1)) && !placement.start().isAfter(start)
                            && placement.ended().isEmpty())
                    .findFirst();
            Placement made = continuing.isPresent()
                    ? placements.moveOn(MATCHING, continuing.get().id(), agreed.offer().company(), start, plannedEnd)
                    : placements.place(MATCHING, agreed.youngPerson(), agreed.offer().company(), start, plannedEnd);
            placementId = made.id();
        } catch (ProgrammeRefusedException e) {
            refused = e;
        }
        String made = placementId;
        ProgrammeRefusedException refusal = refused;
        Proposal stored = repository.withServiceSession(session -> {
            Node node = proposalNode(session, agreed.round(), agreed.youngPerson()).orElseThrow();
            if (made != null) {
                node.setProperty("state", ProposalState.PLACED.name());
                node.setProperty("placement", made);
                Offers.takeSeat(session, agreed.offer().id());
            } else {
                node.setProperty("state", ProposalState.REFUSED.name());
                node.setProperty("refusal", refusal.reason());
                MatchingTree.setStrings(node, "refusalValues", java.util.Arrays.stream(refusal.values())
                        .map(Proposals::encode).toList());
            }
            session.save();
            return read(session, node, today);
        });
        audit.record(MATCHING_ID, made != null ? "matching.proposal.placed" : "matching.proposal.refused", agreed.youngPerson(),
                agreed.round() + " " + agreed.offer().id() + (made != null ? " -> " + made : ": " + refusal.reason()), null);
        return stored;
    }

    private static LocalDate latest(LocalDate... days) {
        LocalDate latest = days[0];
        for (LocalDate day : days) {
            latest = day.isAfter(latest) ? day : latest;
        }
        return latest;
    }

    private List<Proposal> all(java.util.function.Predicate<Proposal> kept) {
        LocalDate today = PortalTime.today(clock);
        return repository.withServiceSession(session -> {
            List<Proposal> found = new ArrayList<>();
            for (NodeIterator rounds = session.getNode(MatchingTree.ROUNDS).getNodes(); rounds.hasNext(); ) {
                Node round = rounds.nextNode();
                if (round.hasNode(MatchingTree.PROPOSALS)) {
                    for (NodeIterator nodes = round.getNode(MatchingTree.PROPOSALS).getNodes(); nodes.hasNext(); ) {
                        Proposal proposal = read(session, nodes.nextNode(), today);
                        if (kept.test(proposal)) {
                            found.add(proposal);
                        }
                    }
                }
            }
            found.sort(Comparator.comparing((Proposal proposal) -> proposal.state() != ProposalState.WAITING)
                    .thenComparing(Proposal::answerBy, Comparator.reverseOrder()).thenComparing(Proposal::youngPerson));
            return found;
        });
    }

    private String companyName(String company) {
        return companies.find(company).map(Company::name).orElse(company);
    }

    private static Optional<Round> newestRun(Session session) throws RepositoryException {
        Round newest = null;
        for (NodeIterator nodes = session.getNode(MatchingTree.ROUNDS).getNodes(); nodes.hasNext(); ) {
            Round round = Rounds.read(nodes.nextNode());
            if (round.isRun() && (newest == null || round.ran().orElseThrow().isAfter(newest.ran().orElseThrow()))) {
                newest = round;
            }
        }
        return Optional.ofNullable(newest);
    }

    private static Optional<Node> proposalNode(Session session, String round, String youngPerson) throws RepositoryException {
        String path = MatchingTree.ROUNDS + "/" + round + "/" + MatchingTree.PROPOSALS + "/" + youngPerson;
        return round == null || youngPerson == null || round.contains("/") || youngPerson.contains("/")
                || !session.nodeExists(path) ? Optional.empty() : Optional.of(session.getNode(path));
    }

    private static Proposal read(Session session, Node node, LocalDate today) throws RepositoryException {
        String round = node.getParent().getParent().getName();
        Offer offer = Offers.find(session, node.getProperty("offer").getString()).orElseThrow();
        return new Proposal(round, node.getName(), offer, (int) node.getProperty("choice").getLong(),
                LocalDate.parse(node.getProperty("answerBy").getString()), said(node, "youngPersonSaid"), said(node, "companySaid"),
                ProposalState.of(node, today), text(node, "placement"), text(node, "refusal"),
                MatchingTree.strings(node, "refusalValues").stream().map(Proposals::decode).toList());
    }

    /** A refusal's value kept so that it reads as the reader's language writes it: a day stays a day. */
    private static String encode(Object value) {
        return value instanceof LocalDate day ? "date:" + day : value instanceof Number number ? "number:" + number
                : "text:" + value;
    }

    private static Object decode(String kept) {
        String value = kept.substring(kept.indexOf(':') + 1);
        if (kept.startsWith("date:")) {
            return LocalDate.parse(value);
        }
        return kept.startsWith("number:") ? (Object) Long.parseLong(value) : value;
    }

    private static Optional<Boolean> said(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? Optional.of(node.getProperty(property).getBoolean()) : Optional.empty();
    }

    private static Optional<String> text(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? Optional.of(node.getProperty(property).getString()) : Optional.empty();
    }
}
