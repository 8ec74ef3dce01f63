package dk.nextwork.matching.algorithm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run's result. Maps keep the input's order (young people, offers) and are keyed by their ids.
 *
 * @param placements   by young person, only those placed
 * @param unplaced     the young people who got no offer, in input order
 * @param explanations by young person, one for everyone taking part
 * @param offers       by offer id, one for every offer
 */
public record MatchingResult(long seed, Map<String, Placement> placements, List<String> unplaced,
                             Map<String, Explanation> explanations, Map<String, OfferOutcome> offers,
                             MatchingCheck check) {

    public MatchingResult {
        placements = Collections.unmodifiableMap(new LinkedHashMap<>(placements));
        unplaced = List.copyOf(unplaced);
        explanations = Collections.unmodifiableMap(new LinkedHashMap<>(explanations));
        offers = Collections.unmodifiableMap(new LinkedHashMap<>(offers));
    }

    public Optional<Placement> placementOf(String youngPerson) {
        return Optional.ofNullable(placements.get(youngPerson));
    }
}
