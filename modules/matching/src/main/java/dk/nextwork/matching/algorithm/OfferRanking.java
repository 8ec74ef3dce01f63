package dk.nextwork.matching.algorithm;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An offer's seats and the company's say: the candidates it would take, in tiers, best tier first;
 * candidates within a tier are equally good to the company (the round's lottery orders them). A
 * candidate in no tier, "ikke denne gang" included, is not acceptable to the offer.
 */
public record OfferRanking(String offer, int seats, List<Set<String>> tiers) {

    public OfferRanking {
        Objects.requireNonNull(offer, "offer");
        tiers = tiers.stream().map(Set::copyOf).toList();
    }

    /** An offer whose company has ranked nobody (yet). */
    public static OfferRanking unranked(String offer, int seats) {
        return new OfferRanking(offer, seats, List.of());
    }
}
