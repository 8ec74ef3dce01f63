package dk.nextwork.matching.algorithm;

import java.util.Arrays;

/**
 * Deferred acceptance with seats (Gale–Shapley's college admissions) on the strict preferences
 * after the round's lottery. Only mutually acceptable pairs are matched: the young person listed
 * the offer and its company ranked them.
 *
 * <p>{@link #youthProposing} is the round's algorithm: its matching is stable, the best stable
 * matching for every young person, and no young person can do better by hiding their true order.
 * {@link #companyProposing} is the mirror image (the best stable matching for the companies), kept
 * to check the first against: both leave the same young people unplaced and fill every offer
 * equally (the rural hospital theorem).
 *
 * <p>Both run in time proportional to the number of choices (times the log of an offer's seats),
 * on int arrays, without allocating per proposal.
 */
public final class DeferredAcceptance {

    /** The most offers a young person may list. */
    public static final int MAX_CHOICES = 8;

    private static final int NONE = -1;

    private DeferredAcceptance() {
    }

    /** Young people propose, best wish first; each offer holds the best candidates so far, up to its seats. */
    public static MatchingResult youthProposing(MatchingInput input) {
        StrictPreferences preferences = StrictPreferences.of(input);
        return MatchingResults.of(preferences, youthProposing(preferences));
    }

    /** Offers propose to their candidates in the company's order; each young person holds their best offer so far. */
    public static MatchingResult companyProposing(MatchingInput input) {
        StrictPreferences preferences = StrictPreferences.of(input);
        return MatchingResults.of(preferences, companyProposing(preferences));
    }

    /**
     * For each young person the choice number they got, or {@value #NONE}. Each offer keeps its
     * held candidates as a max-heap of their ranks (a rank names the candidate, through the offer's
     * strict order), so the worst held one is replaced in log(seats).
     */
    static int[] youthProposing(StrictPreferences p) {
        int n = p.youngPeople.length;
        int m = p.offers.length;
        int[] heapStart = new int[m + 1];
        for (int o = 0; o < m; o++) {
            heapStart[o + 1] = heapStart[o] + Math.min(p.seats[o], p.candidates(o));
        }
        int[] heap = new int[heapStart[m]];
        int[] held = new int[m];
        int[] got = new int[n];
        Arrays.fill(got, NONE);
        int[] next = Arrays.copyOf(p.choiceStart, n);
        int[] free = new int[n];
        int top = 0;
        for (int y = n - 1; y >= 0; y--) {
            free[top++] = y;
        }
        while (top > 0) {
            int y = free[--top];
            int end = p.choiceStart[y + 1];
            int c = next[y];
            for (; c < end; c++) {
                int rank = p.choiceRank[c];
                if (rank == 0) {
                    continue;
                }
                int o = p.choiceOffer[c];
                int base = heapStart[o];
                int capacity = heapStart[o + 1] - base;
                if (held[o] < capacity) {
                    push(heap, base, held[o]++, rank);
                    got[y] = c;
                    break;
                }
                if (capacity > 0 && rank < heap[base]) {
                    int rejected = p.candidate[p.candidateStart[o] + heap[base] - 1];
                    replaceWorst(heap, base, capacity, rank);
                    got[rejected] = NONE;
                    free[top++] = rejected;
                    got[y] = c;
                    break;
                }
            }
            next[y] = c + 1;
        }
        return got;
    }

    /** For each young person the choice number they got, or {@value #NONE}. */
    static int[] companyProposing(StrictPreferences p) {
        int n = p.youngPeople.length;
        int m = p.offers.length;
        int[] got = new int[n];
        Arrays.fill(got, NONE);
        int[] filled = new int[m];
        int[] next = Arrays.copyOf(p.candidateStart, m);
        // an offer is pushed once at the start and once each time it loses a candidate: at most once per proposal
        int[] active = new int[m + p.choiceOffer.length];
        int top = 0;
        for (int o = m - 1; o >= 0; o--) {
            if (p.seats[o] > 0) {
                active[top++] = o;
            }
        }
        while (top > 0) {
            int o = active[--top];
            int end = p.candidateStart[o + 1];
            while (filled[o] < p.seats[o] && next[o] < end) {
                int position = next[o]++;
                int y = p.candidate[position];
                int c = p.choiceStart[y] + p.candidateChoice[position];
                int current = got[y];
                if (current == NONE || c < current) {
                    got[y] = c;
                    filled[o]++;
                    if (current != NONE) {
                        int left = p.choiceOffer[current];
                        filled[left]--;
                        active[top++] = left;
                    }
                }
            }
        }
        return got;
    }

    private static void push(int[] heap, int base, int size, int rank) {
        int i = size;
        heap[base + i] = rank;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[base + parent] >= heap[base + i]) {
                return;
            }
            swap(heap, base + parent, base + i);
            i = parent;
        }
    }

    private static void replaceWorst(int[] heap, int base, int size, int rank) {
        heap[base] = rank;
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int larger = left + 1 < size && heap[base + left + 1] > heap[base + left] ? left + 1 : left;
            if (heap[base + i] >= heap[base + larger]) {
                return;
            }
            swap(heap, base + i, base + larger);
            i = larger;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int kept = heap[a];
        heap[a] = heap[b];
        heap[b] = kept;
    }
}
