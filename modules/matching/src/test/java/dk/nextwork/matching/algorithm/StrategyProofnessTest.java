package dk.nextwork.matching.algorithm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * No young person gains by hiding their true order: on small rounds, every other list a young
 * person could send (any order of any offers of the round, the empty list included, so every
 * reordering and shortening) gets them nothing better by their true list, everyone else's lists,
 * the rankings and the lottery unchanged.
 */
class StrategyProofnessTest {

    @Property
    void noYoungPersonGainsByReorderingOrShorteningTheirList(@ForAll(supplier = SmallRounds.class) MatchingInput input) {
        MatchingResult truthful = DeferredAcceptance.youthProposing(input);
        List<String> offers = input.offers().stream().map(OfferRanking::offer).toList();
        List<List<String>> otherLists = orderedSelections(offers);
        for (int y = 0; y < input.youngPeople().size(); y++) {
            ChoiceList truth = input.youngPeople().get(y);
            int truthfulWorth = worth(truth, truthful);
            for (List<String> sent : otherLists) {
                List<ChoiceList> lists = new ArrayList<>(input.youngPeople());
                lists.set(y, new ChoiceList(truth.youngPerson(), sent));
                MatchingResult result = DeferredAcceptance.youthProposing(new MatchingInput(lists, input.offers(), input.seed()));
                assertTrue(worth(truth, result) >= truthfulWorth, truth.youngPerson() + " gains by sending " + sent
                        + " instead of " + truth.offers() + ": " + result.placementOf(truth.youngPerson()));
            }
        }
    }

    /** By the young person's true list: 1 for their first wish, worse for none, worst for an offer they did not want. */
    private static int worth(ChoiceList truth, MatchingResult result) {
        return result.placementOf(truth.youngPerson())
                .map(placement -> ReferenceRound.worthByTrueList(truth.offers(), placement.offer()))
                .orElse(truth.offers().size() + 1);
    }

    /** Every list of distinct offers, of every length from 0 to all of them. */
    static List<List<String>> orderedSelections(List<String> offers) {
        List<List<String>> selections = new ArrayList<>();
        extend(new ArrayList<>(), offers, selections);
        return selections;
    }

    private static void extend(List<String> prefix, List<String> offers, List<List<String>> selections) {
        selections.add(List.copyOf(prefix));
        for (String offer : offers) {
            if (!prefix.contains(offer)) {
                prefix.add(offer);
                extend(prefix, offers, selections);
                prefix.remove(prefix.size() - 1);
            }
        }
    }
}
