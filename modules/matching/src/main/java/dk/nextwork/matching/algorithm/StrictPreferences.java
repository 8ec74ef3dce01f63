package dk.nextwork.matching.algorithm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A round's input checked and turned into int arrays, ties broken by the lottery: what the
 * algorithms run on, so that no proposal allocates or looks anything up by id. Young people and
 * offers are numbered in input order; a choice is numbered by its place in one array of everyone's
 * lists, young person after young person.
 */
final class StrictPreferences {

    final long seed;
    final String[] youngPeople;
    final String[] offers;
    /** Young person {@code y}'s choices are {@code choiceStart[y]} up to (not including) {@code choiceStart[y + 1]}, best first. */
    final int[] choiceStart;
    final int[] choiceOffer;
    /** The young person's place in the company's strict order of the choice's offer (1 = first); 0: not acceptable to it. */
    final int[] choiceRank;
    final int[] seats;
    final int[] wishedBy;
    /** Offer {@code o}'s acceptable candidates, in its strict order, are {@code candidateStart[o]} up to {@code candidateStart[o + 1]}. */
    final int[] candidateStart;
    final int[] candidate;
    /** Where the offer stands in that candidate's list (0 = their first wish). */
    final int[] candidateChoice;

    private StrictPreferences(long seed, String[] youngPeople, String[] offers, int[] choiceStart, int[] choiceOffer,
                              int[] seats) {
        this.seed = seed;
        this.youngPeople = youngPeople;
        this.offers = offers;
        this.choiceStart = choiceStart;
        this.choiceOffer = choiceOffer;
        this.seats = seats;
        int choices = choiceOffer.length;
        this.choiceRank = new int[choices];
        this.wishedBy = new int[offers.length];
        this.candidateStart = new int[offers.length + 1];
        this.candidate = new int[choices];
        this.candidateChoice = new int[choices];
    }

    /** Checks the input and breaks the ties; refuses bad input with an {@link IllegalArgumentException} saying what is wrong. */
    static StrictPreferences of(MatchingInput input) {
        List<ChoiceList> lists = input.youngPeople();
        List<OfferRanking> rankings = input.offers();
        Map<String, Integer> youngPersonIndex = new HashMap<>(lists.size() * 2);
        String[] youngPeople = new String[lists.size()];
        int choices = 0;
        for (int y = 0; y < youngPeople.length; y++) {
            ChoiceList list = lists.get(y);
            youngPeople[y] = list.youngPerson();
            if (youngPersonIndex.putIfAbsent(list.youngPerson(), y) != null) {
                throw refused("young person %s has more than one list", list.youngPerson());
            }
            if (list.offers().size() > DeferredAcceptance.MAX_CHOICES) {
                throw refused("young person %s lists %d offers; at most %d are allowed", list.youngPerson(),
                        list.offers().size(), DeferredAcceptance.MAX_CHOICES);
            }
            choices += list.offers().size();
        }
        Map<String, Integer> offerIndex = new HashMap<>(rankings.size() * 2);
        String[] offers = new String[rankings.size()];
        int[] seats = new int[rankings.size()];
        for (int o = 0; o < offers.length; o++) {
            OfferRanking ranking = rankings.get(o);
            offers[o] = ranking.offer();
            if (offerIndex.putIfAbsent(ranking.offer(), o) != null) {
                throw refused("offer %s is in the round more than once", ranking.offer());
            }
            if (ranking.seats() < 0) {
                throw refused("offer %s has %d seats; seats cannot be negative", ranking.offer(), ranking.seats());
            }
            seats[o] = ranking.seats();
        }
        int[] choiceStart = new int[youngPeople.length + 1];
        int[] choiceOffer = new int[choices];
        int c = 0;
        for (int y = 0; y < youngPeople.length; y++) {
            choiceStart[y] = c;
            for (String offer : lists.get(y).offers()) {
                Integer o = offerIndex.get(offer);
                if (o == null) {
                    throw refused("young person %s lists offer %s, which is not in the round", youngPeople[y], offer);
                }
                for (int earlier = choiceStart[y]; earlier < c; earlier++) {
                    if (choiceOffer[earlier] == o) {
                        throw refused("young person %s lists offer %s more than once", youngPeople[y], offer);
                    }
                }
                choiceOffer[c++] = o;
            }
        }
        choiceStart[youngPeople.length] = c;
        StrictPreferences preferences = new StrictPreferences(input.seed(), youngPeople, offers, choiceStart, choiceOffer,
                seats);
        preferences.rankCandidates(rankings, youngPersonIndex);
        return preferences;
    }

