package dk.nextwork.matching.algorithm;

import java.util.List;
import java.util.Optional;

/**
 * What a young person is told: the offer they got, if any, and for every wish before it (every
 * wish, when they got none) why not. Safe to show to them: it holds only their own id, offer ids,
 * and ranks.
 */
public record Explanation(String youngPerson, Optional<Placement> placement, List<MissedChoice> missed) {

    public Explanation {
        missed = List.copyOf(missed);
    }
}
