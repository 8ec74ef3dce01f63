package dk.nextwork.matching;

import java.util.List;
import java.util.Set;

/**
 * A company's say on an offer's candidates: those it would take, best first, and those it marked
 * "ikke denne gang". A candidate in neither comes after the ranked ones, in the lottery's order.
 */
public record CandidateRanking(String offer, List<String> ranked, Set<String> notThisTime) {

    public CandidateRanking {
        ranked = List.copyOf(ranked);
        notThisTime = Set.copyOf(notThisTime);
    }
}
