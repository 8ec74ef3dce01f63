package dk.nextwork.matching.algorithm;

import java.util.List;

/**
 * The coordinator's check of a run, recomputed from the matching itself (not trusted from the
 * algorithm), on the strict preferences after the lottery.
 *
 * @param blockingPairs           pairs of a young person and an offer who both prefer each other to
 *                                what they got; a stable matching has none
 * @param seatsRespected          no offer has more young people than seats
 * @param onlyMutuallyAcceptable  every young person placed wished for the offer and its company ranked them
 * @param placedAtChoice          how many got their 1st, 2nd, … {@value DeferredAcceptance#MAX_CHOICES}th wish
 * @param unplaced                how many got none
 */
public record MatchingCheck(int blockingPairs, boolean seatsRespected, boolean onlyMutuallyAcceptable,
                            List<Integer> placedAtChoice, int unplaced) {

    public MatchingCheck {
        placedAtChoice = List.copyOf(placedAtChoice);
    }

    /** Stable, within seats, and only mutually acceptable pairs. */
    public boolean passed() {
        return blockingPairs == 0 && seatsRespected && onlyMutuallyAcceptable;
    }
}
