package dk.nextwork.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.matching.algorithm.MissReason;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.ReportingFixture;

/**
 * A round from the young people's lists to placements, over the demo's open round: the company's
 * say, the run with its check, the proposals answered, and the placement made through the
 * programme's rules or refused by them with the reason.
 */
class RoundsTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private MatchingFixture fixture;
    private LocalDate today;
    private String mikkel;
    private String laura;
    private String sofie;

    @BeforeEach
    void wire() throws Exception {
        fixture = new MatchingFixture(running.platform(), running.clock());
        today = new Programme(running.platform().repository(), running.clock()).today();
        mikkel = fixture.user("youth@nextwork.example").id();
        laura = fixture.user("laura.nielsen@nextwork.example").id();
        sofie = fixture.user("sofie.ahmadi@nextwork.example").id();
    }

    /** The services eleven days on: the lists' and rankings' deadlines have passed. */
    private MatchingFixture afterTheDeadlines() {
        return fixture.at(Clock.offset(running.clock(), Duration.ofDays(11)));
    }

    private Map<String, Offer> openOffersByCompany() {
        return fixture.offers.openOffers().stream().collect(Collectors.toMap(Offer::company, Function.identity()));
    }

    @Test
    void theDemosFinishedRoundExplainsItselfAndRepeatsExactly() throws Exception {
        Round finished = fixture.rounds.latestRun().orElseThrow();
        assertTrue(fixture.rounds.repeatsExactly(ReportingFixture.COORDINATOR, finished.id()), "the same result from the stored seed");
        RoundCheck check = fixture.rounds.check(ReportingFixture.COORDINATOR, finished.id());
        assertTrue(check.passed());
        assertEquals(List.of(2, 0, 0, 0, 0, 0, 0, 0), check.placedAtChoice(), "Noah and Laura got their first wish");
        assertEquals(1, check.unplaced());
        RoundResult sofies = fixture.proposals.resultOf(fixture.caller("sofie.ahmadi@nextwork.example"), sofie).orElseThrow();
        assertEquals(0, sofies.placedChoice());
        assertEquals(List.of(MissReason.FULL, MissReason.NOT_ACCEPTABLE), sofies.missed().stream().map(MissedWish::reason).toList());
        assertEquals("Planteskolen Lærkereden", sofies.missed().get(0).companyName());
        RoundResult noahs = fixture.proposals.resultOf(fixture.caller("noah.vestergaard@nextwork.example"),
                fixture.user("noah.vestergaard@nextwork.example").id()).orElseThrow();
        assertEquals(ProposalState.PLACED, noahs.proposal().orElseThrow().state());
    }

    @Test
    void aRepresentativeSeesOnlyTheCandidatesWhoChoseTheirOfferAsMatchCards() throws Exception {
        Caller sara = fixture.caller("company@nextwork.example");
        Map<String, Offer> offers = openOffersByCompany();
        List<MatchCard> cards = fixture.companySay.candidates(sara, offers.get("surdejshjoernet").id());
        assertEquals(Set.of("Laura", "Sofie"), cards.stream().map(MatchCard::firstName).collect(Collectors.toSet()));
        MatchCard sofies = cards.stream().filter(card -> card.firstName().equals("Sofie")).findFirst().orElseThrow();
        assertEquals("Min moster er bager, det lyder hyggeligt.", sofies.why(), "her why for this offer, not another's");
        assertTrue(sofies.trialDay().isPresent(), "invited to a trial day");
        assertThrows(AccessDeniedException.class, () -> fixture.companySay.candidates(sara, offers.get("hyldebaer-supermarked").id()),
                "another company's candidates");
        assertThrows(AccessDeniedException.class, () -> fixture.companySay.ranking(sara, offers.get("hyldebaer-supermarked").id()),
                "another company's ranking");
        assertEquals("matching.refused.notACandidate", assertThrows(MatchingRefusedException.class,
                () -> fixture.companySay.rank(sara, offers.get("surdejshjoernet").id(), List.of(mikkel), Set.of())).reason(),
                "Mikkel did not choose the bakery");
        CandidateRanking ranked = fixture.companySay.rank(sara, offers.get("surdejshjoernet").id(), List.of(sofie), Set.of(laura));
        assertEquals(List.of(sofie), ranked.ranked());
        assertFalse(fixture.programme.identity.audit.about(sofie, 50).stream()
                .noneMatch(entry -> entry.action().equals("matching.card.read")), "the cards shown are audited");
    }

    @Test
    void aTrialDayIsPlannedAheadAndItsOutcomeWrittenOnceItHasBeen() throws Exception {
        Caller sara = fixture.caller("company@nextwork.example");
        String bakery = openOffersByCompany().get("surdejshjoernet").id();
        assertEquals("matching.refused.trialDayPast", assertThrows(MatchingRefusedException.class,
                () -> fixture.companySay.inviteToTrialDay(sara, bakery, laura, today.minusDays(1))).reason());
        assertEquals("matching.refused.notACandidate", assertThrows(MatchingRefusedException.class,
                () -> fixture.companySay.inviteToTrialDay(sara, bakery, mikkel, today.plusDays(1))).reason());
        TrialDay invited = fixture.companySay.inviteToTrialDay(sara, bakery, laura, today.plusDays(1));
        assertEquals(today.plusDays(1), invited.day());
        assertEquals("matching.refused.trialDayAhead", assertThrows(MatchingRefusedException.class,
                () -> fixture.companySay.recordTrialDay(sara, bakery, laura, TrialDay.Outcome.WENT_WELL)).reason());
        TrialDay went = fixture.at(Clock.offset(running.clock(), Duration.ofDays(1))).companySay.recordTrialDay(sara, bakery, laura,
                TrialDay.Outcome.WENT_WELL);
        assertEquals(TrialDay.Outcome.WENT_WELL, went.outcome().orElseThrow());
        assertEquals(went, fixture.companySay.candidates(sara, bakery).stream().filter(card -> card.youngPerson().equals(laura))
                .findFirst().orElseThrow().trialDay().orElseThrow(), "on her match card");
        assertThrows(AccessDeniedException.class, () -> fixture.companySay.inviteToTrialDay(
                MatchingFixture.caller(ReportingFixture.representative("midtvejs-lager")), bakery, laura, today.plusDays(2)));
    }

    @Test
    void theRunPlacesThroughTheProgrammesRulesWhenBothSayYes() throws Exception {
        assertEquals("matching.refused.notYet", assertThrows(MatchingRefusedException.class,
                () -> fixture.rounds.run(ReportingFixture.COORDINATOR, fixture.rounds.current().orElseThrow().id())).reason());
        MatchingFixture later = afterTheDeadlines();
        Round round = later.rounds.current().orElseThrow();
        assertThrows(AccessDeniedException.class, () -> later.rounds.run(fixture.user("counsellor@nextwork.example"), round.id()));
        RoundCheck check = later.rounds.run(ReportingFixture.COORDINATOR, round.id());
        assertTrue(check.passed());
        assertEquals(3, check.takingPart());
        assertEquals(3, check.placed(), "each got their first wish: no one else wanted it more than the company wanted them");
        assertTrue(later.rounds.repeatsExactly(ReportingFixture.COORDINATOR, round.id()));
        assertTrue(later.rounds.current().isEmpty(), "a run round is closed");

        Offer nursery = openOffersByCompany().get("planteskolen-laerkereden");
        Caller sofies = fixture.caller("sofie.ahmadi@nextwork.example");
        Proposal proposed = later.proposals.resultOf(sofies, sofie).orElseThrow().proposal().orElseThrow();
        assertEquals(nursery.id(), proposed.offer().id());
        assertThrows(AccessDeniedException.class, () -> later.proposals.answer(fixture.caller("company@nextwork.example"),
                round.id(), sofie, true), "the bakery does not answer for the nursery");
        assertEquals(ProposalState.WAITING, later.proposals.answer(sofies, round.id(), sofie, true).state());
        Proposal placed = later.proposals.answer(MatchingFixture.caller(ReportingFixture.representative("planteskolen-laerkereden")),
                round.id(), sofie, true);
        assertEquals(ProposalState.PLACED, placed.state());
        Placement made = fixture.programme.programme.placementsOf(sofie).stream()
                .filter(placement -> placement.id().equals(placed.placement().orElseThrow())).findFirst().orElseThrow();
        assertEquals("planteskolen-laerkereden", made.company());
        assertEquals(nursery.terms().start(), made.start());
        assertEquals(nursery.terms().start().plusWeeks(10), made.plannedEnd());
        assertFalse(fixture.offers.find(nursery.id()).orElseThrow().open(), "its one seat is taken");
        assertEquals("matching.refused.answered", assertThrows(MatchingRefusedException.class,
                () -> later.proposals.answer(sofies, round.id(), sofie, false)).reason());

        Proposal declined = later.proposals.answer(fixture.caller("laura.nielsen@nextwork.example"), round.id(), laura, false);
        assertEquals(ProposalState.DECLINED, declined.state());
        assertTrue(fixture.offers.find(declined.offer().id()).orElseThrow().open(), "the seat is free for a later round");
    }

    @Test
    void theCoordinatorMovesTheDeadlinesWithinTheRulesAndWhatWasSavedStays() throws Exception {
        Round round = fixture.rounds.current().orElseThrow();
        assertEquals("matching.refused.listsDuePast", assertThrows(MatchingRefusedException.class, () -> fixture.rounds.change(
                ReportingFixture.COORDINATOR, round.id(), today.minusDays(1), today, today.plusWeeks(3), 5)).reason());
        assertThrows(AccessDeniedException.class, () -> fixture.rounds.change(fixture.user("counsellor@nextwork.example"),
                round.id(), today, today, today.plusWeeks(3), 5));
        Round moved = fixture.rounds.change(ReportingFixture.COORDINATOR, round.id(), today, today, today.plusWeeks(3), 5);
        assertEquals(today, moved.rankingsDue());
        assertEquals(2, fixture.wishes.list(fixture.caller("youth@nextwork.example"), mikkel).orElseThrow().wishes().size());
        assertEquals(3, fixture.rounds.run(ReportingFixture.COORDINATOR, round.id()).takingPart(), "run the same day");
    }

    @Test
    void aPlacementTheRulesRefuseIsKeptWithTheReasonAndNothingHalfMade() throws Exception {
        MatchingFixture later = afterTheDeadlines();
        Round round = later.rounds.current().orElseThrow();
        later.rounds.run(ReportingFixture.COORDINATOR, round.id());
        Offer workshop = openOffersByCompany().get("fjordbyens-vaerksted");
        // meanwhile Mikkel's placement at the workshop is extended past the offer's start: he would move on to the same company
        fixture.programme.placements.extend(ReportingFixture.COORDINATOR, "mikkel-fjordbyens-vaerksted", today.plusWeeks(10));
        List<Placement> before = fixture.programme.programme.placementsOf(mikkel);
        later.proposals.answer(fixture.caller("youth@nextwork.example"), round.id(), mikkel, true);
        Proposal refused = later.proposals.answer(MatchingFixture.caller(ReportingFixture.representative("fjordbyens-vaerksted")),
                round.id(), mikkel, true);
        assertEquals(ProposalState.REFUSED, refused.state());
        assertEquals("program.refused.sameCompany", refused.refusal().orElseThrow());
        assertEquals(before, fixture.programme.programme.placementsOf(mikkel), "his placements as they were");
        assertTrue(fixture.offers.find(workshop.id()).orElseThrow().open(), "the seat is not taken");
        assertTrue(later.proposals.ofRound(ReportingFixture.COORDINATOR, round.id()).stream()
                .anyMatch(proposal -> proposal.state() == ProposalState.REFUSED), "the coordinator sees it");
    }
}
