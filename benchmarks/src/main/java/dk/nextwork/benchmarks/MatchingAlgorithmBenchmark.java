package dk.nextwork.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dk.nextwork.matching.algorithm.ChoiceList;
import dk.nextwork.matching.algorithm.DeferredAcceptance;
import dk.nextwork.matching.algorithm.MatchingInput;
import dk.nextwork.matching.algorithm.MatchingResult;
import dk.nextwork.matching.algorithm.OfferRanking;

/**
 * The matching algorithm on a national round, in memory: {@code bench.youth} young people (40,000)
 * with 1–8 wishes each over {@code bench.companies} companies (3,000) with one offer of 1–5 seats.
 * Popularity is skewed (Zipf, exponent {@value #ZIPF_EXPONENT}: the most wished-for offer is drawn
 * over a thousand times as often as the least). Each company ranks every candidate who wished for
 * its offer, in tiers of 1–3 (ties), except one in {@value #NOT_THIS_TIME_EVERY} marked "ikke denne
 * gang". Times {@link DeferredAcceptance#youthProposing} (checking the input, the lottery, the
 * matching, explanations and check report) with a new seed each run: p50/p99 over {@value #RUNS}
 * runs after {@value #WARM_UP} warm-up runs, then the placed and unplaced counts.
 */
public final class MatchingAlgorithmBenchmark {

    private static final int RUNS = 30;
    private static final int WARM_UP = 10;
    private static final double ZIPF_EXPONENT = 0.9;
    private static final int NOT_THIS_TIME_EVERY = 10;

    private MatchingAlgorithmBenchmark() {
    }

    public static void main(String[] args) {
        int youngPeople = Integer.getInteger("bench.youth", 40_000);
        int companies = Integer.getInteger("bench.companies", 3_000);
        Random random = new Random(18);
        long generating = System.nanoTime();
        MatchingInput round = round(youngPeople, companies, random);
        System.out.printf("matching round: %,d young people, %,d offers, %,d wishes, %,d seats (generated in %,d ms)%n",
                youngPeople, companies, round.youngPeople().stream().mapToInt(list -> list.offers().size()).sum(),
                round.offers().stream().mapToInt(OfferRanking::seats).sum(), (System.nanoTime() - generating) / 1_000_000);

        MatchingResult result = null;
        for (int run = 0; run < WARM_UP; run++) {
            result = DeferredAcceptance.youthProposing(withSeed(round, run));
        }
        long[] nanos = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            MatchingInput input = withSeed(round, WARM_UP + run);
            long start = System.nanoTime();
            result = DeferredAcceptance.youthProposing(input);
            nanos[run] = System.nanoTime() - start;
            if (!result.check().passed()) {
                throw new IllegalStateException("the check failed for seed " + input.seed() + ": " + result.check());
            }
        }
        Arrays.sort(nanos);
        System.out.printf("youth-proposing deferred acceptance: p50 %,.1f ms, p99 %,.1f ms, max %,.1f ms (%d runs)%n",
                percentile(nanos, 0.50) / 1e6, percentile(nanos, 0.99) / 1e6, nanos[RUNS - 1] / 1e6, RUNS);
        System.out.printf("last run: %,d placed, %,d unplaced; placed at their 1st…8th wish: %s; blocking pairs: %d%n",
                result.placements().size(), result.unplaced().size(), result.check().placedAtChoice(),
                result.check().blockingPairs());
    }

    private static MatchingInput withSeed(MatchingInput round, long seed) {
        return new MatchingInput(round.youngPeople(), round.offers(), seed);
    }

    static MatchingInput round(int youngPeople, int companies, Random random) {
        double[] cumulative = new double[companies];
        double total = 0;
        for (int k = 0; k < companies; k++) {
            total += 1 / Math.pow(k + 1, ZIPF_EXPONENT);
            cumulative[k] = total;
        }
        // popularity rank k is offer number popular[k], so the popular offers are spread over the input
        List<Integer> popular = new ArrayList<>();
        for (int o = 0; o < companies; o++) {
            popular.add(o);
        }
        Collections.shuffle(popular, random);
        List<List<String>> candidates = new ArrayList<>();
        for (int o = 0; o < companies; o++) {
            candidates.add(new ArrayList<>());
        }
        List<ChoiceList> lists = new ArrayList<>(youngPeople);
        for (int y = 0; y < youngPeople; y++) {
            String youngPerson = "ung-" + y;
            int wishes = 1 + random.nextInt(Math.min(DeferredAcceptance.MAX_CHOICES, companies));
            Set<Integer> chosen = new HashSet<>();
            List<String> offers = new ArrayList<>(wishes);
            while (offers.size() < wishes) {
                int k = Arrays.binarySearch(cumulative, random.nextDouble() * total);
                int offer = popular.get(Math.min(companies - 1, k < 0 ? -k - 1 : k));
                if (chosen.add(offer)) {
                    offers.add(offer(offer));
                    candidates.get(offer).add(youngPerson);
                }
            }
            lists.add(new ChoiceList(youngPerson, offers));
        }
        List<OfferRanking> offers = new ArrayList<>(companies);
        for (int o = 0; o < companies; o++) {
            List<String> applied = candidates.get(o);
            Collections.shuffle(applied, random);
            List<Set<String>> tiers = new ArrayList<>();
            int next = 0;
            while (next < applied.size()) {
                int size = Math.min(applied.size() - next, 1 + random.nextInt(3));
                Set<String> tier = new HashSet<>();
                for (String youngPerson : applied.subList(next, next + size)) {
                    if (random.nextInt(NOT_THIS_TIME_EVERY) != 0) {
                        tier.add(youngPerson);
                    }
                }
                tiers.add(tier);
                next += size;
            }
            offers.add(new OfferRanking(offer(o), 1 + random.nextInt(5), tiers));
        }
        return new MatchingInput(lists, offers, 0);
    }

    private static String offer(int index) {
        return "tilbud-" + index;
    }

    static double percentile(long[] sorted, double fraction) {
        return sorted[(int) Math.ceil(sorted.length * fraction) - 1];
    }
}
