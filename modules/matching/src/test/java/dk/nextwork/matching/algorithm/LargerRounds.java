package dk.nextwork.matching.algorithm;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;

/**
 * Rounds too large to enumerate, but large enough for full lists of 8 wishes and offers of up to 5
 * seats (so an offer's heap of held candidates has several levels): up to 40 young people and 12
 * offers, each young person in one of four tiers of each company or left out.
 */
class LargerRounds implements ArbitrarySupplier<MatchingInput> {

    @Override
    public Arbitrary<MatchingInput> get() {
        return Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 12))
                .flatAs((youngPeople, offers) -> {
                    Arbitrary<List<Integer>> seats = Arbitraries.integers().between(0, 5).list().ofSize(offers);
                    Arbitrary<List<List<Integer>>> choices = Arbitraries.integers().between(0, offers - 1).list()
                            .uniqueElements().ofMaxSize(Math.min(offers, DeferredAcceptance.MAX_CHOICES))
                            .list().ofSize(youngPeople);
                    Arbitrary<List<List<Integer>>> tiers = Arbitraries.integers().between(-1, 3).list()
                            .ofSize(youngPeople).list().ofSize(offers);
                    return Combinators.combine(seats, choices, tiers, Arbitraries.longs())
                            .as((seatsOf, lists, tierOf, seed) -> SmallRounds.round(seatsOf, lists, tierOf, 4, seed));
                });
    }
}
