package dk.nextwork.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.matching.internal.MatchingTree;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.NetworkGroup;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;
import dk.nextwork.program.ProgrammeRefusedException;
import dk.nextwork.program.YoungPerson;

/**
 * The matching board of a network group: its young people by {@link BoardStage}, for coordinators
 * (any group) and counsellors (their own groups). A move of a card goes through the services that
 * own the step, with their rules: moving on and back (a coordinator completes or takes up a
 * participation again), or taking a list back out of the open round; the other steps are the
 * young person's, the company's or the round's to take, and a move to them is refused with who
 * takes it. Each move asked for is audited.
 */
@ApplicationScoped
public class MatchingBoard {

    private final PortalRepository repository;
    private final PersonAccess access;
    private final Programme programme;
    private final Enrolments enrolments;
    private final Wishes wishes;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected MatchingBoard() {
        this(null, null, null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public MatchingBoard(PortalRepository repository, PersonAccess access, Programme programme, Enrolments enrolments,
                         Wishes wishes, AuditTrail audit) {
        this(repository, access, programme, enrolments, wishes, audit, Clock.systemUTC());
    }

    public MatchingBoard(PortalRepository repository, PersonAccess access, Programme programme, Enrolments enrolments,
                         Wishes wishes, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.programme = programme;
        this.enrolments = enrolments;
        this.wishes = wishes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The groups whose board the caller may open: every group for coordinators, their own for counsellors. */
    public List<NetworkGroup> groups(Caller by) {
        if (by.user().has(Role.COORDINATOR)) {
            return programme.allGroups();
        }
        if (by.user().has(Role.COUNSELLOR)) {
            return programme.groupsLedBy(by.user().id());
        }
        throw new AccessDeniedException("the matching board is for coordinators and counsellors");
    }

    /** The group's young people on the board, by name within their stage; their reads audited. */
    public List<BoardCard> cards(Caller by, String group) {
        NetworkGroup shown = groups(by).stream().filter(candidate -> candidate.id().equals(group)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a group of the caller's"));
        LocalDate today = PortalTime.today(clock);
        List<UserAccount> people = access.youngPeopleAmong(by, shown.members());
        List<BoardCard> cards = new ArrayList<>();
        for (UserAccount person : people) {
            Optional<YoungPerson> enrolment = enrolments.find(person.id());
            if (enrolment.isEmpty() || enrolment.get().status() == YoungPerson.Status.PAUSED) {
                continue;
            }
            cards.add(card(person, enrolment.get(), today));
        }
        cards.sort(Comparator.comparing(BoardCard::stage).thenComparing(BoardCard::name));
        return cards;
    }

    /**
     * Moves a young person's card to a stage, through the service that owns the step; refused
     * with the reason when the step is not the caller's to take. Returns the card as it stands.
     */
    public BoardCard move(Caller by, String group, String youngPerson, BoardStage to) throws MatchingRefusedException {
        BoardCard card = cards(by, group).stream().filter(shown -> shown.youngPerson().equals(youngPerson)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not on the caller's board"));
        audit.record(by, "matching.board.move", youngPerson, card.stage() + " -> " + to);
        if (card.stage() == to) {
            return card;
        }
        String firstName = UserAccount.firstName(card.name());
        switch (to) {
            case MOVED_ON -> setStatus(by, youngPerson, YoungPerson.Status.COMPLETED);
            case EXPLORING -> {
                if (card.stage() == BoardStage.MOVED_ON) {
                    setStatus(by, youngPerson, YoungPerson.Status.ACTIVE);
                } else if (card.stage() == BoardStage.WISHED) {
                    wishes.save(by, youngPerson, List.of());
                } else {
                    throw new MatchingRefusedException("matching.refused.board.back", firstName);
                }
            }
            case WISHED -> throw new MatchingRefusedException("matching.refused.board.wish", firstName);
            case PROPOSED -> throw new MatchingRefusedException("matching.refused.board.proposal");
            case TRIAL_DAY -> throw new MatchingRefusedException("matching.refused.board.trialDay");
            case PLACED -> throw new MatchingRefusedException("matching.refused.board.placed", firstName);
        }
        return cards(by, group).stream().filter(shown -> shown.youngPerson().equals(youngPerson)).findFirst().orElse(card);
    }

    private void setStatus(Caller by, String youngPerson, YoungPerson.Status status) throws MatchingRefusedException {
        if (!by.user().has(Role.COORDINATOR)) {
            throw new MatchingRefusedException("matching.refused.board.coordinators");
        }
        try {
            enrolments.setStatus(by.user(), youngPerson, status);
        } catch (ProgrammeRefusedException refused) {
            throw new MatchingRefusedException(refused.reason(), refused.values());
        }
    }

    private BoardCard card(UserAccount person, YoungPerson enrolment, LocalDate today) {
        String id = person.id();
        if (enrolment.status() == YoungPerson.Status.COMPLETED) {
            Optional<Placement> last = programme.placementsOf(id).stream().max(Comparator.comparing(Placement::lastDay));
            return new BoardCard(id, person.name(), BoardStage.MOVED_ON, last.map(Placement::lastDay).orElse(enrolment.enrolled()),
                    "matching.next.movedOn", List.of());
        }
        Matching matching = repository.withServiceSession(session -> matching(session, id, today));
        if (matching.proposal().isPresent()) {
            return new BoardCard(id, person.name(), BoardStage.PROPOSED, matching.proposedOn().orElse(today),
                    "matching.next.answer", List.of(matching.proposal().get()));
        }
        if (matching.trialDay().isPresent()) {
            LocalDate day = matching.trialDay().get();
            return new BoardCard(id, person.name(), BoardStage.TRIAL_DAY, day,
                    day.isBefore(today) ? "matching.next.trialDayWas" : "matching.next.trialDay", List.of(day));
        }
        if (matching.listed().isPresent()) {
            return new BoardCard(id, person.name(), BoardStage.WISHED, matching.listed().get(), "matching.next.round",
                    List.of(matching.listsDue().orElse(today)));
        }
        Optional<Placement> now = programme.placementOn(id, today);
        if (now.isPresent()) {
            return new BoardCard(id, person.name(), BoardStage.PLACED, now.get().start(), "matching.next.ends",
                    List.of(now.get().lastDay()));
        }
        return new BoardCard(id, person.name(), BoardStage.EXPLORING, enrolment.enrolled(),
                matching.listsDue().isPresent() ? "matching.next.makeList" : "matching.next.explore",
                matching.listsDue().<List<Object>>map(List::of).orElse(List.of()));
    }

    /**
     * Where the young person stands in the matching: a proposal waiting (its answer day and the
     * day it was made), a trial day in the open round, their list in it (when saved), the lists'
     * deadline of the open round.
     */
    private record Matching(Optional<LocalDate> proposal, Optional<LocalDate> proposedOn, Optional<LocalDate> trialDay,
                            Optional<LocalDate> listed, Optional<LocalDate> listsDue) {
    }

    private static Matching matching(Session session, String youngPerson, LocalDate today) throws RepositoryException {
        Optional<LocalDate> proposal = Optional.empty();
        Optional<LocalDate> proposedOn = Optional.empty();
        for (NodeIterator rounds = session.getNode(MatchingTree.ROUNDS).getNodes(); rounds.hasNext(); ) {
            Node round = rounds.nextNode();
            String path = MatchingTree.PROPOSALS + "/" + youngPerson;
            if (round.hasNode(path) && ProposalState.of(round.getNode(path), today) == ProposalState.WAITING) {
                proposal = Optional.of(LocalDate.parse(round.getNode(path).getProperty("answerBy").getString()));
                proposedOn = Optional.of(Instant.parse(round.getProperty("ran").getString()).atZone(PortalTime.ZONE)
                        .toLocalDate());
            }
        }
        Optional<Round> open = Rounds.current(session);
        if (open.isEmpty()) {
            return new Matching(proposal, proposedOn, Optional.empty(), Optional.empty(), Optional.empty());
        }
        Node round = Rounds.knownRound(session, open.get().id());
        Optional<LocalDate> trialDay = Optional.empty();
        if (round.hasNode(MatchingTree.TRIALS)) {
            for (NodeIterator offers = round.getNode(MatchingTree.TRIALS).getNodes(); offers.hasNext(); ) {
                Node offer = offers.nextNode();
                if (offer.hasNode(youngPerson)) {
                    trialDay = Optional.of(LocalDate.parse(offer.getNode(youngPerson).getProperty("day").getString()));
                }
            }
        }
        WishList list = Wishes.read(session, open.get().id(), youngPerson);
        Optional<LocalDate> listed = list.wishes().isEmpty() ? Optional.empty()
                : list.changed().map(at -> at.atZone(PortalTime.ZONE).toLocalDate());
        return new Matching(proposal, proposedOn, trialDay, listed, Optional.of(open.get().listsDue()));
    }
}
