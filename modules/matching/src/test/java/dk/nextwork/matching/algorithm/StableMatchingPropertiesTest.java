package dk.nextwork.matching.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** The round's matching on random small rounds, held against {@link ReferenceRound}'s plain computation. */
class StableMatchingPropertiesTest {

    @Property
    void noBlockingPairSeatsRespectedOnlyMutuallyAcceptablePairs(@ForAll(supplier = SmallRounds.class) MatchingInput input) {
        ReferenceRound round = new ReferenceRound(input);
        MatchingResult result = DeferredAcceptance.youthProposing(input);
        Map<String, String> matching = ReferenceRound.matchingOf(result);
        assertEquals(List.of(), round.blockingPairs(matching));
        assertTrue(round.respectsSeats(matching));
        assertTrue(round.onlyMutuallyAcceptable(matching));
        assertTrue(result.check().passed(), result.check().toString());
        assertEquals(result.unplaced().size(), result.check().unplaced());
        assertEquals(result.placements().size(), result.check().placedAtChoice().stream().mapToInt(Integer::intValue).sum());
    }

    @Property(tries = 200)
    void largerRoundsToo(@ForAll(supplier = LargerRounds.class) MatchingInput input) {
        noBlockingPairSeatsRespectedOnlyMutuallyAcceptablePairs(input);
        theSameYoungPeopleAreUnplacedWhicheverSideProposes(input);
        everyBetterWishIsExplainedWithItsReason(input);
        eachOfferSaysHowManyWishedForItAndTheRankOfTheLastAdmitted(input);
        assertTrue(DeferredAcceptance.companyProposing(input).check().passed());
    }

    @Property
    void youthProposingGivesEveryYoungPersonTheirBestStableOffer(@ForAll(supplier = SmallRounds.class) MatchingInput input) {
        ReferenceRound round = new ReferenceRound(input);
        Map<String, String> matching = ReferenceRound.matchingOf(DeferredAcceptance.youthProposing(input));
        List<Map<String, String>> stable = round.allStableMatchings();
        assertTrue(stable.contains(matching), "the matching is one of the stable ones");
        severalStableMatchingsOccur(stable);
        for (String youngPerson : round.youngPeople()) {
            int best = stable.stream().mapToInt(other -> round.worth(youngPerson, other.get(youngPerson))).min().orElseThrow();
            assertEquals(best, round.worth(youngPerson, matching.get(youngPerson)), youngPerson);
        }
    }

    @Property
    void companyProposingGivesEveryYoungPersonTheirWorstStableOffer(@ForAll(supplier = SmallRounds.class) MatchingInput input) {
        ReferenceRound round = new ReferenceRound(input);
        MatchingResult result = DeferredAcceptance.companyProposing(input);
        Map<String, String> matching = ReferenceRound.matchingOf(result);
        List<Map<String, String>> stable = round.allStableMatchings();
        assertTrue(stable.contains(matching), "the matching is one of the stable ones");
        assertTrue(result.check().passed(), result.check().toString());
        severalStableMatchingsOccur(stable);
        for (String youngPerson : round.youngPeople()) {
            int worst = stable.stream().mapToInt(other -> round.worth(youngPerson, other.get(youngPerson))).max().orElseThrow();
            assertEquals(worst, round.worth(youngPerson, matching.get(youngPerson)), youngPerson);
        }
    }

    /** With only one stable matching, best and worst are the same: the comparison needs rounds that have several. */
    private static void severalStableMatchingsOccur(List<Map<String, String>> stable) {
        Statistics.label("stable matchings").collect(stable.size() > 1 ? "several" : "one");
        Statistics.label("stable matchings").coverage(coverage -> coverage.check("several").percentage(p -> p >= 5));
    }

    /** The rural hospital theorem: every stable matching places the same young people and fills each offer equally. */
    @Property
    void theSameYoungPeopleAreUnplacedWhicheverSideProposes(@ForAll(supplier = SmallRounds.class) MatchingInput input) {
        MatchingResult youth = DeferredAcceptance.youthProposing(input);
        MatchingResult companies = DeferredAcceptance.companyProposing(input);
        assertEquals(youth.unplaced(), companies.unplaced());
        youth.offers().forEach((offer, outcome) ->
                assertEquals(outcome.seatsFilled(), companies.offers().get(offer).seatsFilled(), offer));
    }

