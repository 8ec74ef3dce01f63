package dk.nextwork.matching.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class DeferredAcceptanceExamplesTest {

    private static final long SEED = 20260901L;

    @Test
    void aRoundWithoutListsPlacesNobody() {
        MatchingResult result = DeferredAcceptance.youthProposing(new MatchingInput(
                List.of(list("ida"), list("emil")), List.of(new OfferRanking("bageri", 2, List.of(Set.of("ida", "emil")))), SEED));
        assertEquals(Map.of(), result.placements());
        assertEquals(List.of("ida", "emil"), result.unplaced());
        assertEquals(List.of(), result.explanations().get("ida").missed());
        assertEquals(new OfferOutcome("bageri", 0, 2, 0, 0), result.offers().get("bageri"));
        assertEquals(new MatchingCheck(0, true, true, List.of(0, 0, 0, 0, 0, 0, 0, 0), 2), result.check());
    }

    @Test
    void anEmptyRoundGivesAnEmptyResult() {
        MatchingResult result = DeferredAcceptance.youthProposing(new MatchingInput(List.of(), List.of(), SEED));
        assertEquals(Map.of(), result.placements());
        assertEquals(List.of(), result.unplaced());
        assertTrue(result.check().passed());
    }

    @Test
    void theFirstWishIsGivenWhenThereIsRoom() {
        MatchingResult result = DeferredAcceptance.youthProposing(new MatchingInput(
                List.of(list("ida", "bageri", "vaerksted")),
                List.of(ranked("bageri", 1, "ida"), ranked("vaerksted", 1, "ida")), SEED));
        assertEquals(new Placement("ida", "bageri", 1), result.placements().get("ida"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 0, 0), result.check().placedAtChoice());
    }

    /** Three want the one seat; the company's order decides, and the others move on to their next wish. */
    @Test
    void anOversubscribedOfferGoesToTheCompanysFirstAndTheOthersAreToldItWasFull() {
        MatchingResult result = DeferredAcceptance.youthProposing(new MatchingInput(
                List.of(list("ida", "surdej", "cafe"), list("emil", "surdej"), list("noah", "surdej", "cafe")),
                List.of(new OfferRanking("surdej", 1, List.of(Set.of("emil"), Set.of("noah"), Set.of("ida"))),
                        ranked("cafe", 1, "noah", "ida")), SEED));
        assertEquals(new Placement("emil", "surdej", 1), result.placements().get("emil"));
        assertEquals(new Placement("noah", "cafe", 2), result.placements().get("noah"));
        assertEquals(List.of("ida"), result.unplaced());
        assertEquals(List.of(MissedChoice.full(1, "surdej", 2, 1)), result.explanations().get("noah").missed());
        assertEquals(new Explanation("ida", Optional.empty(),
                List.of(MissedChoice.full(1, "surdej", 3, 1), MissedChoice.full(2, "cafe", 2, 1))), result.explanations().get("ida"));
        assertEquals(new OfferOutcome("surdej", 3, 1, 1, 1), result.offers().get("surdej"));
        assertEquals(new MatchingCheck(0, true, true, List.of(1, 1, 0, 0, 0, 0, 0, 0), 1), result.check());
    }

    @Test
    void aCandidateTheCompanyDidNotRankIsNotPlacedThereAndIsToldSo() {
        MatchingResult result = DeferredAcceptance.youthProposing(new MatchingInput(
                List.of(list("ida", "surdej", "cafe"), list("emil", "surdej")),
                // "ikke denne gang" to ida: she is in no tier
                List.of(ranked("surdej", 3, "emil"), ranked("cafe", 1, "ida")), SEED));
        assertEquals(new Placement("ida", "cafe", 2), result.placements().get("ida"));
        assertEquals(List.of(MissedChoice.because(1, "surdej", MissReason.NOT_ACCEPTABLE)),
                result.explanations().get("ida").missed());
        assertEquals(new OfferOutcome("surdej", 2, 3, 1, 1), result.offers().get("surdej"));
    }

    @Test
    void anOfferWithoutSeatsPlacesNobodyAndSaysSo() {
        MatchingResult result = DeferredAcceptance.youthProposing(new MatchingInput(
                List.of(list("ida", "lukket", "cafe")), List.of(ranked("lukket", 0, "ida"), ranked("cafe", 1, "ida")), SEED));
        assertEquals(new Placement("ida", "cafe", 2), result.placements().get("ida"));
        assertEquals(List.of(MissedChoice.because(1, "lukket", MissReason.NO_SEATS)), result.explanations().get("ida").missed());
        assertEquals(new OfferOutcome("lukket", 1, 0, 0, 0), result.offers().get("lukket"));
    }

    @Test
    void anOfferNobodyWantsStaysEmpty() {
        MatchingResult result = DeferredAcceptance.youthProposing(new MatchingInput(
                List.of(list("ida", "cafe")), List.of(ranked("cafe", 1, "ida"), OfferRanking.unranked("lager", 4)), SEED));
        assertEquals(new OfferOutcome("lager", 0, 4, 0, 0), result.offers().get("lager"));
        assertEquals(Set.of("ida"), result.placements().keySet());
        assertTrue(result.check().passed());
    }

    /** When the company likes everyone equally, the lottery alone decides, the same way for the same seed. */
    @Test
    void allTiesAreBrokenByTheLotteryAlone() {
        List<ChoiceList> lists = List.of(list("a", "cafe"), list("b", "cafe"), list("c", "cafe"), list("d", "cafe"));
        List<OfferRanking> offers = List.of(new OfferRanking("cafe", 2, List.of(Set.of("a", "b", "c", "d"))));
        Set<Set<String>> placedBySeed = new HashSet<>();
        for (long seed : LongStream.range(0, 40).toArray()) {
            MatchingResult result = DeferredAcceptance.youthProposing(new MatchingInput(lists, offers, seed));
            List<String> draw = Lottery.draw(List.of("a", "b", "c", "d"), seed);
            assertEquals(Set.copyOf(draw.subList(0, 2)), result.placements().keySet(), "the first two drawn get the seats");
            assertEquals(result, DeferredAcceptance.youthProposing(new MatchingInput(lists, offers, seed)));
            placedBySeed.add(result.placements().keySet());
        }
        assertEquals(6, placedBySeed.size(), "over 40 seeds, every pair of the four is drawn first some time");
    }

    @Test
    void theLotteryIsTheSameForTheSameSeedWhateverTheOrderOfTheYoungPeople() {
        assertEquals(Lottery.draw(List.of("a", "b", "c", "d", "e"), 7), Lottery.draw(List.of("e", "d", "c", "b", "a"), 7));
        // java.util.Random's algorithm is fixed by the Java SE specification: this order holds on any JDK
        assertEquals(List.of("c", "d", "a", "e", "b"), Lottery.draw(List.of("a", "b", "c", "d", "e"), 7));
    }

    /** Two stable matchings: the young people's favourites when they propose, the companies' when the offers do. */
    @Test
    void eachSideGetsItsFavouritesWhenItProposes() {
        MatchingInput input = new MatchingInput(List.of(list("ida", "cafe", "bageri"), list("emil", "bageri", "cafe")),
                List.of(ranked("cafe", 1, "emil", "ida"), ranked("bageri", 1, "ida", "emil")), SEED);
        assertEquals(Map.of("ida", new Placement("ida", "cafe", 1), "emil", new Placement("emil", "bageri", 1)),
                DeferredAcceptance.youthProposing(input).placements());
        assertEquals(Map.of("ida", new Placement("ida", "bageri", 2), "emil", new Placement("emil", "cafe", 2)),
                DeferredAcceptance.companyProposing(input).placements());
    }

    @Test
    void theCheckFindsABlockingPairAndSeatsExceeded() {
        StrictPreferences preferences = StrictPreferences.of(new MatchingInput(
                List.of(list("ida", "cafe"), list("emil", "cafe")), List.of(ranked("cafe", 1, "ida", "emil")), SEED));
        MatchingCheck nobodyPlaced = MatchingResults.of(preferences, new int[] {-1, -1}).check();
        assertEquals(2, nobodyPlaced.blockingPairs(), "the free seat and each of them block");
        assertFalse(nobodyPlaced.passed());
        MatchingCheck bothPlaced = MatchingResults.of(preferences, new int[] {0, 1}).check();
        assertFalse(bothPlaced.seatsRespected());
        assertFalse(bothPlaced.passed());
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        OfferRanking cafe = ranked("cafe", 1, "ida");
        assertRefused("young person ida lists offer cafe more than once",
                List.of(list("ida", "cafe", "cafe")), List.of(cafe));
        assertRefused("young person ida lists 9 offers; at most 8 are allowed",
                List.of(list("ida", "o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8", "o9")),
                Arrays.stream("o1 o2 o3 o4 o5 o6 o7 o8 o9".split(" ")).map(o -> OfferRanking.unranked(o, 1)).toList());
        assertRefused("young person ida lists offer bageri, which is not in the round", List.of(list("ida", "bageri")),
                List.of(cafe));
        assertRefused("offer cafe has -1 seats; seats cannot be negative", List.of(list("ida", "cafe")),
                List.of(ranked("cafe", -1, "ida")));
        assertRefused("offer cafe ranks ida more than once", List.of(list("ida", "cafe")),
                List.of(new OfferRanking("cafe", 1, List.of(Set.of("ida"), Set.of("ida")))));
        assertRefused("offer cafe ranks noah, who takes no part in the round", List.of(list("ida", "cafe")),
                List.of(ranked("cafe", 1, "ida", "noah")));
        assertRefused("young person ida has more than one list", List.of(list("ida", "cafe"), list("ida")), List.of(cafe));
        assertRefused("offer cafe is in the round more than once", List.of(list("ida", "cafe")), List.of(cafe, cafe));
    }

    private static void assertRefused(String reason, List<ChoiceList> lists, List<OfferRanking> offers) {
        MatchingInput input = new MatchingInput(lists, offers, SEED);
        assertEquals(reason, assertThrows(IllegalArgumentException.class, () -> DeferredAcceptance.youthProposing(input))
                .getMessage());
        assertEquals(reason, assertThrows(IllegalArgumentException.class, () -> DeferredAcceptance.companyProposing(input))
                .getMessage());
    }

    private static ChoiceList list(String youngPerson, String... offers) {
        return new ChoiceList(youngPerson, List.of(offers));
    }

    /** An offer whose company ranks the candidates strictly, in the order given. */
    private static OfferRanking ranked(String offer, int seats, String... candidates) {
        return new OfferRanking(offer, seats, Arrays.stream(candidates).map(Set::of).collect(Collectors.toList()));
    }
}
