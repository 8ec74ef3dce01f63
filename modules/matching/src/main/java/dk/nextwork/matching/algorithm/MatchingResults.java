package dk.nextwork.matching.algorithm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a matching (each young person's choice number, or -1) into the result: explanations, offers, check. */
final class MatchingResults {

    private MatchingResults() {
    }

    static MatchingResult of(StrictPreferences p, int[] got) {
        int n = p.youngPeople.length;
        int m = p.offers.length;
        int[] filled = new int[m];
        int[] lastAdmitted = new int[m];
        for (int y = 0; y < n; y++) {
            if (got[y] >= 0) {
                int o = p.choiceOffer[got[y]];
                filled[o]++;
                lastAdmitted[o] = Math.max(lastAdmitted[o], p.choiceRank[got[y]]);
            }
        }
        Map<String, Placement> placements = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        Map<String, Explanation> explanations = new LinkedHashMap<>(n * 2);
        for (int y = 0; y < n; y++) {
            Placement placement = null;
            if (got[y] >= 0) {
                placement = new Placement(p.youngPeople[y], p.offers[p.choiceOffer[got[y]]], got[y] - p.choiceStart[y] + 1);
                placements.put(p.youngPeople[y], placement);
            } else {
                unplaced.add(p.youngPeople[y]);
            }
            explanations.put(p.youngPeople[y], new Explanation(p.youngPeople[y], Optional.ofNullable(placement),
                    missed(p, y, got[y], lastAdmitted)));
        }
        Map<String, OfferOutcome> offers = new LinkedHashMap<>(m * 2);
        for (int o = 0; o < m; o++) {
            offers.put(p.offers[o], new OfferOutcome(p.offers[o], p.wishedBy[o], p.seats[o], filled[o], lastAdmitted[o]));
        }
        return new MatchingResult(p.seed, placements, unplaced, explanations, offers, check(p, got, filled, lastAdmitted));
    }

    /** Every wish before the one they got (all, when they got none), with its reason; no seats goes before not ranked. */
    private static List<MissedChoice> missed(StrictPreferences p, int y, int got, int[] lastAdmitted) {
        int before = got >= 0 ? got : p.choiceStart[y + 1];
        if (before == p.choiceStart[y]) {
            return Collections.emptyList();
        }
        List<MissedChoice> missed = new ArrayList<>(before - p.choiceStart[y]);
        for (int c = p.choiceStart[y]; c < before; c++) {
            int o = p.choiceOffer[c];
            int choice = c - p.choiceStart[y] + 1;
            if (p.seats[o] == 0) {
                missed.add(MissedChoice.because(choice, p.offers[o], MissReason.NO_SEATS));
            } else if (p.choiceRank[c] == 0) {
                missed.add(MissedChoice.because(choice, p.offers[o], MissReason.NOT_ACCEPTABLE));
            } else {
                missed.add(MissedChoice.full(choice, p.offers[o], p.choiceRank[c], lastAdmitted[o]));
            }
        }
        return missed;
    }

    /**
     * A young person and an offer they wish for more than what they got block the matching if the
     * company ranked them and the offer has a seat free or holds someone it ranked after them.
     */
    private static MatchingCheck check(StrictPreferences p, int[] got, int[] filled, int[] lastAdmitted) {
        int blockingPairs = 0;
        boolean onlyMutuallyAcceptable = true;
        Integer[] placedAtChoice = new Integer[DeferredAcceptance.MAX_CHOICES];
        Arrays.fill(placedAtChoice, 0);
        int unplaced = 0;
        for (int y = 0; y < p.youngPeople.length; y++) {
            int start = p.choiceStart[y];
            int end = p.choiceStart[y + 1];
            if (got[y] >= 0) {
                if (got[y] < start || got[y] >= end || p.choiceRank[got[y]] == 0 || p.seats[p.choiceOffer[got[y]]] == 0) {
                    onlyMutuallyAcceptable = false;
                } else {
                    placedAtChoice[got[y] - start]++;
                }
            } else {
                unplaced++;
            }
            int before = got[y] >= start && got[y] < end ? got[y] : end;
            for (int c = start; c < before; c++) {
                int o = p.choiceOffer[c];
                int rank = p.choiceRank[c];
                if (rank > 0 && p.seats[o] > 0 && (filled[o] < p.seats[o] || lastAdmitted[o] > rank)) {
                    blockingPairs++;
                }
            }
        }
        boolean seatsRespected = true;
        for (int o = 0; o < p.offers.length; o++) {
            seatsRespected &= filled[o] <= p.seats[o];
        }
        return new MatchingCheck(blockingPairs, seatsRespected, onlyMutuallyAcceptable, List.of(placedAtChoice), unplaced);
    }
}
