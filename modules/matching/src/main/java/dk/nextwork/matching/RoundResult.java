package dk.nextwork.matching;

import java.util.List;
import java.util.Optional;

/**
 * What a round gave a young person: the wish they got (0: none), the proposal, and the better
 * wishes they did not get with why.
 */
public record RoundResult(Round round, int placedChoice, Optional<Proposal> proposal, List<MissedWish> missed,
                          int wishes) {

    public RoundResult {
        missed = List.copyOf(missed);
    }
}
