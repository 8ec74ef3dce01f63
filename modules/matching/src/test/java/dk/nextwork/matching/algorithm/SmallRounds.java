package dk.nextwork.matching.algorithm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Rounds small enough to enumerate every matching: up to 6 young people and 4 offers.
 *
 * <p>A quarter are any such round: offers of 0–2 seats; each young person lists some offers in some
 * order; each company puts each young person in one of three tiers or leaves them out, sometimes
 * ranking one who did not wish for the offer (harmless: only mutually acceptable pairs count). Few
 * tiers make many ties, so the lottery matters. But the one lottery then orders most companies'
 * candidates alike, and with a common order there is only one stable matching. So three quarters
 * are contested rounds: as many young people as offers of one seat, everyone listing every offer,
 * each company ranking everyone in its own strict order; about one in six of them has more than
 * one stable matching (the properties comparing with all of them check that such rounds occur).
 */
class SmallRounds implements ArbitrarySupplier<MatchingInput> {

    static final int MAX_YOUNG_PEOPLE = 6;
    static final int MAX_OFFERS = 4;

    @Override
    public Arbitrary<MatchingInput> get() {
        return Arbitraries.frequencyOf(Tuple.of(1, anyRounds()), Tuple.of(3, contestedRounds()));
    }

    private static Arbitrary<MatchingInput> anyRounds() {
        return Combinators.combine(Arbitraries.integers().between(0, MAX_YOUNG_PEOPLE),
                Arbitraries.integers().between(1, MAX_OFFERS)).flatAs((youngPeople, offers) -> {
            Arbitrary<List<Integer>> seats = Arbitraries.integers().between(0, 2).list().ofSize(offers);
            Arbitrary<List<List<Integer>>> choices = Arbitraries.integers().between(0, offers - 1).list()
                    .uniqueElements().ofMaxSize(offers).list().ofSize(youngPeople);
            // tier of each young person at each offer; -1: not ranked ("ikke denne gang")
            Arbitrary<List<List<Integer>>> tiers = Arbitraries.integers().between(-1, 2).list().ofSize(youngPeople)
                    .list().ofSize(offers);
            return Combinators.combine(seats, choices, tiers, Arbitraries.longs())
                    .as((seatsOf, lists, tierOf, seed) -> round(seatsOf, lists, tierOf, 3, seed));
        });
    }

    private static Arbitrary<MatchingInput> contestedRounds() {
        return Arbitraries.integers().between(2, MAX_OFFERS).flatMap(size -> {
            List<Integer> everyOffer = IntStream.range(0, size).boxed().toList();
            Arbitrary<List<List<Integer>>> choices = Arbitraries.shuffle(everyOffer).list().ofSize(size);
            // a company's strict order, as each young person's tier: their place in a shuffle of everyone
            List<Integer> everyone = IntStream.range(0, size).boxed().toList();
            Arbitrary<List<List<Integer>>> tiers = Arbitraries.shuffle(everyone).list().ofSize(size);
            return Combinators.combine(choices, tiers, Arbitraries.longs())
                    .as((lists, tierOf, seed) -> round(Collections.nCopies(size, 1), lists, tierOf, size, seed));
        });
    }

    static String youngPerson(int index) {
        return "ung-" + index;
    }

    static String offer(int index) {
        return "tilbud-" + index;
    }

    static MatchingInput round(List<Integer> seats, List<List<Integer>> choices, List<List<Integer>> tiers,
                                       int tierCount, long seed) {
        List<ChoiceList> lists = new ArrayList<>();
        for (int y = 0; y < choices.size(); y++) {
            lists.add(new ChoiceList(youngPerson(y), choices.get(y).stream().map(SmallRounds::offer).toList()));
        }
        List<OfferRanking> offers = new ArrayList<>();
        for (int o = 0; o < seats.size(); o++) {
            List<Set<String>> ranking = new ArrayList<>();
            for (int tier = 0; tier < tierCount; tier++) {
                Set<String> inTier = new HashSet<>();
                for (int y = 0; y < choices.size(); y++) {
                    if (tiers.get(o).get(y) == tier) {
                        inTier.add(youngPerson(y));
                    }
                }
                ranking.add(inTier);
            }
            offers.add(new OfferRanking(offer(o), seats.get(o), ranking));
        }
        return new MatchingInput(lists, offers, seed);
    }
}