    /** The lottery depends on the seed and on who takes part, not on the order the lists were read in. */
    @Property
    void theSameSeedGivesTheSameResult(@ForAll(supplier = SmallRounds.class) MatchingInput input, @ForAll Random random) {
        MatchingResult first = DeferredAcceptance.youthProposing(input);
        assertEquals(first, DeferredAcceptance.youthProposing(input));
        List<ChoiceList> lists = new ArrayList<>(input.youngPeople());
        List<OfferRanking> offers = new ArrayList<>(input.offers());
        Collections.shuffle(lists, random);
        Collections.shuffle(offers, random);
        MatchingResult reordered = DeferredAcceptance.youthProposing(new MatchingInput(lists, offers, input.seed()));
        assertEquals(first.placements(), reordered.placements());
        assertEquals(Set.copyOf(first.unplaced()), Set.copyOf(reordered.unplaced()));
        assertEquals(first.explanations(), reordered.explanations());
        assertEquals(first.offers(), reordered.offers());
    }

    @Property
    void everyBetterWishIsExplainedWithItsReason(@ForAll(supplier = SmallRounds.class) MatchingInput input) {
        ReferenceRound round = new ReferenceRound(input);
        MatchingResult result = DeferredAcceptance.youthProposing(input);
        for (String youngPerson : round.youngPeople()) {
            Explanation explanation = result.explanations().get(youngPerson);
            List<String> wishes = round.wishesOf(youngPerson);
            int got = explanation.placement().map(Placement::choice).orElse(wishes.size() + 1);
            assertEquals(result.placementOf(youngPerson), explanation.placement());
            assertEquals(wishes.subList(0, got - 1), explanation.missed().stream().map(MissedChoice::offer).toList());
            for (MissedChoice missed : explanation.missed()) {
                assertEquals(wishes.indexOf(missed.offer()) + 1, missed.choice());
                OfferOutcome offer = result.offers().get(missed.offer());
                if (round.seats(missed.offer()) == 0) {
                    assertEquals(MissReason.NO_SEATS, missed.reason());
                } else if (!round.ranked(missed.offer(), youngPerson)) {
                    assertEquals(MissReason.NOT_ACCEPTABLE, missed.reason());
                } else {
                    assertEquals(MissReason.FULL, missed.reason());
                    assertEquals(round.rank(missed.offer(), youngPerson), missed.yourRank());
                    assertEquals(offer.lastAdmittedRank(), missed.lastAdmittedRank());
                    assertTrue(missed.lastAdmittedRank() < missed.yourRank(), missed.toString());
                    assertEquals(offer.seats(), offer.seatsFilled(), "a full offer has every seat filled");
                }
            }
            String told = explanation.toString();
            Set<String> words = Arrays.stream(told.split("[^\\w-]+")).collect(Collectors.toSet());
            for (String other : round.youngPeople()) {
                assertFalse(!other.equals(youngPerson) && words.contains(other),
                        "explanation of " + youngPerson + " names " + other + ": " + told);
            }
        }
    }

    @Property
    void eachOfferSaysHowManyWishedForItAndTheRankOfTheLastAdmitted(@ForAll(supplier = SmallRounds.class) MatchingInput input) {
        ReferenceRound round = new ReferenceRound(input);
        MatchingResult result = DeferredAcceptance.youthProposing(input);
        Map<String, String> matching = ReferenceRound.matchingOf(result);
        for (OfferRanking ranking : input.offers()) {
            String offer = ranking.offer();
            OfferOutcome outcome = result.offers().get(offer);
            List<String> admitted = ReferenceRound.admittedTo(matching, offer);
            assertEquals(round.youngPeople().stream().filter(y -> round.wishesOf(y).contains(offer)).count(), outcome.wishedBy());
            assertEquals(ranking.seats(), outcome.seats());
            assertEquals(admitted.size(), outcome.seatsFilled());
            assertEquals(admitted.stream().mapToInt(y -> round.rank(offer, y)).max().orElse(0), outcome.lastAdmittedRank());
        }
        Map<Integer, Long> byChoice = result.placements().values().stream()
                .collect(Collectors.groupingBy(Placement::choice, Collectors.counting()));
        for (int choice = 1; choice <= DeferredAcceptance.MAX_CHOICES; choice++) {
            assertEquals(byChoice.getOrDefault(choice, 0L).intValue(), result.check().placedAtChoice().get(choice - 1));
        }
    }
}
