package dk.nextwork.matching.algorithm;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Random;

/**
 * The round's one lottery: an order of all young people taking part, drawn from the seed. Whenever
 * a company has put candidates in the same tier, the one drawn earlier comes first, at every offer.
 *
 * <p>The draw is a Fisher–Yates shuffle of the ids in {@link String#compareTo} order, with
 * {@link java.util.Random}: its algorithm is fixed by the Java SE specification, so a stored seed
 * replays the same order on any JDK, and sorting first makes the order depend only on who takes
 * part, not on the order they were read in. {@code Random}'s first numbers hardly differ between
 * nearby seeds (seeds 0 to 39 gave only 3 of the 6 possible first pairs of four), so the seed is
 * first scrambled with SplitMix64's finaliser, written out here so that it cannot change either.
 */
public final class Lottery {

    private Lottery() {
    }

    /** The young people in lottery order: the first wins every tie. */
    public static List<String> draw(Collection<String> youngPeople, long seed) {
        String[] ids = youngPeople.toArray(String[]::new);
        Arrays.sort(ids);
        shuffle(ids, seed);
        return List.of(ids);
    }

    /** Shuffles {@code sorted} in place: from the last position down, each swapped with one at or before it. */
    static void shuffle(String[] sorted, long seed) {
        Random random = new Random(scrambled(seed));
        for (int i = sorted.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swapped = sorted[i];
            sorted[i] = sorted[j];
            sorted[j] = swapped;
        }
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood, 2014): every bit of the seed moves about half of the result's. */
    static long scrambled(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