    /**
     * Fills {@link #choiceRank} and the candidate arrays: each offer's acceptable candidates (those
     * who wished for it and whom it ranked) sorted by tier, then by lottery number.
     */
    private void rankCandidates(List<OfferRanking> rankings, Map<String, Integer> youngPersonIndex) {
        int n = youngPeople.length;
        int[] youngPersonAtDraw = new int[n];
        int[] drawOf = new int[n];
        String[] draw = youngPeople.clone();
        Arrays.sort(draw);
        Lottery.shuffle(draw, seed);
        for (int position = 0; position < n; position++) {
            int y = youngPersonIndex.get(draw[position]);
            youngPersonAtDraw[position] = y;
            drawOf[y] = position;
        }
        // who wished for each offer, as choice numbers
        int[] chooserStart = new int[offers.length + 1];
        int[] owner = new int[choiceOffer.length];
        for (int y = 0; y < n; y++) {
            for (int c = choiceStart[y]; c < choiceStart[y + 1]; c++) {
                owner[c] = y;
                wishedBy[choiceOffer[c]]++;
            }
        }
        for (int o = 0; o < offers.length; o++) {
            chooserStart[o + 1] = chooserStart[o] + wishedBy[o];
        }
        int[] chooser = new int[choiceOffer.length];
        int[] filledTo = Arrays.copyOf(chooserStart, offers.length);
        for (int c = 0; c < choiceOffer.length; c++) {
            chooser[filledTo[choiceOffer[c]]++] = c;
        }

        int[] rankedAt = new int[n];
        Arrays.fill(rankedAt, -1);
        int[] tierOf = new int[n];
        long[] order = new long[choiceOffer.length];
        int next = 0;
        for (int o = 0; o < offers.length; o++) {
            int tier = 0;
            for (Set<String> candidates : rankings.get(o).tiers()) {
                for (String id : candidates) {
                    Integer y = youngPersonIndex.get(id);
                    if (y == null) {
                        throw refused("offer %s ranks %s, who takes no part in the round", offers[o], id);
                    }
                    if (rankedAt[y] == o) {
                        throw refused("offer %s ranks %s more than once", offers[o], id);
                    }
                    rankedAt[y] = o;
                    tierOf[y] = tier;
                }
                tier++;
            }
            int from = next;
            for (int k = chooserStart[o]; k < chooserStart[o + 1]; k++) {
                int y = owner[chooser[k]];
                if (rankedAt[y] == o) {
                    order[next++] = (long) tierOf[y] * n + drawOf[y];
                }
            }
            Arrays.sort(order, from, next);
            for (int position = from; position < next; position++) {
                int y = youngPersonAtDraw[(int) (order[position] % n)];
                int c = choiceStart[y];
                while (choiceOffer[c] != o) {
                    c++;
                }
                choiceRank[c] = position - from + 1;
                candidate[position] = y;
                candidateChoice[position] = c - choiceStart[y];
            }
            candidateStart[o + 1] = next;
        }
    }

    int candidates(int offer) {
        return candidateStart[offer + 1] - candidateStart[offer];
    }

    private static IllegalArgumentException refused(String reason, Object... values) {
        return new IllegalArgumentException(String.format(reason, values));
    }
}
