package dk.nextwork.matching;

import java.util.List;

/**
 * The coordinator's check report of a run, recomputed from the matching: no blocking pair, seats
 * respected, only mutually acceptable pairs, how many got their 1st, 2nd, … wish, how many none;
 * and whether running it again with the stored seed gives the same result.
 */
public record RoundCheck(int takingPart, int offers, int blockingPairs, boolean seatsRespected,
                         boolean onlyMutuallyAcceptable, List<Integer> placedAtChoice, int unplaced) {

    public RoundCheck {
        placedAtChoice = List.copyOf(placedAtChoice);
    }

    public boolean passed() {
        return blockingPairs == 0 && seatsRespected && onlyMutuallyAcceptable;
    }

    public int placed() {
        return placedAtChoice.stream().mapToInt(Integer::intValue).sum();
    }
}
