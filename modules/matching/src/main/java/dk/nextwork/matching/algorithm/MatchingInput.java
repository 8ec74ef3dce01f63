package dk.nextwork.matching.algorithm;

import java.util.List;

/**
 * One round's lists: every young person taking part (an empty list included: they still draw a
 * lottery number), every offer with its ranking, and the seed of the round's lottery.
 */
public record MatchingInput(List<ChoiceList> youngPeople, List<OfferRanking> offers, long seed) {

    public MatchingInput {
        youngPeople = List.copyOf(youngPeople);
        offers = List.copyOf(offers);
    }
}
